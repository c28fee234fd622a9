import Foundation
import ZIPFoundation

/// Builds zip files from fixture folders at test time, so that no binary is committed.
public enum ZipBuilder {
  /// A new empty temporary folder.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rekindle-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Zips the files below `folder` into a new file named `name`, putting them under `topFolder`
  /// when given (as Meta and LinkedIn downloads sometimes do), else at the zip's root.
  public static func zip(folder: URL, name: String, topFolder: String? = nil) throws -> URL {
    let destination = try temporaryDirectory().appendingPathComponent(name)
    let archive = try Archive(url: destination, accessMode: .create)
    let enumerator = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    let root = folder.standardizedFileURL.path + "/"
    while let file = enumerator?.nextObject() as? URL {
      guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let relative = String(file.standardizedFileURL.path.dropFirst(root.count))
      let path = topFolder.map { $0 + "/" + relative } ?? relative
      try archive.addEntry(with: path, fileURL: file, compressionMethod: .deflate)
    }
    return destination
  }

  /// A zip with the given entries (path → content), for hostile or odd archives.
  public static func zip(entries: [(String, Data)], name: String, compression: CompressionMethod = .deflate)
    throws
    -> URL
  {
    let destination = try temporaryDirectory().appendingPathComponent(name)
    let archive = try Archive(url: destination, accessMode: .create)
    for (path, data) in entries {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return destination
  }
}
