/// The formats `export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// One JSON object per line, each with a `"type"` field: `owner`, `person`, `identity`,
  /// `connection`, `interaction`.
  case ndjson
  /// One JSON document: `{"owners": [...], "persons": [...], "identities": [...],
  /// "connections": [...], "interactions": [...]}`.
  case json
}
