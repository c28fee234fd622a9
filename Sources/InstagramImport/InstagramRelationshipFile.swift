import ImportSupport

/// An Instagram relationship file: `followers_N.json` (a bare array), or `following.json`,
/// `close_friends.json`, `blocked_profiles.json` and the others (an object with one
/// `relationships_*` array).
struct InstagramRelationshipFile: Decodable {
  struct Entry: Decodable {
    struct StringData: Decodable {
      var href: String?
      var value: String?
      var timestamp: Int64?
    }
    var title: String?
    var string_list_data: [StringData]?

    /// The username: `string_list_data[0].value`, then `title` (2026 exports), then the last
    /// path segment of `href` (without the `/_u/` deep-link part).
    var username: String? {
      let data = string_list_data?.first
      if let value = data?.value, !value.isEmpty { return value }
      if let title, !title.isEmpty { return title }
      guard let href = data?.href else { return nil }
      let segments = href.split(separator: "/").filter { $0 != "_u" }
      guard let last = segments.last, !last.contains(".") || segments.count > 2 else { return nil }
      return String(last)
    }

    var timestamp: Int64? { string_list_data?.first?.timestamp }
  }

  /// The `relationships_*` key, or `nil` for a bare array.
  var key: String?
  var entries: [Entry]

  init(from decoder: any Decoder) throws {
    if let array = try? decoder.singleValueContainer().decode([Entry].self) {
      entries = array
      return
    }
    let container = try decoder.container(keyedBy: AnyCodingKey.self)
    guard let found = container.allKeys.first(where: { $0.stringValue.hasPrefix("relationships_") }) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "no relationships_* list in this file"))
    }
    key = found.stringValue
    entries = try container.decode([Entry].self, forKey: found)
  }
}
