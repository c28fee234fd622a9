import Foundation

/// Person names reduced to what identifies them: lowercase ASCII letters (diacritics removed and
/// other scripts transliterated), without credentials, generational suffixes, pronouns or emoji.
public struct PersonName: Equatable, Sendable {
  /// The name's words, normalized (`robert`, `muller`).
  public let tokens: [String]

  /// Credentials and suffixes dropped from names (`Goslee, CPA`, `Luis Gómez, MBA`, `Jr.`).
  static let suffixes: Set<String> = [
    "phd", "md", "mba", "cpa", "esq", "jr", "sr", "ii", "iii", "iv", "msc", "bsc", "ma", "ba", "pmp", "cfa",
    "dds",
    "rn", "mph", "llm", "jd", "dr", "prof", "mr", "mrs", "ms", "mx", "ing",
  ]

  /// Particles that belong to the family name (`van der Berg`, `de la Cruz`).
  static let particles: Set<String> = [
    "van", "der", "den", "de", "la", "le", "du", "da", "das", "dos", "del", "della", "di", "von", "zu", "ten",
    "ter",
    "bin", "ibn", "al", "el", "st",
  ]

  public init(_ text: String) {
    var cleaned = text
    if text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) {
      // Pronouns and notes in parentheses: `(She/Her)`.
      cleaned = ""
      var depth = 0
      for character in text {
        if character == "(" || character == "[" {
          depth += 1
        } else if character == ")" || character == "]" {
          depth = max(0, depth - 1)
        } else if depth == 0 {
          cleaned.append(character)
        }
      }
    }
    let ascii = Self.ascii(cleaned)
    let words: [String]
    if ascii.utf8.allSatisfy({ $0 < 0x80 }) {
      // Lowercase ASCII: words are runs of letters; apostrophes vanish (`O'Brien` → `obrien`).
      var found: [String] = []
      var word: [UInt8] = []
      for byte in ascii.utf8 {
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
          word.append(byte)
        } else if byte != UInt8(ascii: "'") && !word.isEmpty {
          found.append(String(decoding: word, as: UTF8.self))
          word.removeAll(keepingCapacity: true)
        }
      }
      if !word.isEmpty { found.append(String(decoding: word, as: UTF8.self)) }
      words = found
    } else {
      words = ascii.split { !$0.isLetter && $0 != "'" }.map { $0.filter { $0 != "'" } }
    }
    tokens = words.filter { !$0.isEmpty && !Self.suffixes.contains($0) }
  }

  /// Lowercase ASCII: `Müller` → `muller`, `Łukasz` → `lukasz`, `Владимир` → `vladimir`,
  /// `Straße` → `strasse`.
  static func ascii(_ text: String) -> String {
    // Most names are ASCII already, and most others Latin with diacritics: ICU's transform costs
    // microseconds per call, so those are folded through a table that ICU filled once.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    if text.unicodeScalars.allSatisfy({ $0.value < latinFoldingLimit }) {
      var result = ""
      result.reserveCapacity(text.utf8.count)
      for scalar in text.unicodeScalars {
        if scalar.value < 0x80 {
          result.unicodeScalars.append(scalar)
        } else {
          result += latinFolding[Int(scalar.value) - 0x80]
        }
      }
      return result.lowercased()
    }
    let transliterated =
      text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
      ?? text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    return transliterated.lowercased()
  }

  /// Latin letters with diacritics (U+0080 to U+024F) are folded through this table.
  private static let latinFoldingLimit: UInt32 = 0x250

  /// What ICU's `Any-Latin; Latin-ASCII; Lower` makes of each scalar from U+0080 below
  /// ``latinFoldingLimit`` (`Ü` → `u`, `ß` → `ss`, `Ł` → `l`, `ø` → `o`).
  private static let latinFolding: [String] = (0x80..<latinFoldingLimit).map { value in
    let text = Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    return text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? text
  }

  /// The first name, or `nil` for an empty name.
  public var first: String? { tokens.first }

  /// The family name with its particles (`van der berg`), or `nil` for a one-word name.
  public var family: String? { familyWords?.joined(separator: " ") }

  /// The family name as compared and blocked on: without spaces, and with the German spellings
  /// of umlauts folded (`van der Berg` → `vanderberg`, `Müller` and `Mueller` → `muller`); `nil`
  /// for a one-word name. ``familyCore`` drops the particles.
  public var familyKey: String? { familyWords.map { Self.folded($0.joined()) } }

  /// The family name without its particles (`van der Berg` → `berg`), folded as ``familyKey``.
  public var familyCore: String? {
    guard let words = familyWords else { return nil }
    let core = words.filter { !Self.particles.contains($0) }
    return Self.folded(core.isEmpty ? words.joined() : core.joined())
  }

  /// The words of the family name, with its particles.
  private var familyWords: ArraySlice<String>? {
    guard tokens.count >= 2 else { return nil }
    var start = tokens.count - 1
    while start > 1 && Self.particles.contains(tokens[start - 1]) { start -= 1 }
    return tokens[start...]
  }

  /// `ae`, `oe`, `ue` → `a`, `o`, `u` in lowercase ASCII.
  static func folded(_ text: String) -> String {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if byte == UInt8(ascii: "e"), let last = folded.last,
        last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u")
      {
        continue
      }
      folded.append(byte)
    }
    return String(decoding: folded, as: UTF8.self)
  }

  /// The name as one string (`robert muller`).
  public var normalized: String { tokens.joined(separator: " ") }

  /// The German transliteration of umlauts (`müller` → `mueller`), which exports write either way.
  public static func umlautVariant(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
      switch character {
      case "ä": result += "ae"
      case "ö": result += "oe"
      case "ü": result += "ue"
      case "ß": result += "ss"
      default: result.append(character)
      }
    }
    return ascii(result)
  }
}
