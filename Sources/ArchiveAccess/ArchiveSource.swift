import Foundation

/// A readable set of entries: a zip file, an unpacked folder, or one export file.
///
/// Entries are read as streams of chunks, so that memory stays bounded whatever the entry's size.
public protocol ArchiveSource: AnyObject {
  /// The path the user gave.
  var location: String { get }
  /// The entries that can be read, in archive order.
  var entries: [ArchiveEntry] { get }
  /// Entries that were refused, with the reason (an unsafe path, a symbolic link).
  var refusedEntries: [ArchiveError] { get }
  /// Reads an entry, passing its content to `consume` in chunks of at most about 1 MiB.
  ///
  /// - Throws: ``ArchiveError`` when the entry is corrupt, truncated or larger than allowed, or
  ///   whatever `consume` throws.
  func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws
}

/// Thrown by a consumer to stop reading early; ``ArchiveSource/head(of:bytes:)`` catches it.
private struct StopReading: Error {}

extension ArchiveSource {
  /// Reads a whole entry into memory, refusing entries larger than `limit` bytes.
  public func readAll(_ entry: ArchiveEntry, limit: Int = ReadLimits.standard.maxBufferedEntryBytes)
    throws -> Data
  {
    if entry.size > UInt64(limit) {
      throw ArchiveError(
        archive: location, entry: entry.path,
        reason: "entry is \(entry.size) bytes, more than the \(limit) bytes this reader holds in memory")
    }
    var data = Data()
    data.reserveCapacity(Int(entry.size))
    try read(entry) { chunk in
      if data.count + chunk.count > limit {
        throw ArchiveError(
          archive: location, entry: entry.path,
          reason: "entry inflates past the \(limit) bytes this reader holds in memory")
      }
      data.append(chunk)
    }
    return data
  }

  /// Reads at most the first `bytes` bytes of an entry, for recognizing its format.
  public func head(of entry: ArchiveEntry, bytes: Int = 4096) throws -> Data {
    var data = Data()
    do {
      try read(entry) { chunk in
        data.append(chunk.prefix(bytes - data.count))
        if data.count >= bytes { throw StopReading() }
      }
    } catch is StopReading {}
    return data
  }
}
