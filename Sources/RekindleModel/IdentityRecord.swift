/// One account on one platform, as an export describes it.
///
/// Importers emit an identity each time they learn something about an account; the store merges
/// the records that share an ``IdentityKey``, keeping what each one adds.
public struct IdentityRecord: Sendable, Equatable {
  public var key: IdentityKey
  /// The name shown on the platform.
  public var displayName: String?
  public var firstName: String?
  public var lastName: String?
  /// The handle without `@` (Twitter/X screen name, Instagram username).
  public var handle: String?
  public var emails: [String]
  public var phones: [String]
  public var profileURLs: [String]
  public var company: String?
  public var title: String?

  public init(
    key: IdentityKey, displayName: String? = nil, firstName: String? = nil, lastName: String? = nil,
    handle: String? = nil, emails: [String] = [], phones: [String] = [], profileURLs: [String] = [],
    company: String? = nil, title: String? = nil
  ) {
    self.key = key
    self.displayName = displayName
    self.firstName = firstName
    self.lastName = lastName
    self.handle = handle
    self.emails = emails
    self.phones = phones
    self.profileURLs = profileURLs
    self.company = company
    self.title = title
  }
}
