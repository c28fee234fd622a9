import Foundation

/// Finds a small object near the start of a large JSON document (`"personal_information": {...}`
/// in a Telegram export) in its first bytes, without reading the rest.
public enum JSONObjectPrefix {
  /// Decodes the object under `key` at the top level of `head` (the document's first bytes), or
  /// `nil` when `head` does not hold that whole object.
  public static func decode<T: Decodable>(_ type: T.Type, key: String, in head: Data) throws -> T? {
    let bytes = [UInt8](head)
    let needle = Array("\"\(key)\"".utf8)
    guard let keyStart = bytes.firstRange(of: needle)?.lowerBound,
      let open = bytes[(keyStart + needle.count)...].firstIndex(of: UInt8(ascii: "{"))
    else { return nil }
    var depth = 0
    var inString = false
    var escaped = false
    for index in open..<bytes.count {
      let byte = bytes[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x22: inString = true
      case UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "}"):
        depth -= 1
        // The prefix is at most the head read for recognition: the standard limits hold it.
        if depth == 0 { return try JSONEntryReader().decode(type, from: Data(bytes[open...index])) }
      default: break
      }
    }
    return nil
  }
}
