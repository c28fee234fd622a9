/// What identifies one account on one platform: the platform and the account's native id.
///
/// The native id is the strongest key the export carries for that account: the profile URL on
/// LinkedIn, the display name on Facebook, the username on Instagram, the numeric account id on
/// Twitter/X. Where the export lacks that key, ``IdentityKey/kind`` says what was used instead.
public struct IdentityKey: Hashable, Sendable, Codable {
  /// The platform the account lives on.
  public var platform: Platform
  /// The account's id on its platform, normalized (see ``NativeIDKind``).
  public var nativeId: String
  /// What ``nativeId`` holds.
  public var kind: NativeIDKind

  public init(platform: Platform, nativeId: String, kind: NativeIDKind) {
    self.platform = platform
    self.nativeId = nativeId
    self.kind = kind
  }

  public static func == (lhs: IdentityKey, rhs: IdentityKey) -> Bool {
    lhs.platform == rhs.platform && lhs.nativeId == rhs.nativeId
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(platform)
    hasher.combine(nativeId)
  }
}

/// The kind of value an identity's native id holds.
public enum NativeIDKind: String, Codable, Sendable, CaseIterable {
  /// A canonical profile URL, such as `https://www.linkedin.com/in/jane-doe-1a2b3c`.
  case profileURL
  /// A numeric account id (Twitter/X).
  case accountID
  /// A username or handle without the `@` (Instagram).
  case username
  /// A display name: the only key Facebook exports carry, and the one Instagram messages carry.
  case displayName
  /// An e-mail address, for LinkedIn connections of exports that predate profile URLs.
  case email
  /// A member URN such as `urn:li:member:610150649`.
  case memberURN
  /// An address-book card's `UID`.
  case contactUID
  /// A phone number (digits with an optional leading `+`), for address-book cards without a
  /// `UID` or e-mail.
  case phone
  /// A participant whose name shows nothing (invisible characters only), known only within one
  /// thread: `THREAD#HASH` (see ``ThreadParticipant``).
  case threadParticipant
}
