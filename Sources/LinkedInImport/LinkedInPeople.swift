import ImportSupport
import RekindleModel

/// The keys of the members one LinkedIn archive names, so that files without profile URLs
/// (invitations with URNs, 2018 messages) point at the same identities as the connections list.
struct LinkedInPeople {
  private var byName: [String: IdentityKey] = [:]
  private var ambiguousNames: Set<String> = []

  /// Remembers that `name` is the member with `key`; a name shared by two members is forgotten.
  mutating func remember(name: String, key: IdentityKey) {
    let normalized = Self.normalize(name)
    guard !normalized.isEmpty, !ambiguousNames.contains(normalized) else { return }
    if let known = byName[normalized], known != key {
      byName[normalized] = nil
      ambiguousNames.insert(normalized)
    } else {
      byName[normalized] = key
    }
  }

  /// The key of a member: the canonical profile URL when there is one, else the key remembered
  /// for the name, else the `fallback` (a URN or e-mail), else the name itself.
  func key(name: String?, profileURL: String?, fallback: IdentityKey? = nil) -> IdentityKey? {
    if let url = LinkedInURL.canonical(profileURL) {
      return IdentityKey(platform: .linkedin, nativeId: url, kind: .profileURL)
    }
    let normalized = Self.normalize(name ?? "")
    if let known = byName[normalized] { return known }
    if let fallback { return fallback }
    guard !normalized.isEmpty else { return nil }
    return IdentityKey(platform: .linkedin, nativeId: name?.trimmed ?? normalized, kind: .displayName)
  }

  static func normalize(_ name: String) -> String {
    name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
