/// A 64-bit FNV-1a hash: the same value for the same text in every process and on every machine.
///
/// Swift's `Hasher` is seeded per process, so ids that must survive re-imports use this instead.
public struct StableHash: Sendable {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  /// Adds the UTF-8 bytes of `text`, then a separator so that ("ab", "c") and ("a", "bc") differ.
  public mutating func combine(_ text: String) {
    // Over the contiguous bytes of a native string when it has them (the same bytes, faster than
    // through the UTF-8 view, which the fallback walks).
    if text.utf8.withContiguousStorageIfAvailable({ combine(bytes: $0) }) == nil { combine(bytes: text.utf8) }
    state ^= 0x1f
    state &*= 0x100_0000_01b3
  }

  private mutating func combine(bytes: some Sequence<UInt8>) {
    for byte in bytes {
      state ^= UInt64(byte)
      state &*= 0x100_0000_01b3
    }
  }

  /// The hash as a number.
  public var value: UInt64 { state }

  /// The hash as 16 lowercase hexadecimal digits.
  public var hex: String {
    // Written digit by digit into the string's own storage (one allocation, not three: this
    // runs for every record read).
    let state = state
    return String(unsafeUninitializedCapacity: 16) { buffer in
      for position in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: state >> (60 - 4 * UInt64(position))) & 0xF
        buffer[position] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
      }
      return 16
    }
  }

  /// The hash of the given parts, as 16 hexadecimal digits.
  public static func hex(_ parts: String...) -> String {
    var hash = StableHash()
    for part in parts { hash.combine(part) }
    return hash.hex
  }
}
