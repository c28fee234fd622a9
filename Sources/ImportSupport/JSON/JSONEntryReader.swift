import ArchiveAccess
import Foundation

/// Decodes JSON entries: whole small documents, or large arrays element by element.
public struct JSONEntryReader {
  public let limits: ReadLimits

  public init(limits: ReadLimits = .standard) {
    self.limits = limits
  }

  /// Decodes a whole entry as `T`, skipping any `window.X = ` prefix (Twitter/X's `.js` files).
  ///
  /// - Throws: ``JSONEntryFailure`` naming what is wrong and where; `ArchiveError` when the
  ///   entry cannot be read.
  public func decode<T: Decodable>(_ type: T.Type, from entry: ArchiveEntry, in source: any ArchiveSource)
    throws -> T
  {
    let data = try source.readAll(entry, limit: limits.maxBufferedEntryBytes)
    return try decode(type, from: Self.strippingScriptPrefix(data))
  }

  /// Reads a whole entry as `T` with a ``JSONScanner``, skipping any `window.X = ` prefix.
  ///
  /// - Throws: ``JSONEntryFailure`` naming what is wrong and where (line and column, or that the
  ///   file ends early); `ArchiveError` when the entry cannot be read.
  public func scan<T: JSONScannable>(_ type: T.Type, from entry: ArchiveEntry, in source: any ArchiveSource)
    throws -> T
  {
    let data = Self.strippingScriptPrefix(try source.readAll(entry, limit: limits.maxBufferedEntryBytes))
    return try scan(type, from: data)
  }

  /// Reads `data` as `T` with a ``JSONScanner``; a failure is a ``JSONEntryFailure`` with the line
  /// and column (and the element's number, for an element of an array).
  public func scan<T: JSONScannable>(_ type: T.Type, from data: Data, element: Int? = nil) throws -> T {
    do {
      return try scanWhole(type, from: data)
    } catch let failure as JSONEntryFailure {
      guard let element else { throw failure }
      throw JSONEntryFailure(message: "element \(element + 1): " + failure.message)
    }
  }

  /// Streams the elements of a top-level array (after any `window.X = ` prefix) as
  /// ``forEachElement(_:in:of:at:onBadElement:onElement:)`` does, reading each with a
  /// ``JSONScanner``.
  public func forEachElement<T: JSONScannable>(
    scanning type: T.Type, in entry: ArchiveEntry, of source: any ArchiveSource, at path: [String] = [],
    onBadElement: (JSONEntryFailure) -> Void, onElement: (T) throws -> Void
  ) throws {
    try forEachElementData(
      in: entry, of: source, at: path, onBadElement: onBadElement,
      read: { data, index in try scan(type, from: data, element: index) }, onElement: onElement)
  }

  private func scanWhole<T: JSONScannable>(_ type: T.Type, from data: Data) throws -> T {
    do {
      return try data.withUnsafeBytes { bytes in
        var scanner = JSONScanner(bytes)
        let value = try T(scanning: &scanner)
        try scanner.finish()
        return value
      }
    } catch let failure as JSONScanner.Failure {
      if failure.atEnd {
        throw JSONEntryFailure(
          message: "invalid JSON: the file ends early after \(data.count) bytes (truncated?)")
      }
      let (line, column) = Self.position(ofByte: failure.offset, in: data)
      throw JSONEntryFailure(message: "expected \(failure.reason) at line \(line), column \(column)")
    }
  }

