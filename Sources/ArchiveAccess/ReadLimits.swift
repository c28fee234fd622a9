/// Caps that keep a hostile or broken archive from exhausting memory or disk.
public struct ReadLimits: Sendable {
  /// The most bytes one entry may inflate to.
  public var maxEntryBytes: UInt64
  /// The most bytes a whole entry may take when a reader has to hold it in memory at once.
  public var maxBufferedEntryBytes: Int
  /// The most bytes one element of a streamed JSON array, or one CSV field, may take; a larger
  /// one is skipped and reported, and reading goes on after it.
  public var maxRecordBytes: Int
  /// The most times a zip entry larger than ``compressionRatioFloor`` may inflate its compressed
  /// size. Exports are text that deflates about 10 times (the benchmark's archive set: 62.6 MB
  /// of zips, 620.6 MB inflated); a file that inflates more than 100 times is a zip bomb or a
  /// file of one repeated line, and is refused before a byte of it is read.
  public var maxCompressionRatio: UInt64
  /// The inflated size above which ``maxCompressionRatio`` applies: a small file of blanks may
  /// compress any amount and costs nothing to read.
  public var compressionRatioFloor: UInt64

  public init(
    maxEntryBytes: UInt64 = 16 << 30, maxBufferedEntryBytes: Int = 512 << 20, maxRecordBytes: Int = 32 << 20,
    maxCompressionRatio: UInt64 = 100, compressionRatioFloor: UInt64 = 64 << 20
  ) {
    self.maxEntryBytes = maxEntryBytes
    self.maxBufferedEntryBytes = maxBufferedEntryBytes
    self.maxRecordBytes = maxRecordBytes
    self.maxCompressionRatio = maxCompressionRatio
    self.compressionRatioFloor = compressionRatioFloor
  }

  /// 16 GiB per entry; 512 MiB for an entry held in memory whole; 32 MiB for one array element
  /// or one CSV field (a message, a contact, a post: real ones are a few kilobytes); entries over
  /// 64 MiB that inflate more than 100 times their compressed size refused.
  public static let standard = ReadLimits()

  /// `bytes` as a limit is written in a message: `32 MiB`, `512 KiB`, `24 bytes`.
  public static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
