import Foundation

/// Reads a file from disk in 1 MiB chunks.
enum FileChunks {
  static func read(_ url: URL, archive: String, entry: String, _ consume: (Data) throws -> Void) throws {
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw ArchiveError(
        archive: archive, entry: entry, reason: "cannot be opened (\(error.localizedDescription))")
    }
    defer { try? handle.close() }
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: 1 << 20)
      } catch {
        throw ArchiveError(
          archive: archive, entry: entry, reason: "read failed (\(error.localizedDescription))")
      }
      guard let chunk, !chunk.isEmpty else { return }
      try consume(chunk)
    }
  }
}
