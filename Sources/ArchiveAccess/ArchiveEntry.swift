/// One file inside an archive, a folder, or a single file given on its own.
public struct ArchiveEntry: Sendable, Hashable {
  /// The entry's path inside the archive, with `/` separators and no leading `/` or `./`.
  public var path: String
  /// The uncompressed size in bytes, as the archive declares it.
  public var size: UInt64
  /// A cheap identifier of the content, known without reading it: the CRC-32 a zip declares, or
  /// the modification time of a file in a folder (of the archive file for a `.tar.gz`); `nil`
  /// when the source cannot tell. Two entries with the same path, size and version hold the
  /// same bytes, which lets an unchanged archive be recognized without being read.
  public var version: UInt64?

  public init(path: String, size: UInt64, version: UInt64? = nil) {
    self.path = path
    self.size = size
    self.version = version
  }

  /// The last path component, such as `message_1.json`.
  public var fileName: Substring {
    path.split(separator: "/").last ?? Substring(path)
  }

  /// The path's components.
  public var components: [Substring] {
    path.split(separator: "/")
  }
}
