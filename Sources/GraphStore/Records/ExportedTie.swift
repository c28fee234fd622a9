import RekindleModel

/// Two contacts who know each other (an edge of an imported graph), as exported.
public struct ExportedTie: Encodable, Sendable {
  public let type = "tie"
  public var platform: Platform
  public var personIds: [String]
  public var identityIds: [String]
  public var weight: Double?
}
