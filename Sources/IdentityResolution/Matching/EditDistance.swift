/// Whether two byte strings are one typo apart: one letter left out, added, replaced, or two
/// neighbours swapped (Damerau's four kinds of error, which cover most misspelled names).
/// Jaro–Winkler, which weighs the first letters most, misses a typo near the start of a short name
/// (`rosoro`/`rsoro` 0.83, `norford`/`nrford` 0.88).
enum EditDistance {
  /// True when `a` and `b` differ by exactly one insertion, deletion, substitution or
  /// transposition of adjacent bytes.
  static func isOne(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b, abs(a.count - b.count) <= 1 else { return false }
    var start = 0
    while start < a.count && start < b.count && a[start] == b[start] { start += 1 }
    var endA = a.count
    var endB = b.count
    while endA > start && endB > start && a[endA - 1] == b[endB - 1] {
      endA -= 1
      endB -= 1
    }
    let differingA = endA - start
    let differingB = endB - start
    // What differs, between the common prefix and the common suffix: one byte on either or both
    // sides (left out, added, replaced), or two swapped neighbours.
    if differingA <= 1 && differingB <= 1 { return true }
    return differingA == 2 && differingB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]
  }
}
