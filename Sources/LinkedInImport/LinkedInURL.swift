import Foundation

/// Canonical LinkedIn profile URLs, so that the same member has one key in every file and era.
enum LinkedInURL {
  /// `https://www.linkedin.com/in/<slug>` with the slug percent-decoded and lowercased, for any of
  /// `http(s)://(www.|xx.)linkedin.com/in/<slug>/?query` and the scheme-less `www.linkedin.com/in/…`;
  /// `nil` when `text` is not a profile URL.
  static func canonical(_ text: String?) -> String? {
    guard var rest = text?.trimmed, !rest.isEmpty else { return nil }
    if rest.hasPrefix("https://") {
      rest = String(rest.dropFirst(8))
    } else if rest.hasPrefix("http://") {
      rest = String(rest.dropFirst(7))
    } else {
      for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
        rest = String(rest.dropFirst(scheme.count))
      }
    }
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    let host = rest[..<slash].lowercased()
    guard host == "linkedin.com" || host.hasSuffix(".linkedin.com") else { return nil }
    var path = rest[rest.index(after: slash)...]
    if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
    let parts = path.split(separator: "/")
    guard parts.count >= 2, parts[0] == "in" else { return nil }
    let raw = String(parts[1])
    let slug = (raw.utf8.contains(UInt8(ascii: "%")) ? raw.removingPercentEncoding ?? raw : raw).lowercased()
    return "https://www.linkedin.com/in/" + slug
  }
}
