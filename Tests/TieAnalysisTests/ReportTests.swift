import ArchiveImport
import Foundation
import GraphStore
import IdentityResolution
import RekindleModel
import TestSupport
import Testing

@testable import TieAnalysis

/// The bundled fixtures, imported and resolved into persons once, as `rekindle import` does: the
/// store's path.
private let fixtureStorePath: Result<String, any Error> = Result {
  let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("reports.sqlite").path
  let database = try GraphDatabase(path: path)
  var importer = ArchiveImporter()
  importer.ownerNames = ["Alex Rivera"]
  let root = Fixture.repositoryRoot.appendingPathComponent("Fixtures")
  for folder in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
    let platformFolder = root.appendingPathComponent(folder)
    for item in try FileManager.default.contentsOfDirectory(atPath: platformFolder.path).sorted() {
      _ = try importer.importArchive(at: platformFolder.appendingPathComponent(item), into: database)
    }
  }
  try StoreResolution.run(database)
  return path
}

private enum fixtureStore {
  static func get() throws -> GraphDatabase { try GraphDatabase(path: fixtureStorePath.get()) }
}

private func date(_ text: String) -> Date {
  ISO8601DateFormatter().date(from: text + "T00:00:00Z") ?? Date()
}

private func names(_ entries: [ReportEntry]) -> [String] { entries.map(\.displayName) }

struct DormantTiesReportTests {
  @Test func `a person silent on one platform and active on another is not dormant`() throws {
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-01-15"))
    // Zoë: Facebook silent since 2024-07, WhatsApp since 2024-01, Instagram active until 2025-07.
    let zoe = try #require(ties.first { $0.displayName == "Zoë Lindqvist" })
    #expect(zoe.spans.map(\.platform).sorted() == [.facebook, .instagram, .whatsapp])
    let report = DormantTiesReport(filter: ReportFilter(asOf: date("2026-01-15")))
    #expect(!names(report.entries(ties)).contains("Zoë Lindqvist"))
  }

  @Test func `--as-of moves the results`() throws {
    // Zoë's last contact is a meeting in Lisbon on 2026-05-06: eight months later she is not
    // dormant yet, thirteen months later she is.
    let ties = { (day: String) in try fixtureStore.get().tieActivities(asOf: date(day)) }
    let before = DormantTiesReport(filter: ReportFilter(asOf: date("2027-01-15")))
    #expect(!names(before.entries(try ties("2027-01-15"))).contains("Zoë Lindqvist"))
    let later = DormantTiesReport(filter: ReportFilter(asOf: date("2027-06-15")))
    let entries = later.entries(try ties("2027-06-15"))
    let zoe = try #require(entries.first { $0.displayName == "Zoë Lindqvist" })
    #expect(zoe.silentDays == 404)
    #expect(
      zoe.reason
        == "11 messages both ways on Instagram, WhatsApp and Facebook, 2019–2025; met 1 time in person; silent 13 months"
    )
    // Before any of her messages, nobody is dormant yet.
    let early = DormantTiesReport(filter: ReportFilter(asOf: date("2018-01-01")))
    #expect(early.entries(try fixtureStore.get().tieActivities(asOf: date("2018-01-01"))).isEmpty)
  }

  @Test func `ties that were never two-way are not dormant; ranks and parts are shown`() throws {
    let entries = DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"))).entries(
      try fixtureStore.get().tieActivities(asOf: date("2026-11-22")))
    // Hannah Berg: two LinkedIn messages in 2018, both from one side.
    #expect(!names(entries).contains("Hannah Berg"))
    #expect(entries.map(\.rank) == Array(1...entries.count))
    #expect(entries.map(\.score) == entries.map(\.score).sorted(by: >))
    let robert = try #require(entries.first { $0.displayName == "Robert Müller" })
    #expect(robert.messagesSent >= 2 && robert.messagesReceived >= 2)
    #expect(robert.reason.hasPrefix("7 messages both ways on Twitter/X and LinkedIn, 2018–2024"))
    #expect(robert.last?.platform == .linkedin)
    #expect(robert.strength.total > 0 && robert.strength.reciprocity > 0)
  }

  @Test func `the owner never appears`() throws {
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-11-22"))
    #expect(!ties.contains { $0.displayName == "Alex Rivera" })
  }

  @Test func `filters by platform and company; limit`() throws {
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-11-22"))
    let facebook = DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"), platforms: [.facebook]))
    let onFacebook = facebook.entries(ties)
    #expect(!onFacebook.isEmpty)
    #expect(onFacebook.allSatisfy { $0.platforms.contains(.facebook) })
    #expect(
      onFacebook.count < DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"))).entries(ties).count
    )
    let contoso = DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"), company: "contoso"))
    // Robert at Contoso GmbH; Priya moved to Contoso Pharmaceuticals (LinkedIn's 2026 export).
    #expect(names(contoso.entries(ties)) == ["Robert Müller", "Priya Natarajan"])
    let one = DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"), limit: 1))
    #expect(one.entries(ties).count == 1)
  }
}

