/// Repairs the mojibake in Meta's (Facebook and Instagram) JSON exports.
///
/// Meta writes every byte of a UTF-8 string as its own `\u00XX` escape, so `Radosław` arrives as
/// `RadosÅ\u{82}aw`. When every scalar of a string is at most U+00FF and those scalars, taken as
/// bytes, form valid UTF-8, the repaired text is that UTF-8; otherwise the string is left as it is
/// (so correctly encoded text, such as an already repaired file, is untouched).
public enum MetaText {
  /// The repaired string, or `text` itself when it needs no repair.
  public static func repair(_ text: String) -> String {
    var needsRepair = false
    for scalar in text.unicodeScalars {
      if scalar.value > 0xFF { return text }
      if scalar.value >= 0x80 { needsRepair = true }
    }
    guard needsRepair else { return text }
    let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    return String(validating: bytes, as: UTF8.self) ?? text
  }

  /// The repaired string, or `nil` when `text` is `nil`.
  public static func repair(_ text: String?) -> String? {
    text.map(repair)
  }
}
