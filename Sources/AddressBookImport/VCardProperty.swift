/// One property (content line) of a vCard: `item1.EMAIL;TYPE=INTERNET:jane@example.com`.
struct VCardProperty: Equatable {
  /// The group prefix (`item1`), if any.
  var group: String?
  /// The property name, uppercased (`EMAIL`).
  var name: String
  /// Parameters in order, names uppercased; vCard 2.1's bare parameters (`TEL;WORK;VOICE`) are
  /// read as `TYPE` values.
  var parameters: [(name: String, value: String)]
  /// The value, decoded (quoted-printable, charset) but not yet unescaped.
  var rawValue: String

  static func == (lhs: VCardProperty, rhs: VCardProperty) -> Bool {
    lhs.group == rhs.group && lhs.name == rhs.name && lhs.rawValue == rhs.rawValue
      && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
      && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
  }

  /// The value with vCard escapes (`\n`, `\,`, `\;`, `\\`) resolved.
  var text: String { Self.unescape(Substring(rawValue)) }

  /// The structured value's components (`N`, `ORG`, `ADR`), split on unescaped `;`.
  var components: [String] {
    var parts: [String] = []
    var current = Substring(rawValue).startIndex
    var index = current
    var escaped = false
    while index < rawValue.endIndex {
      let character = rawValue[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ";" {
        parts.append(Self.unescape(rawValue[current..<index]))
        current = rawValue.index(after: index)
      }
      index = rawValue.index(after: index)
    }
    parts.append(Self.unescape(rawValue[current...]))
    return parts
  }

  /// The values of the named parameter (case-insensitive), comma lists split.
  func parameter(_ name: String) -> [String] {
    parameters.filter { $0.name == name.uppercased() }
      .flatMap { $0.value.trimmingQuotes.split(separator: ",").map { String($0).trimmingQuotes } }
  }

  static func unescape(_ text: Substring) -> String {
    guard text.contains("\\") else { return String(text) }
    var output = ""
    var escaped = false
    for character in text {
      if escaped {
        switch character {
        case "n", "N": output.append("\n")
        default: output.append(character)
        }
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        output.append(character)
      }
    }
    return output
  }
}

extension String {
  /// The string without surrounding double quotes (`"a,b"` → `a,b`).
  var trimmingQuotes: String {
    count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
  }
}
