import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import MeetingLogImport

struct MeetingLogImporterTests {
  let importer = MeetingLogImporter()

  @Test func `each row is an in-person meeting with a person named by e-mail or name`() throws {
    let sink = try Fixture.run(importer, on: "log/meetings.csv")
    #expect(sink.interactions.count == 3)
    #expect(
      sink.interactions.allSatisfy { $0.kind == .meeting && $0.inPerson == true && $0.platform == .log })
    let coffee = try #require(sink.interactions(containing: "Data Summit").first)
    #expect(coffee.counterpart?.nativeId == "priya.n@example.com")
    #expect(coffee.timestamp.iso == "2025-05-01T00:00:00Z")
    #expect(sink.identity("priya.n@example.com")?.displayName == "Priya Natarajan")
    #expect(sink.identity("Jonas Becker")?.key.kind == .displayName)
    #expect(sink.identity("kenji.tanaka@example.jp")?.displayName == nil)
  }

  @Test func `bad rows are reported with their line; the others are read`() throws {
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("log.csv")
    try Data("name,date,note\nAna,2024-02-03,lunch\nBen,someday,\n,2024-03-01,nobody\n".utf8).write(to: file)
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(file))
    #expect(sink.interactions.count == 1)
    #expect(sink.summary.issues.map(\.line) == [3, 4])
  }

  @Test func `other CSV files are not meeting logs`() throws {
    let source = try ArchiveOpener.open(Fixture.url("linkedin/2024/Connections.csv"))
    #expect(MeetingLogImporter.recognitionScore(of: source) == 0)
  }
}
