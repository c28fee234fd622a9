/// A forward-only reader over the bytes of one JSON document, for the files read most (Meta's
/// `message_N.json` threads): it decodes only the values a reader asks for and skips the rest
/// without building them, at several times `JSONDecoder`'s speed.
///
/// A reader walks the document as it is laid out: ``readObject(_:)`` hands each key to a closure
/// that reads (``readString()``, ``readInt64()``, ``readBool()``, ``readObject(_:)``,
/// ``readArray(_:)``) or skips (``skipValue()``) its value; a key repeated in one object is
/// skipped (the first value wins, as with `JSONDecoder`). Anything that is not JSON, or not the
/// type asked for, is a ``Failure`` with its byte offset.
///
/// ```swift
/// try data.withUnsafeBytes { bytes in
///   var scanner = JSONScanner(bytes)
///   try scanner.readObject { scanner, key in
///     if key == "title" { title = try scanner.readString() } else { try scanner.skipValue() }
///   }
/// }
/// ```
public struct JSONScanner {
  /// Why the document could not be read: what was expected, and the byte offset where.
  public struct Failure: Error, Sendable {
    public var offset: Int
    public var reason: String
    /// True when the document ends before it is complete (a truncated file).
    public var atEnd: Bool
  }

  /// A key of an object, as its bytes (compared with ``==(_:_:)`` without making a `String`).
  public struct Key {
    fileprivate let bytes: UnsafeRawBufferPointer
    /// The key when it holds escapes (`"na\u006De"`), decoded.
    fileprivate let decoded: String?

    /// The key as text.
    public var text: String { decoded ?? String(decoding: bytes, as: UTF8.self) }

    fileprivate func isSame(as other: Key) -> Bool {
      if decoded != nil || other.decoded != nil { return text == other.text }
      return bytes.elementsEqual(other.bytes)
    }

    public static func == (key: Key, name: StaticString) -> Bool {
      if let decoded = key.decoded { return decoded == name.description }
      guard key.bytes.count == name.utf8CodeUnitCount else { return false }
      return name.withUTF8Buffer { name in
        key.bytes.elementsEqual(UnsafeRawBufferPointer(name))
      }
    }
  }

  private let bytes: UnsafeRawBufferPointer
  private var offset = 0
  /// Nesting so far: a document nested deeper than ``maxDepth`` is refused (no stack overflow).
  private var depth = 0
  /// The keys of the objects being read, innermost last: one buffer for the whole document, so
  /// that checking for a repeated key allocates nothing per object.
  private var openKeys: [Key] = []
  static let maxDepth = 512

  /// A scanner at the start of `bytes`, which must outlive it.
  public init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// Reads an object, calling `member` once per key with the scanner at the key's value, which
  /// `member` must read or skip. `null` is read as no members.
  public mutating func readObject(_ member: (inout JSONScanner, Key) throws -> Void) throws {
    if try skipNull() { return }
    guard try open(UInt8(ascii: "{"), UInt8(ascii: "}"), "an object") else { return }
    // A key seen before in this object is skipped: the first value wins, as with `JSONDecoder`.
    let firstKey = openKeys.count
    defer { openKeys.removeSubrange(firstKey...) }
    while true {
      let key = try readKey()
      try expect(UInt8(ascii: ":"), "':' after a key")
      if openKeys[firstKey...].contains(where: { $0.isSame(as: key) }) {
        try skipValue()
      } else {
        openKeys.append(key)
        try member(&self, key)
      }
      let next = try peek()
      offset += 1
      if next == UInt8(ascii: "}") { break }
      guard next == UInt8(ascii: ",") else { throw failure("',' or '}' in an object", at: offset - 1) }
    }
    depth -= 1
  }

  /// Reads an array of `T`s; `nil` for `null`.
  public mutating func readList<T: JSONScannable>(of type: T.Type) throws -> [T]? {
    if try readNull() { return nil }
    var list: [T] = []
    try readArray { scanner in list.append(try T(scanning: &scanner)) }
    return list
  }

