import Foundation
import GraphStore
import RekindleModel
import TestSupport
import Testing

@testable import TieAnalysis

/// Two-way ties with known rhythms, stored as an import would store them, each identity its own
/// person.
private struct RhythmStore {
  let database: GraphDatabase

  /// `ties`: name → the days (from 2020-01-01) on which a message went each way.
  init(_ ties: [String: [Int]], meetings: [String: [(day: Int, inPerson: Bool)]] = [:]) throws {
    database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("rhythm.sqlite").path)
    let start = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
    _ = try database.storeArchive { sink in
      for (name, days) in ties {
        let key = IdentityKey(
          platform: .linkedin, nativeId: "https://www.linkedin.com/in/\(name)", kind: .profileURL)
        try sink.identity(IdentityRecord(key: key, displayName: name))
        for (index, day) in days.enumerated() {
          for (offset, direction) in [Direction.sent, .received].enumerated() {
            try sink.interaction(
              InteractionRecord(
                platform: .linkedin, kind: .message, direction: direction,
                timestamp: start.addingTimeInterval(Double(day) * 86_400 + Double(offset) * 3_600),
                counterpart: key, participants: [key], text: "hello", sourceKey: "\(name)-\(index)-\(offset)")
            )
          }
        }
        for (index, meeting) in (meetings[name] ?? []).enumerated() {
          try sink.interaction(
            InteractionRecord(
              platform: .calendar, kind: .meeting, direction: .sent,
              timestamp: start.addingTimeInterval(Double(meeting.day) * 86_400), isGroup: true,
              counterpart: nil,
              participants: [key], inPerson: meeting.inPerson, sourceKey: "\(name)-meeting-\(index)"))
        }
      }
      return ImportSummary(archive: "rhythm", platform: .linkedin)
    }
    let ids = try database.identitiesForResolution().map(\.id)
    try database.assignPersons(
      groups: ids.map { [$0] },
      links: [PersonLink]())
  }

  /// The dormant report's entries `days` after 2020-01-01.
  func dormant(onDay day: Int, _ configure: (inout DormantTiesReport) -> Void = { _ in }) throws
    -> [ReportEntry]
  {
    let asOf = Date(timeIntervalSince1970: 1_577_836_800 + Double(day) * 86_400)
    var report = DormantTiesReport(filter: ReportFilter(asOf: asOf))
    configure(&report)
    var ties = try database.tieActivities(asOf: asOf)
    try database.fillContactDays(&ties, for: Set(ties.filter(report.needsRhythm).map(\.personId)), asOf: asOf)
    return report.entries(ties)
  }
}

struct RhythmTests {
  @Test func `a weekly tie silent for three months is cooling; a monthly one is not`() throws {
    // A year of weekly messages, and a year of monthly ones, both ending on day 364.
    let store = try RhythmStore([
      "weekly": Array(stride(from: 0, through: 364, by: 7)),
      "monthly": Array(stride(from: 0, through: 364, by: 30)),
    ])
    let entries = try store.dormant(onDay: 364 + 91)
    #expect(entries.map(\.displayName) == ["weekly"])
    let weekly = try #require(entries.first)
    #expect(weekly.state == .cooling)
    #expect(weekly.typicalGapDays == 7)
    #expect(weekly.reason.contains("usually every week; silent 3 months, cooling"))
    // 400 days on, both are silent for more than 8 times their rhythm (240 days for the monthly).
    let later = try store.dormant(onDay: 364 + 400)
    #expect(Set(later.map(\.displayName)) == ["weekly", "monthly"])
    #expect(later.allSatisfy { $0.state == .cooling })
  }

  @Test func `a yearly tie past the fixed threshold is silent, not cooling; after three years, dormant`()
    throws
  {
    // Five contacts a year apart: a yearly rhythm.
    let store = try RhythmStore(["yearly": [0, 365, 730, 1095, 1460]])
    let silent = try #require(try store.dormant(onDay: 1460 + 400).first)
    #expect(silent.state == .silent)
    #expect(silent.reason.contains("usually every year"))
    let dormant = try #require(try store.dormant(onDay: 1460 + 3 * 366).first)
    #expect(dormant.state == .dormant)
  }

  @Test func `a tie with too few contact days has no rhythm and is judged by the threshold alone`() throws {
    // Three days of messages: two gaps, no rhythm.
    let store = try RhythmStore(["brief": [0, 1, 2]])
    #expect(try store.dormant(onDay: 100).isEmpty)
    let entry = try #require(try store.dormant(onDay: 400).first)
    #expect(entry.state == .silent)
    #expect(entry.typicalGapDays == nil)
  }

  @Test func `contact days count each day once, both ways, and meetings in person but not video calls`()
    throws
  {
    let store = try RhythmStore(
      ["priya": [0, 0, 10, 20]], meetings: ["priya": [(day: 30, inPerson: true), (day: 40, inPerson: false)]])
    let asOf = Date(timeIntervalSince1970: 1_577_836_800 + 1000 * 86_400)
    var ties = try store.database.tieActivities(asOf: asOf)
    try store.database.fillContactDays(&ties, for: Set(ties.map(\.personId)), asOf: asOf)
    #expect(ties.first { $0.displayName == "priya" }?.contactDays == 4)
    // Before the date only: day 15 sees days 0 and 10.
    var early = try store.database.tieActivities(
      asOf: Date(timeIntervalSince1970: 1_577_836_800 + 15 * 86_400))
    try store.database.fillContactDays(
      &early, for: Set(early.map(\.personId)), asOf: Date(timeIntervalSince1970: 1_577_836_800 + 15 * 86_400))
    #expect(early.first { $0.displayName == "priya" }?.contactDays == 2)
  }

  @Test func `rhythms read in words`() {
    #expect(TieRhythm(typicalGapDays: 1).text == "every day")
    #expect(TieRhythm(typicalGapDays: 5).text == "every 5 days")
    #expect(TieRhythm(typicalGapDays: 21).text == "every 3 weeks")
    #expect(TieRhythm(typicalGapDays: 120).text == "every 4 months")
    #expect(TieRhythm(typicalGapDays: 800).text == "every 2 years")
  }
}
