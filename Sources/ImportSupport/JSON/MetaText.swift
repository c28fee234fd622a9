/// Repairs the mojibake in Meta's (Facebook and Instagram) JSON exports.
///
/// Meta writes every byte of a UTF-8 string as its own `\u00XX` escape, so `Radosław` arrives as
/// `RadosÅ\u{82}aw`. When every scalar of a string is at most U+00FF and those scalars, taken as
/// bytes, form valid UTF-8, the repaired text is that UTF-8; otherwise the string is left as it is
/// (so correctly encoded text, such as an already repaired file, is untouched).
public enum MetaText {
  /// The repaired string, or `text` itself when it needs no repair.
  public static func repair(_ text: String) -> String {
    var text = text
    // Read as UTF-8 bytes: U+0080 to U+00FF are the two bytes C2 or C3 and a continuation byte,
    // and any other lead byte is a scalar above U+00FF (the text is not mojibake).
    return text.withUTF8 { utf8 in
      guard let first = utf8.firstIndex(where: { $0 >= 0x80 }) else { return nil }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(utf8.count)
      bytes.append(contentsOf: utf8[..<first])
      var index = first
      while index < utf8.count {
        let byte = utf8[index]
        if byte < 0x80 {
          bytes.append(byte)
          index += 1
        } else if byte == 0xC2 || byte == 0xC3, index + 1 < utf8.count {
          bytes.append((byte & 0x03) << 6 | (utf8[index + 1] & 0x3F))
          index += 2
        } else {
          return nil
        }
      }
      return String(validating: bytes, as: UTF8.self)
    } ?? text
  }

  /// The repaired string, or `nil` when `text` is `nil`.
  public static func repair(_ text: String?) -> String? {
    text.map(repair)
  }
}
