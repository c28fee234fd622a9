import ArchiveImport
import Foundation
import GraphStore
import TestSupport
import Testing

@testable import GraphExport

struct EgoNetworkWriterTests {
  private func store() throws -> GraphDatabase {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("ego.sqlite").path)
    for path in ["linkedin/2024", "facebook/2026", "graphs"] {
      _ = try ArchiveImporter().importArchive(at: Fixture.url(path), into: database)
    }
    return database
  }

  private func write(_ format: ExportFormat, _ database: GraphDatabase) throws -> String {
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("out")
    let sink = try OutputSink.file(atPath: file.path)
    try GraphExporter(database: database).export(format: format, to: sink)
    try sink.close()
    return try String(contentsOf: file, encoding: .utf8)
  }

  @Test func `GraphML: the owner, every person, weighted edges, and the ties between persons`() throws {
    let database = try store()
    let graphml = try write(.graphml, database)
    let persons = try database.tieActivities(asOf: Date())
    #expect(graphml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"))
    #expect(graphml.components(separatedBy: "<node ").count - 1 == persons.count + 1)
    let ownerEdges = graphml.components(separatedBy: "<data key=\"kind\">owner</data>").count - 1
    let knows = graphml.components(separatedBy: "<data key=\"kind\">knows</data>").count - 1
    #expect(ownerEdges == persons.count)
    #expect(knows == (try database.personTies()).count)
    #expect(knows > 0)
    #expect(graphml.contains("<node id=\"owner\"><data key=\"label\">Alex Rivera</data></node>"))
    #expect(
      graphml.contains("<data key=\"profileURL\">https://www.linkedin.com/in/robert-mueller-1a2b3c</data>"))
    #expect(graphml.hasSuffix("  </graph>\n</graphml>\n"))
  }

  @Test func `CSV: Gephi's edge list with strength as the weight`() throws {
    let database = try store()
    let lines = try write(.csv, database).split(separator: "\r\n")
    #expect(
      lines.first
        == "Source,Target,Weight,Kind,Label,MessagesSent,MessagesReceived,MeetingsInPerson,LastInteraction")
    let priya = try #require(lines.first { $0.contains(",Priya Natarajan,") })
    let weight = try #require(Double(priya.split(separator: ",")[2]))
    #expect(weight > 0 && weight <= 1)
    #expect(lines.contains { $0.hasSuffix(",knows,,,,,") })
  }
}
