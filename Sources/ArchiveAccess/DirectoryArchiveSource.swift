import Foundation

/// Reads an unpacked archive folder: every regular file below it is an entry.
public final class DirectoryArchiveSource: ArchiveSource {
  public let location: String
  public private(set) var entries: [ArchiveEntry] = []
  public private(set) var refusedEntries: [ArchiveError] = []
  private let root: URL

  /// Lists the files below `url`, skipping hidden files and symbolic links.
  public init(url: URL) throws {
    location = url.path
    root = url.standardizedFileURL
    let keys: [URLResourceKey] = [
      .isRegularFileKey, .isSymbolicLinkKey, .fileSizeKey, .contentModificationDateKey,
    ]
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else {
      throw ArchiveError(archive: location, reason: "folder cannot be listed; check its permissions")
    }
    let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
    var found: [ArchiveEntry] = []
    for case let file as URL in enumerator {
      let values = try? file.resourceValues(forKeys: Set(keys))
      let path = file.standardizedFileURL.path
      guard path.hasPrefix(rootPath) else { continue }
      let relative = String(path.dropFirst(rootPath.count))
      if values?.isSymbolicLink == true {
        refusedEntries.append(
          ArchiveError(
            archive: location, entry: relative,
            reason: "symbolic links are not followed; copy the file into the folder to import it"))
        continue
      }
      guard values?.isRegularFile == true else { continue }
      found.append(
        ArchiveEntry(
          path: relative, size: UInt64(values?.fileSize ?? 0),
          version: values?.contentModificationDate.map { ModificationTime.version($0) }))
    }
    entries = found.sorted { $0.path < $1.path }
  }

  public func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws {
    try FileChunks.read(
      root.appendingPathComponent(entry.path), archive: location, entry: entry.path, consume)
  }
}
