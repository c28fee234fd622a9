import ImportSupport
import RekindleModel

/// The keys of the members one LinkedIn archive names, so that files without profile URLs
/// (invitations with URNs, 2018 messages) point at the same identities as the connections list.
struct LinkedInPeople {
  private var byName: [String: IdentityKey] = [:]
  private var ambiguousNames: Set<String> = []
  /// Names and URLs repeat on every message row: each is normalized once.
  private let memo = Memo()

  private final class Memo {
    var names: [String: String] = [:]
    var urls: [String: String?] = [:]
  }

  /// ``normalize(_:)``, memoized.
  func normalized(_ name: String) -> String {
    if let known = memo.names[name] { return known }
    let value = Self.normalize(name)
    memo.names[name] = value
    return value
  }

  /// ``LinkedInURL/canonical(_:)``, memoized.
  func canonicalURL(_ url: String?) -> String? {
    guard let url else { return nil }
    if let known = memo.urls[url] { return known }
    let value = LinkedInURL.canonical(url)
    memo.urls[url] = value
    return value
  }

  /// Remembers that `name` is the member with `key`; a name shared by two members is forgotten.
  mutating func remember(name: String, key: IdentityKey) {
    let normalized = normalized(name)
    guard !normalized.isEmpty, !ambiguousNames.contains(normalized) else { return }
    if let known = byName[normalized], known != key {
      byName[normalized] = nil
      ambiguousNames.insert(normalized)
    } else {
      byName[normalized] = key
    }
  }

  /// The key of a member: the key remembered for the name when it is an e-mail or name key from
  /// the same archive (older connection lists have no URLs), else the canonical profile URL when
  /// there is one, else the remembered key, else the `fallback` (a URN or e-mail), else the name.
  func key(name: String?, profileURL: String?, fallback: IdentityKey? = nil) -> IdentityKey? {
    let normalized = normalized(name ?? "")
    let known = byName[normalized]
    if let known, known.kind == .email || known.kind == .displayName { return known }
    if let url = canonicalURL(profileURL) {
      return IdentityKey(platform: .linkedin, nativeId: url, kind: .profileURL)
    }
    if let known { return known }
    if let fallback { return fallback }
    guard !normalized.isEmpty else { return nil }
    return IdentityKey(platform: .linkedin, nativeId: name?.trimmed ?? normalized, kind: .displayName)
  }

  /// True when the archive named a member called `name`.
  func knows(name: String) -> Bool {
    let normalized = normalized(name)
    return byName[normalized] != nil || ambiguousNames.contains(normalized)
  }

  /// The name for matching within one archive: lowercased, spaces collapsed, without pronouns in
  /// parentheses (`(She/Her)`) and credentials after a comma (`, CPA`, `, MBA`).
  static func normalize(_ name: String) -> String {
    var text = Substring(name)
    if let comma = text.firstIndex(of: ",") { text = text[..<comma] }
    var result = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        result.append(character)
      }
    }
    return result.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}
