import Foundation

/// Turns a file's modification time into an ``ArchiveEntry/version``.
enum ModificationTime {
  /// Microseconds since 1970 (what file systems keep at least, and what a `Date` holds exactly).
  static func version(_ date: Date) -> UInt64 {
    UInt64(bitPattern: Int64((date.timeIntervalSince1970 * 1_000_000).rounded()))
  }
}
