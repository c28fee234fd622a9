import RekindleModel

/// The owner's account on one platform, as exported.
public struct ExportedOwner: Encodable, Sendable {
  public let type = "owner"
  public var platform: Platform
  public var nativeId: String?
  public var idKind: String?
  public var displayName: String?
  public var handle: String?
  public var emails: [String]
}
