import Foundation
import GraphStore
import RekindleModel
import Testing

@testable import TieAnalysis

struct ReconnectionValueTests {
  private let asOf = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11

  /// A two-way tie: `messages` each way from 2018 to 2023.
  private func tie(_ name: String, messages: Int, jobChangeSeen: Date? = nil) -> TieActivity {
    var tie = TieActivity(personId: "p-\(name)", displayName: name, platforms: [.linkedin])
    tie.messagesSent = messages
    tie.messagesReceived = messages
    let first = Date(timeIntervalSince1970: 1_514_764_800)  // 2018-01-01
    let last = Date(timeIntervalSince1970: 1_672_531_200)  // 2023-01-01
    tie.firstInteraction = first
    tie.lastInteraction = last
    tie.spans = [
      .init(
        platform: .linkedin, count: 2 * messages, first: first, last: last)
    ]
    tie.jobChange = jobChangeSeen.map {
      .init(date: $0, before: "Engineer at Northwind", after: "CTO at Contoso")
    }
    return tie
  }

  @Test func `a new position since the last contact adds novelty and ranks the tie higher`() throws {
    let report = DormantTiesReport(filter: ReportFilter(asOf: asOf))
    let moved = tie("moved", messages: 20, jobChangeSeen: Date(timeIntervalSince1970: 1_760_000_000))
    let stayed = tie("stayed", messages: 20)
    let entries = report.entries([stayed, moved])
    #expect(entries.map(\.displayName) == ["moved", "stayed"])
    let value = try #require(entries.first?.value)
    #expect(value.newPosition)
    let strength = TieStrength(moved)
    #expect(abs(value.novelty - (0.6 + 0.4 * (1 - strength.intensity))) < 1e-9)
    #expect(abs(value.total - value.silenceFactor * (0.6 * value.pastStrength + 0.4 * value.novelty)) < 1e-9)
    #expect(entries.first?.reason.contains("now CTO at Contoso (was Engineer at Northwind)") == true)
  }

  @Test func `a job change seen before the last contact is not news`() {
    let old = tie("old", messages: 20, jobChangeSeen: Date(timeIntervalSince1970: 1_600_000_000))
    let value = ReconnectionValue(old, strength: TieStrength(old), silenceFactor: 1)
    #expect(!value.newPosition)
  }

  @Test func `novelty tempers the pull of the ties one spent the most time with`() {
    // Strength alone ranks the heavy tie far ahead; the value narrows the gap.
    let heavy = tie("heavy", messages: 200)
    let light = tie("light", messages: 3)
    let strengthRatio = TieStrength(heavy).total / TieStrength(light).total
    let valueRatio =
      ReconnectionValue(heavy, strength: TieStrength(heavy), silenceFactor: 1).total
      / ReconnectionValue(light, strength: TieStrength(light), silenceFactor: 1).total
    #expect(valueRatio < strengthRatio)
    #expect(valueRatio > 1)
  }
}
