import Foundation

/// Opens whatever the user named: a zip file, a `.tar.gz` archive, an unpacked folder, or a single
/// export file.
public enum ArchiveOpener {
  /// Opens `url` as the kind of source its content shows (zip and gzip-compressed tar files by
  /// their signature, not their name).
  ///
  /// - Throws: ``ArchiveError`` when the path does not exist or cannot be read.
  public static func open(_ url: URL, limits: ReadLimits = .standard) throws -> any ArchiveSource {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw ArchiveError(archive: url.path, reason: "no such file or folder; check the path")
    }
    if isDirectory.boolValue { return try DirectoryArchiveSource(url: url) }
    let magic = try signature(url)
    if magic == Data([0x50, 0x4B, 0x03, 0x04]) || magic == Data([0x50, 0x4B, 0x05, 0x06]) {
      return try ZipArchiveSource(url: url, limits: limits)
    }
    if magic.prefix(2) == Data([0x1F, 0x8B]) { return try TarGzArchiveSource(url: url, limits: limits) }
    return try SingleFileSource(url: url)
  }

  /// The file's first four bytes: a zip signature (a local header, or an empty archive's end
  /// record) or gzip's `1F 8B`.
  static func signature(_ url: URL) throws -> Data {
    guard let handle = try? FileHandle(forReadingFrom: url) else {
      throw ArchiveError(archive: url.path, reason: "cannot be opened for reading; check its permissions")
    }
    defer { try? handle.close() }
    return (try? handle.read(upToCount: 4)) ?? Data()
  }
}
