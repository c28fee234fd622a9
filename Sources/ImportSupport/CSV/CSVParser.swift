/// An RFC 4180 CSV parser that is fed bytes in chunks and calls back once per row.
///
/// It handles quoted fields with embedded delimiters, doubled quotes and line breaks, CRLF and
/// LF line ends, and keeps its state across chunk boundaries, so an entry of any size streams
/// through it in constant memory: a field is kept up to `maxFieldBytes`, and a row with a longer
/// one is marked ``Row/isOversized``. Field bytes that are not valid UTF-8 are read as Windows-1252
/// (files re-saved by Excel on Windows).
public struct CSVParser {
  /// One parsed row and the line (1-based) it started on.
  public struct Row: Sendable {
    public var fields: [String]
    public var line: Int
    /// A field of this row was longer than the parser's `maxFieldBytes`; it is cut there.
    public var isOversized = false
  }

  /// Raised at the end of the input when a quoted field is still open.
  public struct UnclosedQuote: Error, Sendable {
    /// The line on which the unclosed quoted field began.
    public var line: Int
  }

  public let delimiter: UInt8
  /// The longest field kept; the rest of a longer one is dropped and its row marked oversized.
  public let maxFieldBytes: Int
  private var field: [UInt8] = []
  private var rowIsOversized = false
  private var fields: [String] = []
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
    let quote = UInt8(ascii: "\"")
    let newline = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    for byte in bytes {
      if inQuotes {
        if quotePending {
          quotePending = false
          if byte == quote {
            append(quote)
            continue
          }
          inQuotes = false
          // Fall through: the byte after a closing quote is read as unquoted.
        } else if byte == quote {
          quotePending = true
          continue
        } else {
          if byte == newline { line += 1 }
          append(byte)
          continue
        }
      }
      if byte == delimiter {
        endField()
        lastWasCR = false
      } else if byte == newline {
        if !lastWasCR {
          try endRow(onRow)
          line += 1
        }
        lastWasCR = false
      } else if byte == carriageReturn {
        try endRow(onRow)
        line += 1
        lastWasCR = true
      } else if byte == quote && field.isEmpty && !fieldWasQuoted {
        inQuotes = true
        fieldWasQuoted = true
        quoteStartLine = line
        lastWasCR = false
      } else {
        append(byte)
        lastWasCR = false
      }
    }
  }

  /// Ends the input, emitting a last row that has no line break after it.
  ///
  /// - Throws: ``UnclosedQuote`` when a quoted field was never closed.
  public mutating func finish(onRow: (Row) throws -> Void) throws {
    if inQuotes && !quotePending { throw UnclosedQuote(line: quoteStartLine) }
    inQuotes = false
    quotePending = false
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try endRow(onRow) }
  }

  private mutating func append(_ byte: UInt8) {
    if field.count < maxFieldBytes {
      field.append(byte)
    } else {
      rowIsOversized = true
    }
  }

  private mutating func endField() {
    fields.append(Self.string(field))
    field.removeAll(keepingCapacity: true)
    fieldWasQuoted = false
  }

  private mutating func endRow(_ onRow: (Row) throws -> Void) throws {
    endField()
    let row = Row(fields: fields, line: rowStartLine, isOversized: rowIsOversized)
    fields.removeAll(keepingCapacity: true)
    rowIsOversized = false
    rowStartLine = line + 1
    try onRow(row)
  }

  /// Decodes field bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8.
  static func string(_ bytes: [UInt8]) -> String {
    LenientText.decode(bytes)
  }
}
