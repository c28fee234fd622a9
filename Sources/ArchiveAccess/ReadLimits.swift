/// Caps that keep a hostile or broken archive from exhausting memory or disk.
public struct ReadLimits: Sendable {
  /// The most bytes one entry may inflate to.
  public var maxEntryBytes: UInt64
  /// The most bytes a whole entry may take when a reader has to hold it in memory at once.
  public var maxBufferedEntryBytes: Int
  /// The most bytes one element of a streamed JSON array, or one CSV field, may take; a larger
  /// one is skipped and reported, and reading goes on after it.
  public var maxRecordBytes: Int

  public init(
    maxEntryBytes: UInt64 = 16 << 30, maxBufferedEntryBytes: Int = 512 << 20, maxRecordBytes: Int = 32 << 20
  ) {
    self.maxEntryBytes = maxEntryBytes
    self.maxBufferedEntryBytes = maxBufferedEntryBytes
    self.maxRecordBytes = maxRecordBytes
  }

  /// 16 GiB per entry; 512 MiB for an entry held in memory whole; 32 MiB for one array element
  /// or one CSV field (a message, a contact, a post: real ones are a few kilobytes).
  public static let standard = ReadLimits()

  /// `bytes` as a limit is written in a message: `32 MiB`, `512 KiB`, `24 bytes`.
  public static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
