/// Mastodon handles as `user@instance`, from mentions (`@zoelq@fosstodon.org`), actor URLs
/// (`https://fosstodon.org/users/zoelq`, `https://fosstodon.org/@zoelq`) and status URLs.
enum MastodonHandle {
  /// `user@host`, lowercased, from a mention name or an account or status URL; `nil` otherwise.
  static func from(mention: String?, url: String?) -> String? {
    if let mention {
      let parts = mention.split(separator: "@")
      if parts.count == 2 { return "\(parts[0])@\(parts[1])".lowercased() }
    }
    return url.flatMap(fromURL)
  }

  /// `https://host/users/name[/statuses/id]` or `https://host/@name[/id]` → `name@host`.
  static func fromURL(_ url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    let parts = url[schemeEnd.upperBound...].split(separator: "/")
    guard parts.count >= 2 else { return nil }
    let host = parts[0]
    if parts[1] == "users", parts.count >= 3 { return "\(parts[2])@\(host)".lowercased() }
    if parts[1].hasPrefix("@") { return "\(parts[1].dropFirst())@\(host)".lowercased() }
    return nil
  }
}
