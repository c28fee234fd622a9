import ArchiveAccess
import ArchiveImport
import Foundation
import ImportSupport
import MarkupReading
import RekindleModel

/// The reader entry points the fuzz targets drive, one function per kind of input. Each reads
/// everything it is given; errors are the expected outcome of bad input, a crash, a hang or an
/// address-sanitizer report is a finding.
public enum FuzzedReaders {
  /// Opens `data` as a zip (or, when `tarGz`, a `.tar.gz`) archive and reads every entry.
  public static func archive(_ data: Data, tarGz: Bool) {
    withFile(data, named: tarGz ? "archive.tar.gz" : "archive.zip") { url in
      guard let source = try? ArchiveOpener.open(url, limits: ReadLimits(maxEntryBytes: 64 << 20)) else {
        return
      }
      for entry in source.entries { try? source.read(entry) { _ in } }
    }
  }

  /// Streams `data` as a CSV file through the shared entry reader: transcoding (BOM, UTF-16,
  /// Latin-1), delimiter detection, the search for a header containing `headerColumn`, records.
  public static func csv(_ data: Data, headerColumn: String) {
    withFile(data, named: "file.csv") { url in
      guard let source = try? ArchiveOpener.open(url), let entry = source.entries.first else { return }
      try? CSVEntryReader().read(entry, from: source, isHeader: { $0.names.contains(headerColumn) }) {
        record in
        _ = record[headerColumn]
      }
    }
  }

  /// Reads `data` as a JSON or `window.YTD… = [...]` JavaScript file: element by element at
  /// `path` (the streaming splitter), or whole.
  public static func json(_ data: Data, path: [String], whole: Bool) {
    withFile(data, named: "file.js") { url in
      guard let source = try? ArchiveOpener.open(url), let entry = source.entries.first else { return }
      let reader = JSONEntryReader(limits: ReadLimits(maxBufferedEntryBytes: 4 << 20))
      if whole {
        _ = try? reader.decode(JSONValue.self, from: entry, in: source)
      } else {
        try? reader.forEachElement(JSONValue.self, in: entry, of: source, at: path, onBadElement: { _ in }) {
          _ in
        }
      }
    }
  }

  /// Imports `data` as a file of that name with the real importers (recognition included).
  public static func importFile(_ data: Data, named name: String) {
    withFile(data, named: name) { url in
      var importer = ArchiveImporter()
      importer.ownerNames = ["Alex Rivera"]
      _ = try? importer.importArchive(at: url, into: DiscardingDestination())
    }
  }

  /// Parses `data` as an HTML page (and walks its elements), or streams it as XML.
  public static func markup(_ data: Data, html: Bool) {
    if html {
      if let document = try? HTMLDocument(data: data) { _ = document.elements().map(\.text) }
    } else {
      try? XMLStreamReader.read({ try $0(data) }) { _ in }
    }
  }

  private static let directory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rekindle-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  private static func withFile(_ data: Data, named name: String, _ body: (URL) -> Void) {
    let url = directory.appendingPathComponent(name)
    guard (try? data.write(to: url)) != nil else { return }
    body(url)
    try? FileManager.default.removeItem(at: url)
  }
}

/// Any JSON value, decoded all the way down.
enum JSONValue: Decodable {
  case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }
}
