import RekindleModel

/// What an identity offers for matching: its hard keys (e-mails, phones, account handles, each
/// canonical) and its name, normalized. Built from the same fields whatever the platform, so that
/// a LinkedIn connection, a Google contact and a WhatsApp sender compare alike.
public struct IdentityFeatures: Equatable, Sendable {
  /// Canonical e-mail addresses (`EmailAddress.canonical`).
  public var emails: Set<String>
  /// Phone numbers in E.164 (`PhoneNumber.e164`).
  public var phones: Set<String>
  /// Platform-qualified handles (`linkedin:robert-mueller-1a2b3c`, `twitter:bobmueller84`).
  public var handles: Set<String>
  /// The person's name, from the display name, else first and last names, else the words a
  /// handle embeds.
  public var name: PersonName
  /// Whether ``name`` was read from a handle or an e-mail address rather than given as a name.
  public var nameIsGuessed = false
  /// The normalized company (`CompanyName.normalized`), when the export gives one.
  public var company: String?
  /// The account's own handle reduced to letters and digits, when it is distinctive enough to
  /// say that the same handle on another platform is the same person (``distinctiveHandle(_:)``).
  public var reusedHandle: String?

  /// Extracts the features of `identity`.
  ///
  /// - Parameters:
  ///   - identity: the identity as an importer read it.
  ///   - defaultRegion: the region of phone numbers written without a country code.
  public init(_ identity: IdentityRecord, defaultRegion: String = "US") {
    let key = identity.key
    var emails = Set(identity.emails.compactMap(EmailAddress.canonical))
    var phones = Set(identity.phones.compactMap { PhoneNumber.e164($0, defaultRegion: defaultRegion) })
    var handles = Set(identity.profileURLs.compactMap(ProfileHandle.key))
    switch key.kind {
    case .email: EmailAddress.canonical(key.nativeId).map { _ = emails.insert($0) }
    case .phone: PhoneNumber.e164(key.nativeId, defaultRegion: defaultRegion).map { _ = phones.insert($0) }
    case .profileURL: ProfileHandle.key(key.nativeId).map { _ = handles.insert($0) }
    case .username:
      handles.insert("\(key.platform.rawValue):\(key.nativeId.lowercased())")
    case .accountID, .displayName, .memberURN, .contactUID, .threadParticipant:
      break
    }
    if let handle = identity.handle, !handle.isEmpty, key.platform == .twitter || key.platform == .instagram {
      handles.insert("\(key.platform.rawValue):\(handle.lowercased())")
    }
    self.emails = emails
    self.phones = phones
    self.handles = handles
    let fullName = [identity.firstName, identity.lastName].compactMap { $0 }.joined(separator: " ")
    var name = PersonName(identity.displayName ?? fullName)
    var nameIsGuessed = false
    if name.tokens.isEmpty, key.kind == .displayName { name = PersonName(key.nativeId) }
    if let handle = identity.handle ?? (key.kind == .username ? key.nativeId : nil) {
      // A handle names the account when nothing else does, completes a first name alone or with
      // an initial (`Tomek` or `Robby T.` with `robert_takahashi60`), and stands in for a display
      // name that is no name (`she codes` with `doug_quenski86`: Doug is a known first name, "she"
      // is not).
      let handleName = PersonName(ProfileHandle.nameWords(handle).joined(separator: " "))
      let completes =
        (name.tokens.count <= 1 || (name.tokens.count == 2 && name.tokens[1].count == 1))
        && handleName.first.map { Nicknames.areVariants($0, name.first ?? "") } == true
      let replaces =
        name.first.map { !Nicknames.isKnownName($0) } == true
        && handleName.first.map(Nicknames.isKnownName) == true
      if name.tokens.isEmpty || (handleName.tokens.count >= 2 && (completes || replaces)) {
        name = handleName
        nameIsGuessed = true
      }
    }
    // A contact known only by an address: `bob.mueller84@gmail.com` names Bob Mueller.
    if name.tokens.isEmpty, let email = identity.emails.first ?? (key.kind == .email ? key.nativeId : nil) {
      name = PersonName(ProfileHandle.nameWords(email).joined(separator: " "))
      nameIsGuessed = true
    }
    self.name = name
    self.nameIsGuessed = nameIsGuessed
    self.company = identity.company.flatMap(CompanyName.normalized)
    if key.platform != .linkedin, let own = identity.handle ?? (key.kind == .username ? key.nativeId : nil) {
      reusedHandle = Self.distinctiveHandle(own)
    }
  }

  /// `handle` reduced to lowercase letters and digits (`Coffee.Quill3` → `coffeequill3`), when it
  /// is long enough that two people of one network are unlikely to have chosen it on two
  /// platforms: 8 characters with a digit, or 10 (Perito et al. 2011: longer handles, and handles
  /// with digits, are rarer); `nil` for shorter ones (`johnsmith`, `kenji`).
  public static func distinctiveHandle(_ handle: String) -> String? {
    let local = handle.split(separator: "@").first.map(String.init) ?? handle
    let reduced = String(
      local.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    let hasDigit = reduced.unicodeScalars.contains { ("0"..."9").contains($0) }
    return reduced.count >= 10 || (reduced.count >= 8 && hasDigit) ? reduced : nil
  }

  /// Every hard key, tagged with its kind: `email:…`, `phone:…`, the handles, and `reused:…` for a
  /// distinctive handle (which links accounts on two platforms, never two on one).
  public var hardKeys: Set<String> {
    var keys = Set(emails.map { "email:" + $0 }).union(phones.map { "phone:" + $0 }).union(handles)
    if let reusedHandle { keys.insert("reused:" + reusedHandle) }
    return keys
  }
}
