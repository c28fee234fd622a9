/// One file inside an archive, a folder, or a single file given on its own.
public struct ArchiveEntry: Sendable, Hashable {
  /// The entry's path inside the archive, with `/` separators and no leading `/` or `./`.
  public var path: String
  /// The uncompressed size in bytes, as the archive declares it.
  public var size: UInt64

  public init(path: String, size: UInt64) {
    self.path = path
    self.size = size
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
