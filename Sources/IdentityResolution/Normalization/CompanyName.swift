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
    // `McDonald's`, `O'Reilly`: an apostrophe joins, it does not split.
    let joined = text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
    return PersonName.ascii(joined).split { !$0.isLetter && !$0.isNumber }.map(String.init)
      .filter { $0.count > 1 && !legalForms.contains($0) }
  }
}
