/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// One JSON object per line, each with a `"type"` field: `owner`, `person`, `identity`,
  /// `connection`, `tie`, `interaction`.
  case ndjson
  /// One JSON document: `{"owners": [...], "persons": [...], "identities": [...],
  /// "connections": [...], "ties": [...], "interactions": [...]}`.
  case json
  /// The owner's ego network as GraphML, tie strength as the edges' weight (``EgoNetworkWriter``).
  case graphml
  /// The same network as a CSV edge list (`Source,Target,Weight,...`).
  case csv
}
