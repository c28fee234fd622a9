import Foundation

/// Splits a JSON array into its elements as bytes stream in, so that each element can be decoded
/// on its own and memory stays bounded by the largest element, not the file.
///
/// Without a path, anything before the first `[` is skipped, which covers Twitter/X's
/// `window.YTD.tweets.part0 = [` prefix as well as bare arrays. With a path of object keys
/// (`["chats", "list"]`), the elements of the array at that path are split, and of every array at
/// that path when a file repeats the key (Mastodon's `orderedItems`). Strings and escapes are
/// tracked, so brackets and commas inside text do not confuse it.
public struct JSONArraySplitter {
  /// Raised when the input ends inside the array.
  public struct Truncated: Error, Sendable {
    /// The number of complete elements read before the end.
    public var elementsRead: Int
    /// The byte offset at which the input ended.
    public var offset: Int
  }

  /// Raised when the input has no array at all.
  public struct NoArray: Error, Sendable {}

  private enum State { case prefix, betweenElements, inElement, done }
  private var state = State.prefix
  private var depth = 0
  private var inString = false
  private var escaped = false
  private var element: [UInt8] = []
  /// The element being read has grown past `maxElementBytes`: its bytes are no longer kept.
  private var elementIsOversized = false
  private var offset = 0
  public private(set) var elementsRead = 0
  /// Elements larger than this many bytes are skipped, to bound memory.
  public let maxElementBytes: Int
  private var locator: JSONPathLocator?
  private var arraysFound = 0

  /// - Parameters:
  ///   - path: the object keys that lead to the array; empty for the first array of the input.
  ///   - maxElementBytes: elements larger than this are skipped (see ``feed(_:onOversizedElement:onElement:)``).
  public init(path: [String] = [], maxElementBytes: Int = 512 << 20) {
    self.maxElementBytes = maxElementBytes
    locator = path.isEmpty ? nil : JSONPathLocator(path: path)
  }

  /// Scans `bytes`, calling `onElement` with the bytes of each complete element, and
  /// `onOversizedElement` with the 0-based index of each element larger than `maxElementBytes`,
  /// which is skipped (memory stays bounded; the elements after it are read).
  public mutating func feed(
    _ bytes: some Sequence<UInt8>, onOversizedElement: (Int) throws -> Void = { _ in },
    onElement: (Data) throws -> Void
  ) throws {
    let fed: Void? = try bytes.withContiguousStorageIfAvailable { buffer in
      try feed(buffer, onOversizedElement, onElement)
    }
    if fed == nil {
      try Array(bytes).withUnsafeBufferPointer { try feed($0, onOversizedElement, onElement) }
    }
  }

  private mutating func feed(
    _ buffer: UnsafeBufferPointer<UInt8>, _ onOversizedElement: (Int) throws -> Void,
    _ onElement: (Data) throws -> Void
  ) throws {
    var index = 0
    while index < buffer.count {
      if state == .inElement, !escaped, let end = Self.endOfRun(in: buffer, from: index, inString: inString) {
        // A run of bytes that changes nothing but the element's content: kept at once.
        keep(UnsafeBufferPointer(rebasing: buffer[index..<end]))
        offset += end - index
        index = end
        continue
      }
      let byte = buffer[index]
      index += 1
      offset += 1
      switch state {
      case .done:
        offset += buffer.count - index
        return
      case .prefix:
        let found = locator.map { _ in locator?.feed(byte) == true } ?? (byte == UInt8(ascii: "["))
        if found {
          state = .betweenElements
          arraysFound += 1
        }
      case .betweenElements:
        switch byte {
        case UInt8(ascii: "]"): state = locator == nil ? .done : .prefix
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: ","):
          continue
        default:
          state = .inElement
          depth = 0
          try consume(byte, onOversizedElement, onElement)
        }
      case .inElement:
        try consume(byte, onOversizedElement, onElement)
      }
    }
  }

  /// The end of the run of bytes from `start` that need no look: up to the next quote or backslash
  /// inside a string, up to the next quote, bracket, brace or comma outside one; `nil` when the
  /// byte at `start` itself needs a look.
  private static func endOfRun(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, inString: Bool) -> Int?
  {
    var end = start
    if inString {
      while end < buffer.count, buffer[end] != UInt8(ascii: "\""), buffer[end] != UInt8(ascii: "\\") {
        end += 1
      }
    } else {
      scan: while end < buffer.count {
        switch buffer[end] {
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
          UInt8(ascii: ","):
          break scan
        default: end += 1
        }
      }
    }
    return end > start ? end : nil
  }

  private mutating func keep(_ byte: UInt8) {
    withUnsafePointer(to: byte) { keep(UnsafeBufferPointer(start: $0, count: 1)) }
  }

  /// Adds bytes to the element being read, unless it already outgrew `maxElementBytes`.
  private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !elementIsOversized else { return }
    element.append(contentsOf: bytes)
    if element.count > maxElementBytes {
      elementIsOversized = true
      element.removeAll(keepingCapacity: false)
    }
  }

  /// Ends the input.
  ///
  /// - Throws: ``NoArray`` when no `[` was seen; ``Truncated`` when the array was not closed.
  public func finish() throws {
    switch state {
    case .prefix: if arraysFound == 0 { throw NoArray() }
    case .done: return
    case .betweenElements, .inElement: throw Truncated(elementsRead: elementsRead, offset: offset)
    }
  }

  private mutating func consume(
    _ byte: UInt8, _ onOversizedElement: (Int) throws -> Void, _ onElement: (Data) throws -> Void
  ) throws {
    if inString {
      keep(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
    } else {
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        keep(byte)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        keep(byte)
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 0 {
          // A scalar element followed by the array's end.
          try emit(onOversizedElement, onElement)
          state = locator == nil ? .done : .prefix
          return
        }
        depth -= 1
        keep(byte)
        if depth == 0 { try emit(onOversizedElement, onElement) }
      case UInt8(ascii: ",") where depth == 0:
        try emit(onOversizedElement, onElement)
      default:
        keep(byte)
      }
    }
  }

  private mutating func emit(
    _ onOversizedElement: (Int) throws -> Void, _ onElement: (Data) throws -> Void
  ) throws {
    if elementIsOversized {
      elementIsOversized = false
      elementsRead += 1
      try onOversizedElement(elementsRead - 1)
    } else {
      let trimmed = element.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
      if !trimmed.isEmpty {
        elementsRead += 1
        try onElement(Data(trimmed))
      }
    }
    element.removeAll(keepingCapacity: true)
    if state == .inElement { state = .betweenElements }
  }
}
