/// American Soundex of a folded name: its first letter and the codes of the next three consonant
/// sounds (`meyer` and `meer` M600, `varida` and `vairda` V630). A blocking key for family names
/// whose spelling differs in a way that keeps neither their first nor their last three letters.
enum Soundex {
  /// The code of the ASCII letters of `name` (other bytes are skipped), packed in a `UInt32`; 0
  /// when `name` has no ASCII letter.
  static func code(_ name: [UInt8]) -> UInt32 {
    var code: UInt32 = 0
    var length = 0
    var previous: UInt8 = 0
    for byte in name {
      let letter = byte | 0x20
      guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { continue }
      let digit = Self.digits[Int(letter - UInt8(ascii: "a"))]
      if length == 0 {
        code = UInt32(letter)
        length = 1
        previous = digit
        continue
      }
      // h and w do not separate two consonants of one code; vowels do.
      if letter == UInt8(ascii: "h") || letter == UInt8(ascii: "w") { continue }
      if digit != 0 && digit != previous {
        code = code << 8 | UInt32(digit)
        length += 1
        if length == 4 { break }
      }
      previous = digit
    }
    guard length > 0 else { return 0 }
    while length < 4 {
      code = code << 8 | UInt32(UInt8(ascii: "0"))
      length += 1
    }
    return code
  }

  /// The Soundex digit of each letter a–z (0 for vowels and y, h, w).
  private static let digits: [UInt8] = Array("01230120022455012623010202".utf8).map { $0 == 48 ? 0 : $0 }
}
