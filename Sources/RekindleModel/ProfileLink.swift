/// The public address of an account's profile, where the platform has one.
public enum ProfileLink {
  /// The profile address of the account `key` (with its `handle` and the profile URLs the export
  /// gave), or `nil` when the platform has none to link to (a Facebook display name, an address
  /// book card without one):
  ///
  /// - LinkedIn: the profile URL;
  /// - Instagram: `https://www.instagram.com/USERNAME`;
  /// - Twitter/X: `https://x.com/HANDLE` once a handle is known, else `https://x.com/i/user/ID`;
  /// - Mastodon: `https://HOST/@USER` for `user@host`;
  /// - Telegram: `https://t.me/USERNAME` when the account has a username.
  public static func url(for key: IdentityKey, handle: String?, profileURLs: [String] = []) -> String? {
    let handle = handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }.flatMap {
      $0.isEmpty ? nil : $0
    }
    switch key.platform {
    case .linkedin:
      if key.kind == .profileURL { return key.nativeId }
    case .instagram:
      if let username = key.kind == .username ? key.nativeId : handle {
        return "https://www.instagram.com/" + username
      }
    case .twitter:
      if let handle { return "https://x.com/" + handle }
      if key.kind == .accountID { return "https://x.com/i/user/" + key.nativeId }
    case .mastodon:
      let address = key.kind == .username ? key.nativeId : handle
      if let address, let at = address.lastIndex(of: "@"), at != address.startIndex {
        let user = address[..<at]
        let host = address[address.index(after: at)...]
        if !host.isEmpty { return "https://\(host)/@\(user)" }
      }
    case .telegram:
      if let handle { return "https://t.me/" + handle }
    case .facebook, .contacts, .calendar, .whatsapp, .log, .graph:
      break
    }
    return profileURLs.first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
  }
}
