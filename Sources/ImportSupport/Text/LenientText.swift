/// Decodes text bytes whose encoding is not declared: UTF-8 when they are valid UTF-8, else
/// Windows-1252 (files re-saved by Excel or Outlook on Windows).
public enum LenientText {
  /// The bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8.
  public static func decode(_ bytes: [UInt8]) -> String {
    decode(bytes[...])
  }

  /// The bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8.
  public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    // ASCII, most fields of an export, is valid UTF-8: decoded without the generic validation
    // (about 1,100 instructions a field).
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return windows1252(bytes)
  }

  /// The bytes as Windows-1252 (a superset of the printable part of ISO-8859-1).
  public static func windows1252(_ bytes: some Sequence<UInt8>) -> String {
    String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(windows1252: $0) }))
  }
}

extension Unicode.Scalar {
  /// The character a Windows-1252 byte stands for.
  fileprivate init(windows1252 byte: UInt8) {
    let high: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
      0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
      0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    self = Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
