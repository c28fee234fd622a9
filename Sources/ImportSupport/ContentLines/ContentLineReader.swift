import Foundation

/// Turns physical lines of a vCard or iCalendar file into content lines, streaming: it unfolds
/// continuation lines (a leading space or tab), joins quoted-printable soft line breaks (vCard
/// 2.1), decodes `CHARSET`s, and skips binary properties without keeping their lines.
public struct ContentLineReader {
  /// Properties whose values are skipped (binary blobs such as `PHOTO`).
  public let skipped: Set<String>
  private var current: [UInt8]?
  private var currentIsQuotedPrintable = false
  private var skipping = false

  public init(skipping skipped: Set<String> = []) {
    self.skipped = skipped
  }

  /// Reads one physical line; calls `onLine` when the previous content line is complete.
  public mutating func feed(_ line: [UInt8], onLine: (ContentLine) throws -> Void) throws {
    if let first = line.first, first == 0x20 || first == 0x09 {
      // A folded continuation line.
      if !skipping { current?.append(contentsOf: line.dropFirst()) }
      return
    }
    if currentIsQuotedPrintable, let last = current?.last, last == UInt8(ascii: "=") {
      // A quoted-printable soft line break: the value goes on.
      current?.removeLast()
      current?.append(contentsOf: line)
      return
    }
    if line.isEmpty { return }
    try flush(onLine)
    skipping = skipped.contains(Self.propertyName(line))
    current = skipping ? nil : line
    currentIsQuotedPrintable = !skipping && Self.isQuotedPrintable(line)
  }

  /// Ends the input, emitting the last content line.
  public mutating func finish(onLine: (ContentLine) throws -> Void) throws {
    try flush(onLine)
  }

  private mutating func flush(_ onLine: (ContentLine) throws -> Void) throws {
    defer {
      current = nil
      currentIsQuotedPrintable = false
    }
    guard let raw = current, let line = Self.parse(raw) else { return }
    try onLine(line)
  }

  /// The uppercased property name of a content line, without its group.
  static func propertyName(_ line: [UInt8]) -> String {
    let end = line.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") } ?? line.endIndex
    var name = line[..<end]
    if let dot = name.lastIndex(of: UInt8(ascii: ".")) { name = name[(dot + 1)...] }
    return String(decoding: name, as: UTF8.self).uppercased()
  }

  static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
    return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
  }

  /// Parses an unfolded content line: `group.NAME;PARAM=value;BARE:value`.
  public static func parse(_ line: [UInt8]) -> ContentLine? {
    // The first ':' outside a quoted parameter value ends the head.
    var inQuotes = false
    var colon: Int?
    for (index, byte) in line.enumerated() {
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if byte == UInt8(ascii: ":") && !inQuotes {
        colon = index
        break
      }
    }
    guard let colon else { return nil }
    let head = String(decoding: line[..<colon], as: UTF8.self)
    var pieces = head.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    guard !pieces.isEmpty else { return nil }
    var name = pieces.removeFirst()
    var group: String?
    if let dot = name.lastIndex(of: ".") {
      group = String(name[..<dot])
      name = String(name[name.index(after: dot)...])
    }
    let parameters = pieces.map { piece -> ContentLine.Parameter in
      if let equals = piece.firstIndex(of: "=") {
        return ContentLine.Parameter(
          name: String(piece[..<equals]).uppercased(), value: String(piece[piece.index(after: equals)...]))
      }
      let bare = piece.uppercased()
      if bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" {
        return ContentLine.Parameter(name: "ENCODING", value: bare)
      }
      return ContentLine.Parameter(name: "TYPE", value: piece)
    }
    var valueBytes = Array(line[(colon + 1)...])
    let encoding = parameters.first { $0.name == "ENCODING" }?.value.uppercased()
    if encoding == "QUOTED-PRINTABLE" { valueBytes = decodeQuotedPrintable(valueBytes) }
    let charset = parameters.first { $0.name == "CHARSET" }?.value.uppercased()
    return ContentLine(
      group: group, name: name.uppercased(), parameters: parameters,
      rawValue: decode(valueBytes, charset: charset))
  }

  /// `=C3=A9` → the bytes C3 A9; soft line breaks were joined before.
  static func decodeQuotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return output
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  /// Decodes value bytes in the named charset (UTF-8 when none is named; Latin-1 and Windows-1252
  /// as such; bytes that are not valid UTF-8 as Windows-1252).
  static func decode(_ bytes: [UInt8], charset: String?) -> String {
    switch charset {
    case "ISO-8859-1", "LATIN1", "WINDOWS-1252", "CP1252": LenientText.windows1252(bytes)
    default: LenientText.decode(bytes)
    }
  }
}
