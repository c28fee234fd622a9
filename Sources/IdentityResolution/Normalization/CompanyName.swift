/// Company names reduced to what identifies them: lowercase ASCII words without legal forms
/// (`Acme Robotics GmbH` → `acme robotics`, `ACME Robotics, Inc.` → `acme robotics`,
/// `The Procter & Gamble Company` → `procter gamble`).
public enum CompanyName {
  /// Legal forms and filler words that exports add or drop at will (single letters, as in
  /// `S.A.`, are dropped too, and `and`, which `&` spells).
  static let legalForms: Set<String> = [
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "ag", "kg", "ug", "mbh", "co",
    "corp",
    "corporation", "company", "plc", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "pty",
    "sl", "kk", "the", "group", "holding", "holdings", "and",
  ]

  /// The normalized company name, or `nil` when nothing identifying is left.
  public static func normalized(_ text: String) -> String? {
    let words = words(text)
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// The words of the normalized name, in order (empty when nothing identifying is left).
  public static func words(_ text: String) -> [String] {
    // `McDonald's`, `O'Reilly`: an apostrophe joins, it does not split. (On scalars and bytes:
    // Foundation's `replacingOccurrences` and `Character` splits are slow on Linux, and this runs
    // for every identity resolved.)
    let apostrophes: Set<Unicode.Scalar> = ["'", "’"]
    var joined = text
    if text.unicodeScalars.contains(where: apostrophes.contains) {
      joined = String(String.UnicodeScalarView(text.unicodeScalars.filter { !apostrophes.contains($0) }))
    }
    let ascii = PersonName.ascii(joined)
    let pieces: [String]
    if ascii.utf8.allSatisfy({ $0 < 0x80 }) {
      let isWordByte = { (byte: UInt8) in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      }
      pieces = ascii.utf8.split { !isWordByte($0) }.map { String(decoding: $0, as: UTF8.self) }
    } else {
      pieces = ascii.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    return pieces.filter { $0.count > 1 && !legalForms.contains($0) }
  }
}
