import ArchiveAccess
import Foundation

/// Wraps a source and counts the bytes read through it, for progress and summaries.
final class CountingSource: ArchiveSource {
  let base: any ArchiveSource
  private(set) var bytesRead: UInt64 = 0

  init(_ base: any ArchiveSource) {
    self.base = base
  }

  var location: String { base.location }
  var entries: [ArchiveEntry] { base.entries }
  var refusedEntries: [ArchiveError] { base.refusedEntries }

  func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws {
    try base.read(entry) { chunk in
      bytesRead += UInt64(chunk.count)
      try consume(chunk)
    }
  }
}
