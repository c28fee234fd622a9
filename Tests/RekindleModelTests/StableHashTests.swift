import Testing

@testable import RekindleModel

struct StableHashTests {
  /// The digits as `String(value, radix: 16)` writes them, padded with zeros to 16.
  private func padded(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  @Test func `the hash reads the same in every process and on every machine`() {
    // FNV-1a of the bytes, a separator after each part: fixed values (ids and keys in stores
    // depend on them).
    #expect(StableHash.hex("") == "af63d24c8601db8e")
    #expect(StableHash.hex("linkedin", "923cd7f3ab67924a") == "5343be28ffdccb34")
    #expect(StableHash.hex("Zoë Lindqvist") == "7839450901c547d3")
    #expect(StableHash.hex("ab", "c") != StableHash.hex("a", "bc"))
  }

  @Test func `its hex is the value's sixteen lowercase digits, leading zeros included`() {
    var withLeadingZero = 0
    for index in 0..<2_000 {
      var hash = StableHash()
      hash.combine("k\(index)")
      #expect(hash.hex == padded(hash.value))
      if hash.value >> 60 == 0 { withLeadingZero += 1 }
    }
    #expect(withLeadingZero > 0)
  }
}
