import Foundation

/// Platform-qualified handles from profile URLs and handles (`twitter:bobmueller84`,
/// `linkedin:robert-mueller-1a2b3c`), and the name words a handle embeds.
public enum ProfileHandle {
  /// Hosts whose first path segment is a handle, and the platform they stand for.
  static let hosts: [String: String] = [
    "twitter.com": "twitter", "x.com": "twitter", "mobile.twitter.com": "twitter",
    "instagram.com": "instagram",
    "facebook.com": "facebook", "m.facebook.com": "facebook", "github.com": "github", "gitlab.com": "gitlab",
    "medium.com": "medium", "tiktok.com": "tiktok", "youtube.com": "youtube", "threads.net": "threads",
    "bsky.app": "bluesky",
  ]

  /// First path segments that are pages, not accounts.
  static let reservedPaths: Set<String> = [
    "intent", "share", "home", "explore", "p", "status", "watch", "channel", "profile.php",
  ]

  /// `platform:handle` for a profile URL or a `service:user` string, lowercased; `nil` for URLs
  /// that do not name an account (home pages, posts).
  public static func key(_ text: String) -> String? {
    let lowered = text.trimmingWhitespace.lowercased()
    // On the UTF-8 bytes: the separators are ASCII, and `Character` walks are slow on Linux.
    var rest = lowered.utf8[...]
    for scheme in ["https://", "http://"] where rest.starts(with: scheme.utf8) {
      rest = rest.dropFirst(scheme.utf8.count)
    }
    if rest.starts(with: "www.".utf8) { rest = rest.dropFirst(4) }
    if let query = rest.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
      rest = rest[..<query]
    }
    let parts = rest.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    guard let host = parts.first.map(String.init) else { return nil }
    if host.hasSuffix("linkedin.com") {
      guard parts.count >= 3, parts[1] == "in" else { return nil }
      let slug = String(parts[2])
      return "linkedin:"
        + (slug.utf8.contains(UInt8(ascii: "%")) ? slug.removingPercentEncoding ?? slug : slug)
    }
    if let platform = hosts[host] {
      guard parts.count >= 2 else { return nil }
      var handle = parts[1] == "_u" && parts.count >= 3 ? parts[2] : parts[1]
      if handle.hasPrefix("@") { handle.removeFirst() }
      guard !handle.isEmpty, !reservedPaths.contains(String(handle)) else { return nil }
      return platform + ":" + handle
    }
    // Mastodon-style `https://host/@user` and `service:user` strings (`twitter:zoelq`).
    if parts.count >= 2, parts[1].hasPrefix("@") { return "mastodon:" + parts[1].dropFirst() + "@" + host }
    if parts.count == 1, let colon = host.firstIndex(of: ":"),
      !host.contains("." as Character) || host.hasPrefix("x-")
    {
      return String(host[..<colon]).replacingOccurrences(of: "x-", with: "") + ":"
        + host[host.index(after: colon)...]
    }
    return nil
  }

  /// The name words a handle or slug embeds: `robert-mueller-1a2b3c` → `robert mueller`,
  /// `bob.mueller84` → `bob mueller`, `zoe_lindqvist` → `zoe lindqvist`. Digits and short
  /// hash-like parts are dropped.
  public static func nameWords(_ handle: String) -> [String] {
    let local = handle.split(separator: "@").first.map(String.init) ?? handle
    return local.lowercased().split { !$0.isLetter && !$0.isNumber }.compactMap { word in
      // Trailing digits are a year or a counter (`cook46`); what precedes them may be a name.
      var part = Substring(word)
      while let last = part.last, last.isNumber { part.removeLast() }
      let letters = part.filter(\.isLetter)
      let digits = part.count - letters.count
      // `1a2b3c`-like suffixes mix digits and letters: not a name.
      guard letters.count >= 2, digits * 3 < part.count || digits == 0 else { return nil }
      return String(letters)
    }
  }
}
