/// The account of the person who downloaded the archive, on one platform.
///
/// The owner is recognized on every platform and is never reported as a contact.
public struct OwnerAccount: Sendable, Equatable {
  public var platform: Platform
  /// The owner's key when the export gives one (account id, username, profile URL or name).
  public var key: IdentityKey?
  public var displayName: String?
  public var handle: String?
  public var emails: [String]

  public init(
    platform: Platform, key: IdentityKey? = nil, displayName: String? = nil, handle: String? = nil,
    emails: [String] = []
  ) {
    self.platform = platform
    self.key = key
    self.displayName = displayName
    self.handle = handle
    self.emails = emails
  }
}
