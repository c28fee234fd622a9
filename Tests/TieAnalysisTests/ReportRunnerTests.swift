import Foundation
import RekindleModel
import Testing
import TieAnalysis

/// The report runner over a store that is not the SQLite one: the analysis reads through
/// ``TieStore`` only.
struct ReportRunnerTests {
  private static let asOf = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11

  /// Ties held in memory; the rhythm and the last message's text are given to the persons asked
  /// for, so a test sees whom the runner asked.
  private struct MemoryTieStore: TieStore {
    var ties: [TieActivity]
    var texts: [String: String]

    func tieActivities(asOf: Date) throws -> [TieActivity] { ties }

    func fillContactDays(_ ties: inout [TieActivity], for personIds: Set<String>, asOf: Date) throws {
      for index in ties.indices where personIds.contains(ties[index].personId) {
        ties[index].contactDays = 40
      }
    }

    func fillLastTexts(_ ties: inout [TieActivity], for personIds: Set<String>) throws {
      for index in ties.indices where personIds.contains(ties[index].personId) {
        let text = texts[ties[index].personId]
        ties[index].last?.text = text
      }
    }

    func monthlyInteractions(asOf: Date) throws -> [String: Int] { ["2022-05": 3] }

    func monthlyInteractions(asOf: Date, personIds: [String]) throws -> [String: [String: Int]] {
      Dictionary(uniqueKeysWithValues: personIds.map { ($0, ["2022-05": 1]) })
    }

    func redactionKey() throws -> String { "a-test-key" }
  }

  /// A two-way tie: `messages` each way from 2018 to `last`.
  private static func tie(_ name: String, messages: Int, last: Date) -> TieActivity {
    var tie = TieActivity(personId: "p-\(name)", displayName: name, platforms: [.linkedin])
    tie.messagesSent = messages
    tie.messagesReceived = messages
    let first = Date(timeIntervalSince1970: 1_514_764_800)  // 2018-01-01
    tie.firstInteraction = first
    tie.lastInteraction = last
    tie.spans = [.init(platform: .linkedin, count: 2 * messages, first: first, last: last)]
    tie.last = .init(
      date: last, platform: .linkedin, kind: .message, direction: .sent, text: nil, identityId: 1)
    return tie
  }

  private let store = MemoryTieStore(
    ties: [
      tie("Dana Whitlock", messages: 30, last: Date(timeIntervalSince1970: 1_672_531_200)),  // 2023-01
      tie("Ravi Anand", messages: 12, last: Date(timeIntervalSince1970: 1_640_995_200)),  // 2022-01
      // Still in touch last week: not dormant.
      tie("Lena Fox", messages: 25, last: Date(timeIntervalSince1970: 1_794_400_000)),
    ],
    texts: [
      "p-Dana Whitlock": "Congratulations on the new role! Let's have coffee when you are back in town.",
      "p-Ravi Anand": "Thanks for the intro",
      "p-Lena Fox": "See you Thursday",
    ])

  @Test func `the runner reads ties, rhythms and the listed persons' last messages from any store`() throws {
    let runner = ReportRunner(store: store, asOf: Self.asOf)
    let dormant = DormantTiesReport(filter: ReportFilter(asOf: runner.asOf))
    let ties = try runner.ties(rhythmFor: dormant.needsRhythm)
    // The rhythm is read for the ties silent long enough to be judged, not for Lena (last week).
    #expect(
      Set(ties.filter { $0.contactDays != nil }.map(\.personId)) == ["p-Dana Whitlock", "p-Ravi Anand"])

    let sections = try runner.sections(of: ties) {
      [.init(key: "dormant", title: "Dormant ties", entries: dormant.entries($0))]
    }
    let entries = try #require(sections.first?.entries)
    #expect(entries.map(\.displayName) == ["Dana Whitlock", "Ravi Anand"])
    #expect(entries[0].last?.excerpt == "Congratulations on the new role! Let's have coffee when you…")
    #expect(entries[1].last?.excerpt == "Thanks for the intro")

    let page = try runner.page(sections, ties: ties)
    #expect(page.monthlyTotals == ["2022-05": 3])
    #expect(Set(page.personMonths.keys) == ["p-Dana Whitlock", "p-Ravi Anand"])
  }

  @Test func `a redacting runner names each person by the store key's pseudonym`() throws {
    let runner = ReportRunner(store: store, asOf: Self.asOf, redacts: true)
    let dormant = DormantTiesReport(filter: ReportFilter(asOf: runner.asOf))
    let sections = try runner.sections(of: try runner.ties(rhythmFor: dormant.needsRhythm)) {
      [.init(key: "dormant", title: "Dormant ties", entries: dormant.entries($0))]
    }
    let entries = try #require(sections.first?.entries)
    let pseudonyms = Pseudonymizer(key: "a-test-key")
    #expect(
      entries.map(\.displayName) == ["p-Dana Whitlock", "p-Ravi Anand"].map { pseudonyms.name(personId: $0) })
    #expect(entries[1].last?.excerpt == pseudonyms.text("Thanks for the intro"))
  }
}
