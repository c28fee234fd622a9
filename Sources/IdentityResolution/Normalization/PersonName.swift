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
    var cleaned = ""
    var depth = 0
    for character in text {
      // Pronouns and notes in parentheses: `(She/Her)`.
      if character == "(" || character == "[" {
        depth += 1
      } else if character == ")" || character == "]" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        cleaned.append(character)
      }
    }
    let ascii = Self.ascii(cleaned)
    tokens = ascii.split { !$0.isLetter && $0 != "'" }.map { $0.replacingOccurrences(of: "'", with: "") }
      .filter { !$0.isEmpty && !Self.suffixes.contains($0) }
  }

  /// Lowercase ASCII: `Müller` → `muller`, `Łukasz` → `lukasz`, `Владимир` → `vladimir`,
  /// `Straße` → `strasse`.
  static func ascii(_ text: String) -> String {
    // Most names are ASCII already: ICU's transform costs microseconds per call.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    let transliterated =
      text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
      ?? text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    return transliterated.lowercased()
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
  private static func folded(_ text: String) -> String {
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
