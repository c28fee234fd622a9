import RekindleModel

/// A relationship between the owner and one identity, as exported.
public struct ExportedConnection: Encodable, Sendable {
  public let type = "connection"
  public var personId: String
  public var identityId: String
  public var platform: Platform
  public var kind: ConnectionKind
  /// ISO 8601 UTC, or `nil` when the export had no date.
  public var since: String?
}
