/// Scans JSON bytes for the array at a path of object keys (`["chats", "list"]` finds the array
/// in `{"chats": {"list": [...]}}`), tracking strings, escapes and nesting without building
/// anything; only the keys of the levels on the path are kept.
struct JSONPathLocator {
  private enum Container { case object, array }
  let path: [String]
  private var containers: [Container] = []
  private var keys: [String?] = []
  private var inString = false
  private var escaped = false
  private var capturing = false
  private var buffer: [UInt8] = []
  private var lastString: String?

  init(path: [String]) {
    self.path = path
  }

  /// Reads one byte; returns true when it is the `[` that opens the array at the path. The
  /// locator then expects the caller to consume the array and call ``arrayClosed()``.
  mutating func feed(_ byte: UInt8) -> Bool {
    if inString {
      if escaped {
        escaped = false
        if capturing { buffer.append(byte) }
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
        if capturing { buffer.append(byte) }
      } else if byte == UInt8(ascii: "\"") {
        inString = false
        if capturing { lastString = String(decoding: buffer, as: UTF8.self) }
      } else if capturing {
        buffer.append(byte)
      }
      return false
    }
    switch byte {
    case UInt8(ascii: "\""):
      inString = true
      capturing = containers.count <= path.count && containers.last == .object
      buffer.removeAll(keepingCapacity: true)
      lastString = nil
    case UInt8(ascii: ":"):
      if containers.last == .object, !keys.isEmpty { keys[keys.count - 1] = lastString }
    case UInt8(ascii: "{"):
      containers.append(.object)
      keys.append(nil)
    case UInt8(ascii: "["):
      if isAtPath { return true }
      containers.append(.array)
      keys.append(nil)
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      if !containers.isEmpty {
        containers.removeLast()
        keys.removeLast()
      }
    default:
      break
    }
    return false
  }

  private var isAtPath: Bool {
    guard containers.count == path.count, containers.allSatisfy({ $0 == .object }) else { return false }
    return zip(keys, path).allSatisfy { $0 == $1 }
  }
}
