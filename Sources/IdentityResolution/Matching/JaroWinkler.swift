/// The Jaro–Winkler similarity of two byte strings (0 = nothing in common, 1 = equal), the
/// typo-tolerant string comparison of record linkage (Splink's name comparisons use it at 0.92
/// and 0.88; `jon`/`john` 0.93, `smith`/`smyth` 0.89).
public enum JaroWinkler {
  /// The similarity of the UTF-8 bytes of `a` and `b`.
  public static func similarity(_ a: String, _ b: String) -> Double {
    similarity(Array(a.utf8), Array(b.utf8))
  }

  /// The similarity of `a` and `b`, with Winkler's bonus for a common prefix of up to 4 bytes.
  public static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
    if a == b { return a.isEmpty ? 0 : 1 }
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    let window = max(0, long.count / 2 - 1)
    // Which bytes of `long` are matched, and the matched bytes of `short` in order: buffers on the
    // stack, not two arrays per pair (this runs for every pair of names compared).
    let (matches, transpositions) = withUnsafeTemporaryAllocation(of: Bool.self, capacity: long.count) {
      longMatched in
      longMatched.initialize(repeating: false)
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: short.count) { shortMatches in
        var matches = 0
        for (index, byte) in short.enumerated() {
          let start = max(0, index - window)
          let end = min(long.count - 1, index + window)
          guard start <= end else { continue }
          for other in start...end where !longMatched[other] && long[other] == byte {
            longMatched[other] = true
            shortMatches[matches] = byte
            matches += 1
            break
          }
        }
        var transpositions = 0
        var next = 0
        for (index, byte) in long.enumerated() where longMatched[index] {
          if byte != shortMatches[next] { transpositions += 1 }
          next += 1
        }
        return (matches, transpositions)
      }
    }
    guard matches > 0 else { return 0 }
    let m = Double(matches)
    let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
    return withPrefixBonus(jaro, a, b)
  }

  /// A bound that ``similarity(_:_:)-([UInt8],[UInt8])`` never exceeds, at a fraction of its cost:
  /// the bytes of the shorter string that occur anywhere in the longer one bound the matches, and
  /// transpositions only lower the score. Most pairs compared are two strangers' names, which this
  /// tells apart from a typo without the full comparison.
  public static func upperBound(_ a: [UInt8], _ b: [UInt8]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    // Bytes folded onto 64 bits: a collision only loosens the bound.
    var present: UInt64 = 0
    for byte in long { present |= 1 << (byte & 63) }
    var matches = 0
    for byte in short where present & (1 << (byte & 63)) != 0 { matches += 1 }
    guard matches > 0 else { return 0 }
    let m = Double(matches)
    return withPrefixBonus((m / Double(a.count) + m / Double(b.count) + 1) / 3, a, b)
  }

  /// Winkler's bonus: a tenth of what `jaro` lacks for each of the first bytes (up to 4) that
  /// `a` and `b` share.
  private static func withPrefixBonus(_ jaro: Double, _ a: [UInt8], _ b: [UInt8]) -> Double {
    var prefix = 0
    while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
    return jaro + Double(prefix) * 0.1 * (1 - jaro)
  }
}
