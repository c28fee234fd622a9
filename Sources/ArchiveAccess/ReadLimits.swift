/// Caps that keep a hostile or broken archive from exhausting memory or disk.
public struct ReadLimits: Sendable {
  /// The most bytes one entry may inflate to.
  public var maxEntryBytes: UInt64
  /// The most bytes a whole entry may take when a reader has to hold it in memory at once.
  public var maxBufferedEntryBytes: Int

  public init(maxEntryBytes: UInt64 = 16 << 30, maxBufferedEntryBytes: Int = 512 << 20) {
    self.maxEntryBytes = maxEntryBytes
    self.maxBufferedEntryBytes = maxBufferedEntryBytes
  }

  /// 16 GiB per entry; 512 MiB for an entry held in memory whole.
  public static let standard = ReadLimits()
}
