import Foundation

/// One export file given on its own, such as a `Connections.csv` or a `message_1.json`.
///
/// Its only entry is named after the file, so importers that match entries by file name read it
/// as they would inside an archive.
public final class SingleFileSource: ArchiveSource {
  public let location: String
  public let entries: [ArchiveEntry]
  public let refusedEntries: [ArchiveError] = []
  private let url: URL

  public init(url: URL) throws {
    self.url = url
    location = url.path
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date).map { ModificationTime.version($0) }
    entries = [ArchiveEntry(path: url.lastPathComponent, size: size, version: modified)]
  }

  public func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws {
    try FileChunks.read(url, archive: location, entry: entry.path, consume)
  }
}
