import ArgumentParser
import Foundation
import GraphExport
import GraphStore

/// `rekindle export`: writes the graph for other tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write the graph as NDJSON (one record per line) or JSON, or the ego network as GraphML or CSV.",
    discussion: """
      Records: owner, person, identity, connection, tie, interaction (see docs/schema/rekindle.schema.json). \
      Output streams: `rekindle export | head -1` returns at once. GraphML and CSV write the owner's \
      ego network (persons as nodes, tie strength as the weight of the owner's edges; `--type` does \
      not apply) for Gephi or networkx.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(help: "ndjson, json, graphml or csv.")
  var format: ExportFormat = .ndjson

  @Option(name: .shortAndLong, help: "Write to this file (created readable by you only) instead of stdout.")
  var output: String?

  @Option(
    name: .customLong("type"), parsing: .upToNextOption,
    help: "Only these record types: owner, person, identity, connection, tie, interaction.")
  var types: [GraphDatabase.RecordType] = []

  @Flag(help: "Replace names, e-mails, phones, handles, message text and places with stable pseudonyms.")
  var redact = false

  func run() throws {
    let database = try storeOptions.open()
    let sink = try output.map(OutputSink.file(atPath:)) ?? OutputSink.standardOutput()
    let selected = types.isEmpty ? Set(GraphDatabase.RecordType.allCases) : Set(types)
    try GraphExporter(database: database).export(format: format, to: sink, types: selected, redact: redact)
    try sink.close()
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension GraphDatabase.RecordType: ExpressibleByArgument {}
