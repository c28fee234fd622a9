import RekindleModel

/// One account on one platform, with everything known about it, as exported.
public struct ExportedIdentity: Encodable, Sendable {
  public let type = "identity"
  /// Stable across re-imports: derived from the platform and native id.
  public var id: String
  public var personId: String
  public var platform: Platform
  public var nativeId: String
  public var idKind: String
  public var displayName: String?
  public var firstName: String?
  public var lastName: String?
  public var handle: String?
  public var company: String?
  public var title: String?
  public var emails: [String]
  public var phones: [String]
  public var profileURLs: [String]
  /// The account's public profile address: LinkedIn's URL, `https://www.instagram.com/USERNAME`,
  /// `https://x.com/HANDLE` (or `https://x.com/i/user/ID` before a handle is known), a Mastodon
  /// account's URL, a Telegram username's `t.me` link; `nil` where the platform has none.
  public var profileURL: String?
}