  /// The line and column (in characters) of the byte at `offset`.
  static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in data.prefix(offset) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  /// Decodes `data` as `T`, turning decoding errors into a ``JSONEntryFailure``.
  public func decode<T: Decodable>(_ type: T.Type, from data: Data, element: Int? = nil) throws -> T {
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      let place = element.map { "element \($0 + 1): " } ?? ""
      throw JSONEntryFailure(message: place + "invalid JSON: " + Self.syntaxError(in: data))
    } catch {
      throw JSONEntryFailure(error, element: element)
    }
  }

  /// Where and why `data` is not valid JSON, in words: `JSONDecoder` on Linux does not say, so the
  /// text is parsed again with `JSONSerialization` (for documents up to 64 MB) and its character
  /// offset is turned into a line and column.
  static func syntaxError(in data: Data) -> String {
    guard data.count <= 64 << 20 else { return "the document is not valid JSON" }
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return "the document is not valid JSON"
    } catch {
      let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
      if detail.contains("end of file") || detail.contains("end of data") {
        return "the file ends early after \(data.count) bytes (truncated?)"
      }
      guard let range = detail.range(of: "character "),
        let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }), offset <= data.count
      else { return detail }
      let (line, column) = position(ofByte: offset, in: data)
      let what = detail.range(of: " around").map { String(detail[..<$0.lowerBound]) } ?? "Invalid JSON"
      return "\(what) at line \(line), column \(column)"
    }
  }

  /// Streams the elements of a top-level array (after any `window.X = ` prefix), or of the array
  /// at `path` (object keys), decoding each as `T` and passing it to `onElement`. An element that does not decode is reported through
  /// `onBadElement` and skipped; the rest of the array is still read.
  ///
  /// - Throws: ``JSONEntryFailure`` when the entry holds no array or is truncated (the elements
  ///   before the cut have been delivered).
  public func forEachElement<T: Decodable>(
    _ type: T.Type, in entry: ArchiveEntry, of source: any ArchiveSource, at path: [String] = [],
    onBadElement: (JSONEntryFailure) -> Void, onElement: (T) throws -> Void
  ) throws {
    try forEachElementData(
      in: entry, of: source, at: path, onBadElement: onBadElement,
      read: { data, index in try decode(type, from: data, element: index) }, onElement: onElement)
  }

  /// The elements of the array, each made into a `T` by `read` (which throws a
  /// ``JSONEntryFailure`` for an element it cannot read: reported, skipped).
  private func forEachElementData<T>(
    in entry: ArchiveEntry, of source: any ArchiveSource, at path: [String],
    onBadElement: (JSONEntryFailure) -> Void, read: (Data, Int) throws -> T, onElement: (T) throws -> Void
  ) throws {
    var splitter = JSONArraySplitter(path: path, maxElementBytes: limits.maxRecordBytes)
    var index = 0
    let limit = ReadLimits.describe(limits.maxRecordBytes)
    try source.read(entry) { chunk in
      try splitter.feed(
        chunk,
        onOversizedElement: { skipped in
          index += 1
          onBadElement(
            JSONEntryFailure(message: "element \(skipped + 1) is larger than \(limit) and was skipped"))
        }
      ) { elementData in
        defer { index += 1 }
        let value: T
        do {
          value = try read(elementData, index)
        } catch let failure as JSONEntryFailure {
          onBadElement(failure)
          return
        }
        try onElement(value)
      }
    }
    do {
      try splitter.finish()
    } catch is JSONArraySplitter.NoArray {
      throw JSONEntryFailure(
        message: path.isEmpty ? "no JSON array found" : "no array at \(path.joined(separator: "."))")
    } catch let truncated as JSONArraySplitter.Truncated {
      throw JSONEntryFailure(
        message:
          "truncated at byte \(truncated.offset) after \(truncated.elementsRead) complete elements (those were read); download the export again for the rest"
      )
    }
  }

  /// Drops a JavaScript assignment prefix such as `window.YTD.tweets.part0 = `.
  public static func strippingScriptPrefix(_ data: Data) -> Data {
    guard let first = data.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF }),
      first != UInt8(ascii: "{"), first != UInt8(ascii: "[")
    else { return data }
    guard let equals = data.firstIndex(of: UInt8(ascii: "=")) else { return data }
    return data[data.index(after: equals)...]
  }
}
