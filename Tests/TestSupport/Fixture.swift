import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Locates the repository's `Fixtures/` folder and runs importers on it.
public enum Fixture {
  /// The repository root, found from this file's path.
  public static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Fixtures/<path>`.
  public static func url(_ path: String) -> URL {
    repositoryRoot.appendingPathComponent("Fixtures").appendingPathComponent(path)
  }

  /// Every Messenger-style thread file (`message_N.json`) under `Fixtures/`, Facebook's and
  /// Instagram's of every era.
  public static func messengerThreadFiles() -> [URL] {
    let root = repositoryRoot.appendingPathComponent("Fixtures")
    return (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? [])
      .compactMap { $0 as? URL }
      .filter { $0.lastPathComponent.hasPrefix("message_") && $0.pathExtension == "json" }
  }

  /// Runs `importer` on the fixture at `path` (a folder or a file) and returns what it emitted.
  public static func run(_ importer: any Importer, on path: String) throws -> RecordingSink {
    try run(importer, source: ArchiveOpener.open(url(path)))
  }

  /// Runs `importer` on `source` and returns what it emitted.
  public static func run(_ importer: any Importer, source: any ArchiveSource) throws -> RecordingSink {
    let sink = RecordingSink()
    let context = ImportContext(source: source, sink: sink, platform: type(of: importer).platform)
    try context.run(importer)
    sink.summary = context.summary
    return sink
  }
}
