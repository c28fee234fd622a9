/// Checks and normalizes entry paths, so that a path can never name a place outside its archive.
///
/// Rekindle never writes entries to disk; paths are logical keys. Still, a path that tries to
/// escape (`../`, an absolute path, a backslash, a NUL) marks a hostile archive, and its entry is
/// refused.
enum EntryPath {
  /// The normalized path, or `nil` when the path is unsafe.
  static func normalized(_ raw: String) -> String? {
    if raw.contains("\\") || raw.contains("\0") || raw.hasPrefix("/") { return nil }
    var parts: [Substring] = []
    for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." { return nil }
      parts.append(part)
    }
    if parts.isEmpty { return nil }
    if let first = parts.first, first.count == 2, first.hasSuffix(":") { return nil }
    return parts.joined(separator: "/")
  }
}
