/// Company names reduced to what identifies them: lowercase ASCII words without legal forms
/// (`Acme Robotics GmbH` → `acme robotics`, `ACME Robotics, Inc.` → `acme robotics`).
public enum CompanyName {
  /// Legal forms and filler words that exports add or drop at will (single letters, as in
  /// `S.A.`, are dropped too).
  static let legalForms: Set<String> = [
    "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "ag", "kg", "ug", "mbh", "co",
    "corp",
    "corporation", "company", "plc", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "pty",
    "sl", "kk", "the", "group", "holding", "holdings",
  ]

  /// The normalized company name, or `nil` when nothing identifying is left.
  public static func normalized(_ text: String) -> String? {
    let words = PersonName.ascii(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
      .filter { $0.count > 1 && !legalForms.contains($0) }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }
}
