import RekindleModel

/// A person (a group of identities), as exported.
public struct ExportedPerson: Encodable, Sendable {
  /// One identity of the person, in brief.
  public struct IdentityRef: Encodable, Sendable {
    public var id: String
    public var platform: Platform
    public var nativeId: String
    public var idKind: String
    public var displayName: String?
    public var handle: String?
    /// The account's public profile address, where it has one (``ExportedIdentity/profileURL``).
    public var profileURL: String?
  }

  public let type = "person"
  /// Stable across re-imports: derived from the person's first identity.
  public var id: String
  public var displayName: String
  /// The first profile address of the person's identities.
  public var profileURL: String?
  public var identities: [IdentityRef]
}
