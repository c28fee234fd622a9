/// An RFC 4180 CSV parser that is fed bytes in chunks and calls back once per row.
///
/// It handles quoted fields with embedded delimiters, doubled quotes and line breaks, CRLF and
/// LF line ends, and keeps its state across chunk boundaries, so an entry of any size streams
/// through it in constant memory: a field is kept up to `maxFieldBytes`, and a row with a longer
/// one is marked ``Row/isOversized``. Field bytes that are not valid UTF-8 are read as Windows-1252
/// (files re-saved by Excel on Windows).
///
/// A row keeps its fields as bytes and decodes a field only when it is asked for: an importer
/// reads a few of a row's columns, and a field never read is never made a `String`. Between the
/// bytes that end a field or a row, the parser copies whole runs at once.
public struct CSVParser {
  /// One parsed row and the line (1-based) it started on.
  public struct Row: Sendable {
    /// The fields' bytes one after another, as read (quotes removed, doubled quotes undone).
    private let bytes: [UInt8]
    /// Where each field ends in `bytes`.
    private let ends: [Int]
    public var line: Int
    /// A field of this row was longer than the parser's `maxFieldBytes`; it is cut there.
    public var isOversized = false

    init(bytes: [UInt8], ends: [Int], line: Int, isOversized: Bool) {
      self.bytes = bytes
      self.ends = ends
      self.line = line
      self.isOversized = isOversized
    }

    /// The number of fields.
    public var count: Int { ends.count }

    /// Every field, decoded.
    public var fields: [String] { ends.indices.map(field(at:)) }

    /// The bytes of the field at `index`.
    public func bytes(at index: Int) -> ArraySlice<UInt8> {
      bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The field at `index`, decoded (UTF-8, else Windows-1252).
    public func field(at index: Int) -> String {
      LenientText.decode(bytes(at: index))
    }

    /// The field at `index`, decoded, without leading and trailing white space.
    public func trimmedField(at index: Int) -> String {
      let field = bytes(at: index)
      guard let first = field.first, let last = field.last else { return "" }
      // A field that starts and ends with a visible ASCII byte has nothing to trim (`trimmed`).
      if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return LenientText.decode(field) }
      return LenientText.decode(field).trimmed
    }

    /// True when every field is empty or white space.
    public var isBlank: Bool {
      if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return true }
      return fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
  }

  /// Raised at the end of the input when a quoted field is still open.
  public struct UnclosedQuote: Error, Sendable {
    /// The line on which the unclosed quoted field began.
    public var line: Int
  }

  public let delimiter: UInt8
  /// The longest field kept; the rest of a longer one is dropped and its row marked oversized.
  public let maxFieldBytes: Int
  /// The current row's fields, one after another.
  private var rowBytes: [UInt8] = []
  /// Where each completed field of the current row ends in `rowBytes`.
  private var fieldEnds: [Int] = []
  /// Where the current field starts in `rowBytes`.
  private var fieldStart = 0
  private var rowIsOversized = false
  private var inQuotes = false
  private var quotePending = false
  private var fieldWasQuoted = false
  private var line = 1
  private var rowStartLine = 1
  private var quoteStartLine = 1
  private var lastWasCR = false

  public init(delimiter: UInt8 = UInt8(ascii: ","), maxFieldBytes: Int = 32 << 20) {
    self.delimiter = delimiter
    self.maxFieldBytes = maxFieldBytes
  }

  /// Parses `bytes`, calling `onRow` for each row completed in them.
  public mutating func feed(_ bytes: some Sequence<UInt8>, onRow: (Row) throws -> Void) throws {
    let done: Void? = try bytes.withContiguousStorageIfAvailable { try feed(buffer: $0, onRow: onRow) }
    if done == nil { try Array(bytes).withUnsafeBufferPointer { try feed(buffer: $0, onRow: onRow) } }
  }

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private mutating func feed(buffer: UnsafeBufferPointer<UInt8>, onRow: (Row) throws -> Void) throws {
    var index = 0
    let end = buffer.count
    while index < end {
      let byte = buffer[index]
      if inQuotes {
        if quotePending {
          quotePending = false
          if byte == Self.quote {
            append(Self.quote)
            index += 1
            continue
          }
          inQuotes = false
          // Fall through: the byte after a closing quote is read as unquoted.
        } else if byte == Self.quote {
          quotePending = true
          index += 1
          continue
        } else if byte == Self.newline {
          line += 1
          append(byte)
          index += 1
          continue
        } else {
          // A run of quoted text up to the next quote or line break.
          var runEnd = index + 1
          while runEnd < end, buffer[runEnd] != Self.quote, buffer[runEnd] != Self.newline { runEnd += 1 }
          append(UnsafeBufferPointer(rebasing: buffer[index..<runEnd]))
          index = runEnd
          continue
        }
      }
      if byte == delimiter {
        endField()
        lastWasCR = false
      } else if byte == Self.newline {
        if !lastWasCR {
          try endRow(onRow)
          line += 1
        }
        lastWasCR = false
      } else if byte == Self.carriageReturn {
        try endRow(onRow)
        line += 1
        lastWasCR = true
      } else if byte == Self.quote && rowBytes.count == fieldStart && !fieldWasQuoted {
        inQuotes = true
        fieldWasQuoted = true
        quoteStartLine = line
        lastWasCR = false
      } else {
        // A run of unquoted text up to the next delimiter, line end or quote.
        var runEnd = index + 1
        while runEnd < end {
          let next = buffer[runEnd]
          if next == delimiter || next == Self.newline || next == Self.carriageReturn || next == Self.quote {
            break
          }
          runEnd += 1
        }
        append(UnsafeBufferPointer(rebasing: buffer[index..<runEnd]))
        lastWasCR = false
        index = runEnd
        continue
      }
      index += 1
    }
  }

  /// Ends the input, emitting a last row that has no line break after it.
  ///
  /// - Throws: ``UnclosedQuote`` when a quoted field was never closed.
  public mutating func finish(onRow: (Row) throws -> Void) throws {
    if inQuotes && !quotePending { throw UnclosedQuote(line: quoteStartLine) }
    inQuotes = false
    quotePending = false
    if !rowBytes.isEmpty || !fieldEnds.isEmpty || fieldWasQuoted { try endRow(onRow) }
  }

  private mutating func append(_ byte: UInt8) {
    if rowBytes.count - fieldStart < maxFieldBytes {
      rowBytes.append(byte)
    } else {
      rowIsOversized = true
    }
  }

  private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
    let room = maxFieldBytes - (rowBytes.count - fieldStart)
    if run.count <= room {
      rowBytes.append(contentsOf: run)
    } else {
      rowBytes.append(contentsOf: UnsafeBufferPointer(rebasing: run.prefix(max(0, room))))
      rowIsOversized = true
    }
  }

  private mutating func endField() {
    fieldEnds.append(rowBytes.count)
    fieldStart = rowBytes.count
    fieldWasQuoted = false
  }

  private mutating func endRow(_ onRow: (Row) throws -> Void) throws {
    endField()
    let row = Row(bytes: rowBytes, ends: fieldEnds, line: rowStartLine, isOversized: rowIsOversized)
    rowBytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    fieldStart = 0
    rowIsOversized = false
    rowStartLine = line + 1
    try onRow(row)
  }
}