struct MeetInPersonReportTests {
  @Test func `a person met at a calendar event with a place is not listed; a video call is no meeting`()
    throws
  {
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-11-22"))
    let entries = MeetInPersonReport(filter: ReportFilter(asOf: date("2026-11-22"))).entries(ties)
    let priya = try #require(ties.first { $0.displayName == "Priya Natarajan" })
    #expect(priya.meetingsInPerson > 0)
    #expect(!names(entries).contains("Priya Natarajan"))
    let robert = try #require(entries.first { $0.displayName == "Robert Müller" })
    #expect(robert.reason.contains("1 video call, never met in person"))
    #expect(!names(entries).contains("Alex Rivera"))
  }

  @Test func `where to meet comes from an upcoming event with a place that both are invited to`() throws {
    // Before the Lisbon lunch of 2026-05-06, Zoë has never been met in person.
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-01-15"))
    let entries = MeetInPersonReport(filter: ReportFilter(asOf: date("2026-01-15"))).entries(ties)
    let zoe = try #require(entries.first { $0.displayName == "Zoë Lindqvist" })
    #expect(zoe.whereToMeet == "both invited to Time Out Market, Av. 24 de Julho 49, Lisboa on 2026-05-06")
    // Nothing is invented for the others.
    #expect(entries.filter { $0.displayName != "Zoë Lindqvist" }.allSatisfy { $0.whereToMeet == nil })
  }

  @Test func `recency ranks: the same tie scores less the longer it is silent`() throws {
    let ties = try fixtureStore.get().tieActivities(asOf: date("2026-11-22"))
    let tomasz = try #require(ties.first { $0.displayName == "Tomasz Wiśniewski" })
    let now = MeetInPersonReport(filter: ReportFilter(asOf: date("2026-11-22"))).entry(tomasz)
    let later = MeetInPersonReport(filter: ReportFilter(asOf: date("2030-11-22"))).entry(tomasz)
    #expect(try #require(now).score > #require(later).score)
  }
}

struct ReportRendererTests {
  private func entries() throws -> [ReportEntry] {
    DormantTiesReport(filter: ReportFilter(asOf: date("2026-11-22"))).entries(
      try fixtureStore.get().tieActivities(asOf: date("2026-11-22")))
  }

  @Test func `JSON is a ranked array with person ids`() throws {
    let json = try ReportRenderer(format: .json).render(title: "t", entries: try entries())
    let array = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(array.first?["rank"] as? Int == 1)
    #expect((array.first?["personId"] as? String)?.hasPrefix("p-") == true)
    #expect(array.count == (try entries()).count)
  }

  @Test func `CSV has a header and one row per entry; Markdown a table`() throws {
    let rows = try entries()
    let csv = try ReportRenderer(format: .csv).render(title: "t", entries: rows)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first?.hasPrefix("rank,personId,name,") == true)
    #expect(lines.count == rows.count + 1)
    let markdown = try ReportRenderer(format: .markdown).render(title: "Dormant", entries: rows)
    #expect(markdown.hasPrefix("## Dormant\n\n| # | Person |"))
  }

  @Test func `the terminal table is cut to the width`() throws {
    let text = try ReportRenderer(format: .text, width: 40).render(title: "Dormant", entries: try entries())
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    #expect(text.contains("1. Robert Müller"))
  }
}
