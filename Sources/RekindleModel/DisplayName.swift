/// Names as people see them: without the invisible characters that exports carry.
///
/// Real archives hold names made of format characters only (a run of U+206F, zero-width spaces
/// and joiners, bidi marks) or of blank-looking letters (U+3164 Hangul filler, U+2800 braille
/// blank): shown as they are, they make blank lines in a report.
public enum DisplayName {
  /// `name` without invisible and format characters (Unicode's default-ignorable code points,
  /// general category Cf, and the blank-looking letters U+3164, U+FFA0, U+115F, U+1160 and
  /// U+2800) and without surrounding whitespace; `nil` when nothing visible is left.
  ///
  /// A zero-width joiner between two emoji (`👩‍💻`) and variation selectors are kept: they are
  /// part of what is shown.
  public static func cleaned(_ name: String?) -> String? {
    guard let name else { return nil }
    if name.utf8.allSatisfy({ $0 >= 0x21 && $0 < 0x7F || $0 == 0x20 }) {
      // Plain ASCII: only the surrounding spaces can go.
      let trimmed = trimmedSpaces(Substring(name))
      return trimmed.isEmpty ? nil : String(trimmed)
    }
    let scalars = Array(name.unicodeScalars)
    var kept = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() where !isInvisible(scalar, in: scalars, at: index) {
      kept.append(scalar)
    }
    let trimmed = trimmedSpaces(Substring(String(kept)))
    return trimmed.isEmpty ? nil : String(trimmed)
  }

  /// True when `name` shows nothing once cleaned (empty, spaces, or invisible characters only).
  public static func isBlank(_ name: String?) -> Bool {
    cleaned(name) == nil
  }

  private static func isInvisible(_ scalar: Unicode.Scalar, in scalars: [Unicode.Scalar], at index: Int)
    -> Bool
  {
    switch scalar.value {
    case 0x3164, 0xFFA0, 0x115F, 0x1160, 0x2800: return true
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return false
    case 0x200D:
      // Joins emoji into one (a family, a profession): kept between two pictographs.
      guard index > 0, index + 1 < scalars.count else { return true }
      let before: Unicode.Scalar = scalars[index - 1]
      let after: Unicode.Scalar = scalars[index + 1]
      return !(before.properties.isEmoji && after.properties.isEmoji)
    default:
      let properties = scalar.properties
      return properties.generalCategory == .format || properties.isDefaultIgnorableCodePoint
        || (properties.generalCategory == .control)
    }
  }

  private static func trimmedSpaces(_ text: Substring) -> Substring {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let first = text.firstIndex(where: { !isSpace($0) }),
      let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return text[first...last]
  }
}