  /// Reads an array, calling `element` once per element with the scanner at it, which `element`
  /// must read or skip. `null` is read as no elements.
  public mutating func readArray(_ element: (inout JSONScanner) throws -> Void) throws {
    if try skipNull() { return }
    guard try open(UInt8(ascii: "["), UInt8(ascii: "]"), "an array") else { return }
    while true {
      try element(&self)
      let next = try peek()
      offset += 1
      if next == UInt8(ascii: "]") { break }
      guard next == UInt8(ascii: ",") else { throw failure("',' or ']' in an array", at: offset - 1) }
    }
    depth -= 1
  }

  /// Reads a string; `nil` for `null`. Escapes are decoded (`\u00c3\u00a9` gives the two
  /// characters `Ã©`, as JSON says; Meta's mojibake is repaired by ``MetaText``); a lone
  /// surrogate becomes U+FFFD and invalid UTF-8 is replaced, as `String(decoding:)` does.
  public mutating func readString() throws -> String? {
    if try skipNull() { return nil }
    try expect(UInt8(ascii: "\""), "a string")
    let start = offset
    // The common case: no escape, one slice.
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        defer { offset += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      offset += 1
    }
    var decoded = Array(bytes[start..<offset])
    try readEscapedRest(into: &decoded)
    return String(decoding: decoded, as: UTF8.self)
  }

