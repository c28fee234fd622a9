/// One content line of a vCard (RFC 6350) or an iCalendar file (RFC 5545):
/// `item1.EMAIL;TYPE=INTERNET:jane@example.com`, `ATTENDEE;CN="Doe, Jane":mailto:jane@example.com`.
public struct ContentLine: Equatable, Sendable {
  /// The group prefix (`item1`), if any.
  public var group: String?
  /// The property name, uppercased (`EMAIL`).
  public var name: String
  /// Parameters in order, names uppercased; vCard 2.1's bare parameters (`TEL;WORK;VOICE`) are
  /// read as `TYPE` values.
  public var parameters: [Parameter]
  /// The value, decoded (quoted-printable, charset) but not yet unescaped.
  public var rawValue: String

  /// A parameter: its uppercased name and its value as written.
  public struct Parameter: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(group: String?, name: String, parameters: [Parameter], rawValue: String) {
    self.group = group
    self.name = name
    self.parameters = parameters
    self.rawValue = rawValue
  }

  /// The value with vCard escapes (`\n`, `\,`, `\;`, `\\`) resolved.
  public var text: String { Self.unescape(Substring(rawValue)) }

  /// The structured value's components (`N`, `ORG`, `ADR`), split on unescaped `;`.
  public var components: [String] {
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

  /// The first value of the named parameter (case-insensitive), unquoted, commas kept
  /// (`CN="Doe, Jane"` → `Doe, Jane`).
  public func parameterValue(_ name: String) -> String? {
    parameters.first { $0.name == name.uppercased() }?.value.trimmingQuotes
  }

  /// The values of the named parameter (case-insensitive), comma lists split
  /// (`TYPE="voice,cell"` → `voice`, `cell`).
  public func parameter(_ name: String) -> [String] {
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
  public var trimmingQuotes: String {
    count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
  }
}
