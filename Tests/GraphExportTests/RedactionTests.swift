import ArchiveImport
import Foundation
import GraphStore
import TestSupport
import Testing

@testable import GraphExport

struct RedactionTests {
  private func store(_ name: String) throws -> GraphDatabase {
    let database = try GraphDatabase(path: ZipBuilder.temporaryDirectory().appendingPathComponent(name).path)
    for path in ["linkedin/2024", "facebook/2026", "contacts/google-csv", "google-takeout"] {
      _ = try ArchiveImporter().importArchive(at: Fixture.url(path), into: database)
    }
    return database
  }

  private func export(_ database: GraphDatabase, format: ExportFormat = .ndjson, redact: Bool) throws
    -> String
  {
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("out")
    let sink = try OutputSink.file(atPath: file.path)
    try GraphExporter(database: database).export(format: format, to: sink, redact: redact)
    try sink.close()
    return try String(contentsOf: file, encoding: .utf8)
  }

  @Test func `redacted exports keep no name, address, phone, handle or message, and still validate`() throws {
    let database = try store("redact.sqlite")
    let plain = try export(database, redact: false)
    let redacted = try export(database, redact: true)
    for secret in ["Priya", "Natarajan", "Müller", "r.mueller@", "@example.com", "Shall we meet", "Lisboa"] {
      #expect(plain.contains(secret), "the fixture has \(secret)")
      #expect(!redacted.contains(secret), "\(secret) leaked")
    }
    #expect(redacted.split(separator: "\n").count == plain.split(separator: "\n").count)
    #expect(plain.contains("\"phones\":[\"+"))
    let phones = redacted.components(separatedBy: "\"phones\":[\"").dropFirst()
    #expect(!phones.isEmpty && phones.allSatisfy { $0.hasPrefix("+1555") })
    let schema = try JSONSchemaValidator(
      url: Fixture.repositoryRoot.appendingPathComponent("docs/schema/rekindle.schema.json"))
    for line in redacted.split(separator: "\n") {
      try schema.validate(Data(line.utf8))
    }
    let graphml = try export(database, format: .graphml, redact: true)
    #expect(!graphml.contains("Priya") && graphml.contains("Person "))
  }

  @Test func `pseudonyms are stable in one store and differ between stores`() throws {
    let first = try store("a.sqlite")
    #expect(try export(first, redact: true) == export(first, redact: true))
    let second = try store("b.sqlite")
    #expect(try export(first, redact: true) != export(second, redact: true))
  }
}