  /// Reads an integer; `nil` for `null`. A fraction, an exponent or a value beyond 64 bits is
  /// a failure (the fields read this way are counts and milliseconds).
  public mutating func readInt64() throws -> Int64? {
    if try skipNull() { return nil }
    skipWhitespace()
    let start = offset
    var negative = false
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") {
      negative = true
      offset += 1
    }
    var value: Int64 = 0
    var digits = 0
    while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
      let digit = Int64(bytes[offset] - UInt8(ascii: "0"))
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) =
        negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !overflow, !overflow2 else { throw failure("an integer within 64 bits", at: start) }
      value = sum
      digits += 1
      offset += 1
    }
    guard digits > 0 else { throw failure("an integer", at: start) }
    if offset < bytes.count,
      [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset])
    {
      throw failure("an integer (not a fraction)", at: start)
    }
    return value
  }

  /// Reads an object of which only the string at `key` is wanted (`{"name": "…", …}`): that
  /// string, or `nil` when the object has none or is `null`.
  public mutating func readString(member key: StaticString) throws -> String? {
    var value: String?
    try readObject { scanner, found in
      if found == key { value = try scanner.readString() } else { try scanner.skipValue() }
    }
    return value
  }

  /// Reads an id that exports write either as a string or as an integer (Twitter/X's
  /// `"senderId": "123"` or `123`), as its text; `nil` for `null`.
  public mutating func readIDText() throws -> String? {
    if try peek() == UInt8(ascii: "\"") { return try readString() }
    return try readInt64().map(String.init)
  }

  /// Skips a `null` and returns true, or returns false and leaves any other value to read.
  public mutating func readNull() throws -> Bool {
    try skipNull()
  }

  /// Reads `true` or `false`; `nil` for `null`.
  public mutating func readBool() throws -> Bool? {
    if try skipNull() { return nil }
    if try skipLiteral("true") { return true }
    if try skipLiteral("false") { return false }
    throw failure("true or false", at: offset)
  }

  /// Skips one value of any kind, checking that it is JSON.
  public mutating func skipValue() throws {
    switch try peek() {
    case UInt8(ascii: "{"): try readObject { scanner, _ in try scanner.skipValue() }
    case UInt8(ascii: "["): try readArray { scanner in try scanner.skipValue() }
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
    case UInt8(ascii: "n"): _ = try skipNull()
    default: try skipNumber()
    }
  }

  /// Checks that nothing but whitespace follows the value read.
  public mutating func finish() throws {
    skipWhitespace()
    guard offset == bytes.count else { throw failure("the end of the document", at: offset) }
  }

  // MARK: Bytes

  /// Reads the `opening` byte of an object or array and goes one level deeper; false when the
  /// container is empty (its `closing` byte is read too, and the level left).
  private mutating func open(_ opening: UInt8, _ closing: UInt8, _ what: String) throws -> Bool {
    try expect(opening, what)
    try enter()
    guard try peek() == closing else { return true }
    offset += 1
    depth -= 1
    return false
  }

  private mutating func enter() throws {
    depth += 1
    guard depth <= Self.maxDepth else { throw failure("at most \(Self.maxDepth) nested values", at: offset) }
  }

  private mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  /// The next byte after whitespace, not consumed.
  private mutating func peek() throws -> UInt8 {
    skipWhitespace()
    guard offset < bytes.count else { throw Failure(offset: offset, reason: "a value", atEnd: true) }
    return bytes[offset]
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws {
    guard try peek() == byte else { throw failure(what, at: offset) }
    offset += 1
  }

  private mutating func skipNull() throws -> Bool {
    try skipLiteral("null")
  }

  private mutating func skipLiteral(_ literal: StaticString) throws -> Bool {
    _ = try peek()
    let count = literal.utf8CodeUnitCount
    guard offset + count <= bytes.count else {
      if bytes[offset] == literal.utf8Start.pointee {
        throw Failure(offset: offset, reason: "\(literal)", atEnd: true)
      }
      return false
    }
    let matches = literal.withUTF8Buffer { literal in
      UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]).elementsEqual(
        UnsafeRawBufferPointer(literal))
    }
    if matches { offset += count }
    return matches
  }

  private mutating func readKey() throws -> Key {
    try expect(UInt8(ascii: "\""), "a key in quotes")
    let start = offset
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        defer { offset += 1 }
        return Key(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), decoded: nil)
      }
      if byte == UInt8(ascii: "\\") {
        var decoded = Array(bytes[start..<offset])
        try readEscapedRest(into: &decoded)
        return Key(
          bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<start]),
          decoded: String(decoding: decoded, as: UTF8.self))
      }
      offset += 1
    }
    throw Failure(offset: offset, reason: "the end of a key", atEnd: true)
  }

  private mutating func skipString() throws {
    try expect(UInt8(ascii: "\""), "a string")
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "\""):
        offset += 1
        return
      case UInt8(ascii: "\\"): offset += 2
      default: offset += 1
      }
    }
    throw Failure(offset: offset, reason: "the end of a string", atEnd: true)
  }

  private mutating func skipNumber() throws {
    let start = offset
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
        UInt8(ascii: "e"), UInt8(ascii: "E"):
        offset += 1
      default:
        guard offset > start else { throw failure("a value", at: start) }
        return
      }
    }
    guard offset > start else { throw Failure(offset: offset, reason: "a value", atEnd: true) }
  }

  /// Decodes the rest of a string from an escape on, up to and past its closing quote.
  private mutating func readEscapedRest(into decoded: inout [UInt8]) throws {
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      switch byte {
      case UInt8(ascii: "\""): return
      case UInt8(ascii: "\\"):
        guard offset < bytes.count else { break }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "u"): try readUnicodeEscape(into: &decoded)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
        default: throw failure("a valid escape", at: offset - 2)
        }
      default: decoded.append(byte)
      }
    }
    throw Failure(offset: offset, reason: "the end of a string", atEnd: true)
  }

  /// Decodes `XXXX` after `\u` (and a low surrogate's `\uXXXX` after a high one) as UTF-8.
  private mutating func readUnicodeEscape(into decoded: inout [UInt8]) throws {
    var scalar = try readHex4()
    if (0xD800..<0xDC00).contains(scalar), offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"),
      bytes[offset + 1] == UInt8(ascii: "u")
    {
      let mark = offset
      offset += 2
      let low = try readHex4()
      if (0xDC00..<0xE000).contains(low) {
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else {
        offset = mark
      }
    }
    UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { decoded.append($0) }
  }

  private mutating func readHex4() throws -> UInt32 {
    guard offset + 4 <= bytes.count else {
      throw Failure(offset: offset, reason: "four hex digits", atEnd: true)
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw failure("four hex digits after \\u", at: offset)
      }
      value = value << 4 | UInt32(digit)
      offset += 1
    }
    return value
  }

  private func failure(_ expected: String, at offset: Int) -> Failure {
    Failure(offset: offset, reason: expected, atEnd: offset >= bytes.count)
  }
}
