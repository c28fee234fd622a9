/// How much of a person's name a handle spells, the naming habits people keep across networks
/// (Zafarani & Liu 2013; Li et al. 2018): `sunita_mcdonald` spells first and family name,
/// `noahg360` a first name and the family initial, `jsmith` an initial and the family name,
/// `mcdonald88` the family name, `thesunita29` the first name alone.
///
/// Handles and names are compared as folded letters (``PersonName`` folding: lowercase ASCII,
/// `ae`/`oe`/`ue` as `a`/`o`/`u`), without digits and separators (`.`, `_`, `-`) and with the
/// habitual affixes (`the`, `real`, `its`, `official`, `iam`) taken off.
public enum HandleSpelling: Int, CaseIterable, Sendable {
  /// One side has no handle, or the other no full name.
  case unknown = 0
  /// First name (or a nickname of it) and family name, in either order.
  case firstAndFamily
  /// First name or nickname, then the beginning of the family name (`noahg`, `patl`, `dannyy`).
  case firstAndFamilyInitial
  /// The first initial and the family name, in either order (`jsmith`, `smithj`).
  case initialAndFamily
  /// The family name only (`mcdonald88`).
  case familyOnly
  /// The first name or nickname only (`thesunita29`): weak, and used only when one person of the
  /// network has that first name.
  case firstOnly
  /// Nothing of the name (`craft.orbit2`).
  case nothing

  /// Affixes people put around a name in a handle.
  static let prefixes: [[UInt8]] = ["the", "real", "its", "official", "iam"].map { Array($0.utf8) }
  static let suffixes: [[UInt8]] = ["official", "real"].map { Array($0.utf8) }

  /// Words a handle made of nothing else says nothing with (`user3000001930`, a platform's
  /// default).
  static let genericWords: Set<String> = [
    "user", "admin", "info", "contact", "hello", "mail", "official", "real",
  ]

  /// The letters of a handle that can spell a name: folded, digits and separators dropped
  /// (`Noah.G_360` → `noahg`); empty when fewer than three letters are left, or only a generic
  /// word (`user3000001930`).
  public static func letters(of handle: String) -> [UInt8] {
    let local = handle.split(separator: "@").first.map(String.init) ?? handle
    let letters = PersonName.ascii(local).utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    let word = String(decoding: letters, as: UTF8.self)
    guard !genericWords.contains(word) else { return [] }
    // Folding may shorten the letters (`zoe` → `zo`): counted after it.
    let folded = Array(PersonName.folded(word).utf8)
    return folded.count >= 3 ? folded : []
  }

  /// How `handle` spells the name whose normalized first name is `first` (``PersonName/first``)
  /// and family name `family` (``PersonName/familyKey``), nicknames of the first name included.
  public static func spelling(of handle: String, first: String, family: String) -> HandleSpelling {
    let spellings = firstNameForms(of: first).map { Array(PersonName.folded($0).utf8) }
    return level(letters(of: handle), firstSpellings: spellings, family: [Array(family.utf8)])
  }

  /// The ways a handle may write the first name `first`: the name itself, then its nicknames and
  /// formal forms in alphabetical order (the order of the `firstSpellings` the readings index).
  static func firstNameForms(of first: String) -> [String] {
    [first] + Nicknames.variants(of: first).subtracting([first]).sorted()
  }

  /// `letters` and, when it carries a habitual affix, `letters` without it.
  static func cores(_ letters: [UInt8]) -> [ArraySlice<UInt8>] {
    var cores: [ArraySlice<UInt8>] = []
    forEachCore(of: letters) {
      cores.append($0)
      return true
    }
    return cores
  }

