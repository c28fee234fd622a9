/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// One JSON object per line, each with a `"type"` field: `owner`, `person`, `identity`,
  /// `connection`, `tie`, `interaction`.
  case ndjson
  /// One JSON document: `{"owners": [...], "persons": [...], "identities": [...],
  /// "connections": [...], "ties": [...], "interactions": [...]}`.
  case json
}
