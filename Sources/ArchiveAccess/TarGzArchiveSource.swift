import Foundation

/// Reads a `.tar.gz` archive (Mastodon's account archive) as a stream: gzip is inflated with zlib
/// and tar headers (ustar, GNU long names, PAX paths) are read on the fly; nothing is extracted.
///
/// A gzip stream cannot be entered in the middle, so listing the entries reads the archive once,
/// and reading an entry inflates it again from the start up to that entry's end.
public final class TarGzArchiveSource: ArchiveSource {
  public let location: String
  public private(set) var entries: [ArchiveEntry] = []
  public private(set) var refusedEntries: [ArchiveError] = []
  private let url: URL
  private let limits: ReadLimits

  /// Opens and lists a `.tar.gz` file.
  ///
  /// - Throws: ``ArchiveError`` when it is not a readable gzip-compressed tar archive.
  public init(url: URL, limits: ReadLimits = .standard) throws {
    self.url = url
    self.limits = limits
    location = url.path
    var found: [ArchiveEntry] = []
    var refused: [ArchiveError] = []
    // A gzip stream declares no checksum per entry: the archive file's own time stands for all.
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    let version = (attributes?[.modificationDate] as? Date).map { ModificationTime.version($0) }
    try scan(
      decide: { header in
        if let path = EntryPath.normalized(header.path) {
          found.append(ArchiveEntry(path: path, size: header.size, version: version))
        } else {
          refused.append(
            ArchiveError(
              archive: url.path, entry: header.path,
              reason:
                "unsafe entry path refused (it points outside the archive; the archive was crafted or damaged)"
            ))
        }
        return .skip
      }, onBody: { _ in })
    entries = found
    refusedEntries = refused
  }

  public func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws {
    var delivered = false
    try scan(
      decide: { header in
        guard EntryPath.normalized(header.path) == entry.path else { return .skip }
        delivered = true
        return .read
      }, onBody: consume)
    if !delivered { throw ArchiveError(archive: location, entry: entry.path, reason: "no such entry") }
  }

  /// A tar header block, decoded.
  struct Header {
    var path: String
    var size: UInt64
    var type: UInt8

    /// Regular files (`0`, or NUL in old archives).
    var isFile: Bool { type == UInt8(ascii: "0") || type == 0 }
  }

  /// Walks the archive: `decide` is asked about each file entry, and the bodies it reads go to
  /// `onBody`; the walk stops after the first body read.
  private func scan(
    decide: (Header) throws -> TarStreamParser.Decision, onBody: (Data) throws -> Void
  ) throws {
    var parser = TarStreamParser(maximumEntryBytes: limits.maxEntryBytes)
    let inflater = GzipInflater()
    struct Stop: Error {}
    do {
      try FileChunks.read(url, archive: location, entry: "") { compressed in
        do {
          try inflater.inflate(compressed) { chunk in
            if try parser.feed(chunk, decide: decide, onBody: onBody) { throw Stop() }
          }
        } catch let failure as GzipInflater.Failure {
          throw ArchiveError(
            archive: location, reason: failure.message + "; the download may be incomplete: download it again"
          )
        } catch let failure as TarStreamParser.Failure {
          throw ArchiveError(archive: location, entry: failure.entry, reason: failure.message)
        }
      }
    } catch is Stop {
      return
    }
    if !parser.isComplete {
      throw ArchiveError(
        archive: location, entry: parser.currentPath,
        reason: "the archive is truncated (the gzip stream ends inside an entry); download it again")
    }
  }
}
