import ArchiveAccess
import RekindleModel

/// Reads one platform's export into a graph sink.
///
/// An importer recognizes its platform from the archive's content and layout (entry names,
/// headers, keys), never from the archive's file name, and finds its files wherever they sit:
/// at the root or under one top folder.
public protocol Importer: Sendable {
  /// The platform this importer reads.
  static var platform: Platform { get }

  /// Makes an importer with default settings.
  init()

  /// How strongly `source` looks like this platform's export: 0 when not at all; the importer
  /// with the highest score reads the archive.
  static func recognitionScore(of source: any ArchiveSource) -> Int

  /// True for importers of file types that can sit inside any archive (address books,
  /// calendars): they run beside the archive's platform importer, on the files they recognize.
  static var readsFilesInAnyArchive: Bool { get }

  /// Which era of the platform's export `source` is, from its layout and headers ("2024 or
  /// later"), when the importer can tell; `rekindle doctor` shows it.
  static func era(of source: any ArchiveSource) -> String?

  /// Reads every entry it knows, reporting problems to the context and going on.
  ///
  /// - Throws: only errors of the sink (the store), which end the import of this archive.
  func importArchive(into context: ImportContext) throws
}

extension Importer {
  public static var readsFilesInAnyArchive: Bool { false }

  public static func era(of source: any ArchiveSource) -> String? { nil }
}

extension ArchiveSource {
  /// The entries whose file name is `name` (compared case-insensitively).
  public func entries(named name: String) -> [ArchiveEntry] {
    let lowered = name.lowercased()
    return entries.filter { $0.fileName.lowercased() == lowered }
  }

  /// The entries whose path components end with `suffix` (compared case-insensitively), wherever
  /// the archive's top folder is.
  public func entries(endingWith suffix: [String]) -> [ArchiveEntry] {
    let lowered = suffix.map { $0.lowercased() }
    return entries.filter { entry in
      let components = entry.components.map { $0.lowercased() }
      return components.count >= lowered.count && Array(components.suffix(lowered.count)) == lowered
    }
  }

  /// The first bytes of an entry as text, for content sniffing; empty when unreadable.
  public func headText(of entry: ArchiveEntry, bytes: Int = 2048) -> String {
    guard let data = try? head(of: entry, bytes: bytes) else { return "" }
    var transcoder = TextTranscoder()
    let utf8 = transcoder.transcode(data) + transcoder.finish()
    return String(decoding: utf8, as: UTF8.self)
  }
}
