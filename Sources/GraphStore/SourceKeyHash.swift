import RekindleModel

/// The 64-bit hash of an interaction's `(platform, sourceKey)`, stored with the row
/// (`interaction.sourceHash`) and indexed: the store finds a key among millions by an 8-byte
/// number rather than by its text, and compares the full keys of the rows that have that number.
///
/// FNV-1a over the platform's name and the key (each followed by a separator, as
/// ``StableHash`` does), then the finalizer of SplitMix64 so that every bit depends on every byte;
/// never 0. Stored hashes must stay valid: this function never changes.
enum SourceKeyHash {
  static func of(platform: String, sourceKey: String) -> UInt64 {
    var hasher = StableHash()
    hasher.combine(platform)
    hasher.combine(sourceKey)
    var value = hasher.value
    value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
    value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
    value ^= value >> 31
    return value == 0 ? 1 : value
  }

  /// The hash as SQLite stores it (a signed 64-bit integer with the same bits).
  static func stored(platform: String, sourceKey: String) -> Int64 {
    Int64(bitPattern: of(platform: platform, sourceKey: sourceKey))
  }
}