  /// Calls `body` with each reading of `cores(_:)` in turn, without collecting them, until it
  /// returns false (this runs for every pair of identities compared).
  private static func forEachCore(of letters: [UInt8], _ body: (ArraySlice<UInt8>) -> Bool) {
    guard body(letters[...]) else { return }
    for prefix in prefixes where letters.count > prefix.count + 2 && letters.starts(with: prefix) {
      guard body(letters.dropFirst(prefix.count)) else { return }
    }
    for suffix in suffixes
    where letters.count > suffix.count + 2 && letters.suffix(suffix.count).elementsEqual(suffix) {
      guard body(letters.dropLast(suffix.count)) else { return }
    }
  }

  /// How the handle `letters` spells a name whose first name is written one of `firstSpellings`
  /// (the name and its nicknames, folded) and whose family name is `family` (folded; with and
  /// without particles). The best level any reading of the handle (``cores(_:)``) reaches.
  static func level(_ letters: [UInt8], firstSpellings: [[UInt8]], family: [[UInt8]]) -> HandleSpelling {
    reading(letters, firstSpellings: firstSpellings, family: family).level
  }

  /// ``level(_:firstSpellings:family:)``, with the index in `firstSpellings` of the first name the
  /// best reading spells (`nil` when it spells none): `dannyy862` spells Daniel Young through
  /// `danny`, and the chance that a stranger's name fits it is that of the names `danny` can be.
  static func reading(
    _ letters: [UInt8], firstSpellings: [[UInt8]], family: [[UInt8]]
  ) -> (level: HandleSpelling, first: Int?) {
    guard !letters.isEmpty, let initial = firstSpellings.first?.first else { return (.unknown, nil) }
    var best: (level: HandleSpelling, first: Int?) = (.nothing, nil)
    forEachCore(of: letters) { core in
      let found = reading(of: core, initial: initial, firstSpellings: firstSpellings, family: family)
      if found.level < best.level { best = found }
      return best.level != .firstAndFamily
    }
    return best
  }

  /// How one reading of a handle spells the name (``reading(_:firstSpellings:family:)``).
  private static func reading(
    of core: ArraySlice<UInt8>, initial: UInt8, firstSpellings: [[UInt8]], family: [[UInt8]]
  ) -> (level: HandleSpelling, first: Int?) {
    var best: (level: HandleSpelling, first: Int?) = (.nothing, nil)
    func note(_ level: HandleSpelling, _ first: Int?) {
      if level < best.level { best = (level, first) }
    }
    for familyName in family where familyName.count >= 2 {
      for (index, first) in firstSpellings.enumerated() where first.count >= 2 {
        if core.starts(with: first) {
          let rest = core.dropFirst(first.count)
          if rest.starts(with: familyName) {
            return (.firstAndFamily, index)
          } else if first.count >= 3, !rest.isEmpty, rest.count < familyName.count,
            familyName.starts(with: rest)
          {
            note(.firstAndFamilyInitial, index)
          } else if first.count >= 3, rest.isEmpty {
            note(.firstOnly, index)
          }
        }
        if core.starts(with: familyName) {
          let rest = core.dropFirst(familyName.count)
          if rest.elementsEqual(first) { return (.firstAndFamily, index) }
        }
      }
      if core.count == familyName.count + 1 {
        // `jsmith` and `smithj`.
        if core.first == initial && core.dropFirst().elementsEqual(familyName)
          || core.last == initial && core.dropLast().elementsEqual(familyName)
        {
          note(.initialAndFamily, nil)
        }
      }
      if familyName.count >= 4,
        core.starts(with: familyName) || core.suffix(familyName.count).elementsEqual(familyName)
      {
        note(.familyOnly, nil)
      }
    }
    return best
  }
}

extension HandleSpelling {
  /// Whether the handle spells a whole name: first and family name, first name and family
  /// initial, or initial and family name (the levels that count against a full name of its own).
  public var spellsFullName: Bool {
    self == .firstAndFamily || self == .firstAndFamilyInitial || self == .initialAndFamily
  }
}

extension HandleSpelling: Comparable {
  public static func < (lhs: HandleSpelling, rhs: HandleSpelling) -> Bool { lhs.rawValue < rhs.rawValue }
}
