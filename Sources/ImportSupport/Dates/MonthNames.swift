import Foundation

/// Month names and their abbreviations in the languages Meta's exports are made in: English,
/// Spanish, French, German, Portuguese, Italian, Dutch, Indonesian, Turkish and Polish (Vietnamese
/// numbers its months: see ``DisplayDate``). Compared lowercased, without accents and without a
/// trailing dot.
public enum MonthNames {
  /// The full names of each month, January first, in every language (lowercased, accents folded).
  static let fullNames: [[String]] = [
    [
      "january", "enero", "janvier", "januar", "janner", "janeiro", "gennaio", "januari", "ocak", "styczen",
      "stycznia",
    ],
    [
      "february", "febrero", "fevrier", "februar", "fevereiro", "febbraio", "februari", "subat", "luty",
      "lutego",
    ],
    ["march", "marzo", "mars", "marz", "marco", "maart", "maret", "mart", "marzec", "marca"],
    ["april", "abril", "avril", "aprile", "nisan", "kwiecien", "kwietnia"],
    ["may", "mayo", "mai", "maio", "maggio", "mei", "mayis", "maj", "maja"],
    ["june", "junio", "juin", "juni", "junho", "giugno", "haziran", "czerwiec", "czerwca"],
    ["july", "julio", "juillet", "juli", "julho", "luglio", "temmuz", "lipiec", "lipca"],
    ["august", "agosto", "aout", "augustus", "agustus", "agustos", "sierpien", "sierpnia"],
    [
      "september", "septiembre", "setiembre", "septembre", "setembro", "settembre", "eylul", "wrzesien",
      "wrzesnia",
    ],
    [
      "october", "octubre", "octobre", "oktober", "outubro", "ottobre", "ekim", "pazdziernik", "pazdziernika",
    ],
    ["november", "noviembre", "novembre", "novembro", "nopember", "kasim", "listopad", "listopada"],
    [
      "december", "diciembre", "decembre", "dezember", "dezembro", "dicembre", "desember", "aralik",
      "grudzien",
      "grudnia",
    ],
  ]

  /// Abbreviations that are not the start of a full name (`mrt`, `mrz`, `agt`, `ags`).
  static let irregularAbbreviations: [String: Int] = ["mrz": 3, "mrt": 3, "agt": 8, "ags": 8, "nop": 11]

  private static let monthOfFullName: [String: Int] = {
    var result: [String: Int] = [:]
    for (index, names) in fullNames.enumerated() {
      for name in names { result[name] = index + 1 }
    }
    return result
  }()

  /// The month (1 to 12) that `word` names, folded as ``folded(_:)`` folds: a full name, an
  /// irregular abbreviation, or at least three letters that begin names of one month only (`jan`,
  /// `févr`, `juil`, `sept`; not `jui`, which begins both `juin` and `juillet`).
  public static func month(_ word: String) -> Int? {
    if let month = monthOfFullName[word] ?? irregularAbbreviations[word] { return month }
    guard word.count >= 3 else { return nil }
    var found: Int?
    for (index, names) in fullNames.enumerated() where names.contains(where: { $0.hasPrefix(word) }) {
      guard found == nil else { return nil }
      found = index + 1
    }
    return found
  }

  /// `word` lowercased, without accents (`févr` → `fevr`, `Şub` → `sub`, `Kasım` → `kasim`,
  /// `paź` → `paz`).
  public static func folded(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "ł", with: "l")
  }
}
