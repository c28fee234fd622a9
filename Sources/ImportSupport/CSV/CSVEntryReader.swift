import ArchiveAccess
import Foundation

/// Reads one CSV entry of an archive as a stream of records.
///
/// Per file it detects the encoding (UTF-8 with or without BOM, UTF-16LE/BE) and the delimiter
/// (comma or tab), skips any preamble (LinkedIn's `Notes:` block) by searching for the header row,
/// and hands each data row to the caller with its line number.
public struct CSVEntryReader {
  /// The header is searched for in at most this many leading rows.
  public static let headerSearchRows = 50

  /// Why a CSV entry could not be read.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: String
    public var description: String { message }
  }

  /// The longest field read; a row with a longer one is skipped and reported.
  public var maxFieldBytes: Int

  public init(limits: ReadLimits = .standard) {
    maxFieldBytes = limits.maxRecordBytes
  }

  /// Streams `entry` from `source`, calling `onHeader` once when the header row is found and
  /// `onRecord` for each data row after it.
  ///
  /// - Parameters:
  ///   - entry: the CSV file in the archive.
  ///   - source: the archive it is read from.
  ///   - isHeader: says whether a row is the header row (rows before it are preamble).
  ///   - onHeader: called once with the header row.
  ///   - onRecord: called with each data row, in order.
  /// - Throws: ``Failure`` when no header is found or a quoted field is never closed (the rows
  ///   before it have been delivered); `ArchiveError` when the entry cannot be read.
  public func read(
    _ entry: ArchiveEntry, from source: any ArchiveSource, isHeader: (CSVHeader) -> Bool,
    onHeader: (CSVHeader) throws -> Void = { _ in }, onRecord: (CSVRecord) throws -> Void
  ) throws {
    var transcoder = TextTranscoder()
    var parser: CSVParser?
    var header: CSVHeader?
    var columns = CSVColumns([])
    var rowsSeen = 0
    var oversizedRows = 0
    var firstOversizedLine = 0

    func handle(_ row: CSVParser.Row) throws {
      if header == nil {
        rowsSeen += 1
        let candidate = CSVHeader(
          names: row.fields.map(\.trimmed), line: row.line)
        if isHeader(candidate) {
          header = candidate
          columns = CSVColumns(candidate.names)
          try onHeader(candidate)
        } else if rowsSeen >= Self.headerSearchRows {
          throw Failure(
            line: nil,
            message:
              "no header row found in the first \(rowsSeen) rows; is this the export's own file, unedited?")
        }
        return
      }
      if row.isOversized {
        if oversizedRows == 0 { firstOversizedLine = row.line }
        oversizedRows += 1
        return
      }
      let record = CSVRecord(row: row, columns: columns)
      if record.count > 1 || !record.isBlank { try onRecord(record) }
    }

    try source.read(entry) { chunk in
      let bytes = transcoder.transcode(chunk)
      if parser == nil {
        if bytes.isEmpty { return }
        parser = CSVParser(delimiter: Self.delimiter(in: bytes), maxFieldBytes: maxFieldBytes)
      }
      try parser?.feed(bytes, onRow: handle)
    }
    let rest = transcoder.finish()
    if parser == nil { parser = CSVParser(delimiter: Self.delimiter(in: rest), maxFieldBytes: maxFieldBytes) }
    do {
      try parser?.feed(rest, onRow: handle)
      try parser?.finish(onRow: handle)
    } catch let unclosed as CSVParser.UnclosedQuote {
      throw Failure(
        line: unclosed.line,
        message:
          "line \(unclosed.line): a quoted field is never closed; rows from there on were not read (the file may be cut short: download the export again)"
      )
    }
    if header == nil {
      throw Failure(
        line: nil,
        message: "no header row found (an empty or unrecognized file); import the export's own file, unedited"
      )
    }
    if oversizedRows > 0 {
      let rows =
        oversizedRows == 1 ? "1 row" : "\(oversizedRows) rows (the first at line \(firstOversizedLine))"
      throw Failure(
        line: firstOversizedLine,
        message:
          "\(rows) with a field longer than \(ReadLimits.describe(maxFieldBytes)) skipped; the other rows were read (a field that long is not a real export's)"
      )
    }
  }

  /// Picks tab when the first 8 KiB have more tabs than commas outside quotes, else comma.
  static func delimiter(in bytes: [UInt8]) -> UInt8 {
    var tabs = 0
    var commas = 0
    var inQuotes = false
    for byte in bytes.prefix(8192) {
      switch byte {
      case UInt8(ascii: "\""): inQuotes.toggle()
      case UInt8(ascii: "\t") where !inQuotes: tabs += 1
      case UInt8(ascii: ",") where !inQuotes: commas += 1
      default: break
      }
    }
    return tabs > commas ? UInt8(ascii: "\t") : UInt8(ascii: ",")
  }
}
