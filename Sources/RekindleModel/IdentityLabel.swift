/// The words that name an account to a person, whatever the export gave: its display name when it
/// has a visible one, else its handle, else what kind of account it is ("Twitter/X account
/// 1457220033", "unnamed Facebook account (thread kai_1791)"), never a blank.
public enum IdentityLabel {
  /// The label of the account `key` with the `displayName` and `handle` the store holds.
  public static func label(for key: IdentityKey, displayName: String?, handle: String?) -> String {
    if let name = DisplayName.cleaned(displayName) { return name }
    if let handle = DisplayName.cleaned(handle) { return handle.hasPrefix("@") ? handle : "@" + handle }
    switch key.kind {
    case .accountID: return "\(key.platform.displayName) account \(key.nativeId)"
    case .threadParticipant:
      return
        "unnamed \(key.platform.displayName) account (thread \(ThreadParticipant.thread(of: key.nativeId)))"
    case .username: return "@" + key.nativeId
    case .displayName, .profileURL, .email, .phone, .memberURN, .contactUID:
      return DisplayName.cleaned(key.nativeId) ?? "unnamed \(key.platform.displayName) account"
    }
  }
}

extension IdentityLabel {
  /// The account id a label such as "Twitter/X account 1457220033" shows, so that a user can
  /// name such a person as the reports name them; `nil` for any other text.
  public static func accountID(inLabel label: String) -> String? {
    for platform in Platform.allCases {
      let prefix = "\(platform.displayName) account "
      guard label.count > prefix.count, label.lowercased().hasPrefix(prefix.lowercased()) else { continue }
      let id = label.dropFirst(prefix.count)
      return id.contains(" ") ? nil : String(id)
    }
    return nil
  }
}

/// The native id of a participant whose name shows nothing (a run of invisible characters): such
/// an account is known only within its thread, as `THREAD#HASH`.
public enum ThreadParticipant {
  /// The key of the nameless participant written `rawName` in the thread `threadID`.
  public static func key(platform: Platform, threadID: String, rawName: String) -> IdentityKey {
    IdentityKey(
      platform: platform, nativeId: threadID + "#" + StableHash.hex(rawName).prefix(8),
      kind: .threadParticipant)
  }

  /// The thread of a nameless participant's native id.
  public static func thread(of nativeId: String) -> Substring {
    nativeId.lastIndex(of: "#").map { nativeId[..<$0] } ?? Substring(nativeId)
  }
}

/// The name shown for a person, chosen among the labels of their identities (offered oldest
/// first): the first visible display name that is a name (not an address or a link), else the
/// first identity's label.
public struct PersonLabel: Sendable {
  /// The label chosen so far; `nil` before any identity was offered.
  public private(set) var text: String?
  /// True when ``text`` is a person's name, not a handle, an address or a kind of account.
  public private(set) var isName = false

  public init() {}

  /// Considers the identity `key` with its `displayName` and `handle`.
  public mutating func offer(_ key: IdentityKey, displayName: String?, handle: String?) {
    guard !isName else { return }
    let name = DisplayName.cleaned(displayName)
    if let name, !name.contains("@"), !name.hasPrefix("http") {
      text = name
      isName = true
    } else if text == nil {
      text = IdentityLabel.label(for: key, displayName: displayName, handle: handle)
    }
  }
}
