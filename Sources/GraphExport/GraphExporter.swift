import Foundation
import GraphStore

/// Writes the store's graph as JSON or NDJSON, streaming: memory stays constant whatever the
/// store's size, and the first line is written before the rest is read.
public struct GraphExporter {
  public let database: GraphDatabase

  public init(database: GraphDatabase) {
    self.database = database
  }

  /// Writes every record of the store to `output` in `format`.
  ///
  /// - Parameters:
  ///   - format: JSON, NDJSON, CSV or GraphML (``ExportFormat``).
  ///   - output: where the bytes go (a file or standard output).
  ///   - types: the record types to write (all by default).
  ///   - redact: replace names, e-mails, phones, handles, message text and places with stable
  ///     pseudonyms (`GraphDatabase.forEachRedactedRecord(of:_:)`), so that the output can be
  ///     shared.
  public func export(
    format: ExportFormat, to output: OutputSink,
    types: Set<GraphDatabase.RecordType> = Set(GraphDatabase.RecordType.allCases), redact: Bool = false
  ) throws {
    let records = { (body: (any Encodable & Sendable) throws -> Void) in
      redact
        ? try database.forEachRedactedRecord(of: types, body) : try database.forEachRecord(of: types, body)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    switch format {
    case .graphml: try EgoNetworkWriter(database: database, redact: redact).writeGraphML(to: output)
    case .csv: try EgoNetworkWriter(database: database, redact: redact).writeCSV(to: output)
    case .ndjson:
      try records { record in
        try output.write(try encoder.encode(record))
        try output.write(Data([0x0A]))
      }
    case .json:
      // Every requested section appears, empty or not, in a fixed order.
      let sections = GraphDatabase.RecordType.allCases.filter(types.contains).map(\.rawValue)
      var opened = 0
      var firstInSection = true
      func open(through type: String?) throws {
        let target = type.flatMap { sections.firstIndex(of: $0) }.map { $0 + 1 } ?? sections.count
        while opened < target {
          try output.write((opened == 0 ? "{\n" : "\n],\n") + "\"\(Self.plural(sections[opened]))\": [")
          opened += 1
          firstInSection = true
        }
      }
      try records { record in
        try open(through: Self.typeName(of: record))
        try output.write(firstInSection ? "\n" : ",\n")
        firstInSection = false
        try output.write(try encoder.encode(record))
      }
      try open(through: nil)
      try output.write(sections.isEmpty ? "{}\n" : "\n]\n}\n")
    }
    try output.flush()
  }

  static func typeName(of record: any Encodable) -> String {
    switch record {
    case is ExportedOwner: "owner"
    case is ExportedPerson: "person"
    case is ExportedIdentity: "identity"
    case is ExportedConnection: "connection"
    case is ExportedTie: "tie"
    default: "interaction"
    }
  }

  static func plural(_ type: String) -> String {
    type == "identity" ? "identities" : type + "s"
  }
}
