import ArchiveImport
import Foundation
import GraphStore
import TestSupport
import Testing
import TieAnalysis

/// The README's "From your own Swift program" and the DocC article "Using Rekindle from your own
/// program", compiled and run on the bundled fixtures.
struct LibraryUsageTests {
  @Test func `the README's library example imports, resolves and reads the dormant ties`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("rekindle.sqlite").path)
    var batch = BatchImport()
    batch.ownerNames = ["Alex Rivera"]
    let outcome = try batch.run([Fixture.url("linkedin/2024"), Fixture.url("twitter/2023")], into: database)
    #expect(outcome.summaries.allSatisfy { $0.issues.isEmpty })

    let asOf = ISO8601DateFormatter().date(from: "2026-11-22T00:00:00Z") ?? Date()
    let runner = ReportRunner(store: database, asOf: asOf)
    let dormant = DormantTiesReport(filter: ReportFilter(asOf: runner.asOf, limit: 10))
    let ties = try runner.ties(rhythmFor: dormant.needsRhythm)
    let sections = try runner.sections(of: ties) {
      [.init(key: "dormant", title: "Dormant ties", entries: dormant.entries($0))]
    }
    let entries = sections[0].entries
    #expect(entries.first?.displayName == "Robert Müller")
    #expect(entries.contains { $0.displayName == "Twitter/X account 1457220033" })
  }
}
