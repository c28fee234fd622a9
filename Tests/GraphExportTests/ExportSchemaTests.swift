import ArchiveImport
import Foundation
import GraphStore
import TestSupport
import Testing

@testable import GraphExport

struct ExportSchemaTests {
  let schema: JSONSchemaValidator

  init() throws {
    schema = try JSONSchemaValidator(
      url: Fixture.repositoryRoot.appendingPathComponent("docs/schema/rekindle.schema.json"))
  }

  private func populatedStore() throws -> GraphDatabase {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("export.sqlite").path)
    for path in [
      "linkedin/2018", "linkedin/2024", "facebook/2026", "instagram/2025", "instagram/2026", "twitter/2023",
      "contacts/apple", "contacts/google-csv", "google-takeout", "telegram/DataExport_2026-11-01", "graphs",
    ] {
      _ = try ArchiveImporter().importArchive(at: Fixture.url(path), into: database)
    }
    return database
  }

  private func export(_ database: GraphDatabase, format: ExportFormat) throws -> Data {
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("out")
    let sink = try OutputSink.file(atPath: file.path)
    try GraphExporter(database: database).export(format: format, to: sink)
    try sink.close()
    return try Data(contentsOf: file)
  }

  @Test func `every NDJSON line validates against the schema`() throws {
    let database = try populatedStore()
    let lines = try export(database, format: .ndjson).split(separator: 0x0A)
    #expect(lines.count > 50)
    var types: [String] = []
    for line in lines {
      try schema.validate(Data(line))
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      let type = try #require(object["type"] as? String)
      if types.last != type { types.append(type) }
    }
    #expect(types == ["owner", "person", "identity", "connection", "tie", "interaction"])
  }

  @Test func `interactions and persons refer to each other by stable ids`() throws {
    let database = try populatedStore()
    var persons: [String: [String: Any]] = [:]
    var interactions: [[String: Any]] = []
    for line in try export(database, format: .ndjson).split(separator: 0x0A) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      switch object["type"] as? String {
      case "person": persons[object["id"] as? String ?? ""] = object
      case "interaction": interactions.append(object)
      default: break
      }
    }
    for interaction in interactions {
      for id in interaction["personIds"] as? [String] ?? [] { #expect(persons[id] != nil) }
    }
    let priya = try #require(persons["p-7c1976dfeefd0365"])
    #expect(priya["displayName"] as? String == "Priya Natarajan")
    let identities = try #require(priya["identities"] as? [[String: Any]])
    #expect(identities.first?["platform"] as? String == "linkedin")
    #expect(identities.first?["nativeId"] as? String == "https://www.linkedin.com/in/priya-natarajan-4b7a21")
    let message = try #require(
      interactions.first { ($0["text"] as? String)?.hasPrefix("Thanks for connecting") == true })
    #expect(message["kind"] as? String == "message")
    #expect(message["direction"] as? String == "received")
    #expect(message["timestamp"] as? String == "2024-12-18T09:15:42.000Z")
    #expect(message["personId"] as? String == "p-7c1976dfeefd0365")
  }

  @Test func `the JSON document validates and holds every section`() throws {
    let database = try populatedStore()
    let data = try export(database, format: .json)
    try schema.validate(data, definition: "document")
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [Any]])
    #expect(Set(object.keys) == ["owners", "persons", "identities", "connections", "ties", "interactions"])
    #expect(object["interactions"]?.isEmpty == false)
  }

  @Test func `an empty store exports an empty document`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("empty.sqlite").path)
    let data = try export(database, format: .json)
    try schema.validate(data, definition: "document")
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [Any]])
    #expect(object["persons"]?.isEmpty == true)
    #expect(try export(database, format: .ndjson).isEmpty)
  }

  @Test func `the schema check catches a wrong record`() throws {
    #expect(throws: JSONSchemaValidator.SchemaError.self) {
      try schema.validate(Data(#"{"type":"person","id":"p-1","displayName":"x","identities":[]}"#.utf8))
    }
    #expect(throws: JSONSchemaValidator.SchemaError.self) {
      try schema.validate(
        Data(
          #"{"type":"interaction","id":"x","platform":"myspace","kind":"message","direction":"sent","timestamp":"2024-01-01T00:00:00.000Z","isGroup":false,"personIds":["p-0123456789abcdef"]}"#
            .utf8))
    }
  }
}
