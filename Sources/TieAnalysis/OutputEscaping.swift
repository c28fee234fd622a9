/// Escaping for the formats the reports and exports write.
public enum OutputEscaping {
  /// Text safe inside HTML, SVG and XML elements and attributes.
  public static func xml(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
  public static func csvField(_ field: String) -> String {
    field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
      ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
  }
}
