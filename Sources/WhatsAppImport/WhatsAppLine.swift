/// The start of one WhatsApp message line, in any of the platform and locale formats:
///
/// - Android: `12/03/2024, 09:14 - Priya Natarajan: text`
/// - Android, 12-hour, Spanish: `1/8/23, 9:05 p. m. - Mateo García: text`
/// - iOS: `[05.01.24, 10:02:15] Zoë Lindqvist: text` and `[2020-01-01, 12:00:01] Person 1: text`
///
/// Lines that do not start this way continue the previous message.
struct WhatsAppLine {
  /// The three numbers of the date, in file order (their order is inferred per file).
  var dateFields: (Int, Int, Int)
  /// True when the first date field has four digits (`2020-01-01`).
  var yearFirst: Bool
  var hour: Int
  var minute: Int
  var second: Int
  /// The sender, or `nil` for a system line (`Messages and calls are end-to-end encrypted`).
  var sender: String?
  var text: String

  /// Parses a line, or returns `nil` when it does not start a message.
  init?(_ raw: String) {
    var line = Substring(raw)
    while let first = line.first, first == "\u{200E}" || first == "\u{FEFF}" { line = line.dropFirst() }
    let bracketed = line.first == "["
    if bracketed { line = line.dropFirst() }
    // Date: three numbers separated by '/', '.' or '-'.
    var numbers: [Int] = []
    var firstDigits = 0
    for _ in 0..<3 {
      let digits = line.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
      if numbers.isEmpty { firstDigits = digits.count }
      numbers.append(value)
      line = line.dropFirst(digits.count)
      if numbers.count < 3 {
        guard let separator = line.first, "/.-".contains(separator) else { return nil }
        line = line.dropFirst()
      }
    }
    // Separator between date and time: ", " or " ".
    if line.first == "," { line = line.dropFirst() }
    guard line.first == " " else { return nil }
    line = line.drop { $0 == " " }
    // Time: h:mm or h:mm:ss, then an optional 12-hour marker.
    var time: [Int] = []
    while time.count < 3 {
      let digits = line.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, digits.count <= 2, let value = Int(digits) else { break }
      time.append(value)
      line = line.dropFirst(digits.count)
      if line.first == ":" { line = line.dropFirst() } else { break }
    }
    guard time.count >= 2 else { return nil }
    var hour = time[0]
    let (marker, rest) = Self.meridiem(line)
    line = rest
    if let marker {
      if marker == .pm && hour < 12 { hour += 12 }
      if marker == .am && hour == 12 { hour = 0 }
    }
    if bracketed {
      guard line.first == "]" else { return nil }
      line = line.dropFirst()
      guard line.first == " " else { return nil }
      line = line.dropFirst()
    } else {
      line = line.drop { $0 == " " || $0 == "\u{202F}" }
      guard line.hasPrefix("- ") else { return nil }
      line = line.dropFirst(2)
    }
    guard hour < 24, time[1] < 60 else { return nil }
    dateFields = (numbers[0], numbers[1], numbers[2])
    yearFirst = firstDigits == 4
    self.hour = hour
    minute = time[1]
    second = time.count > 2 ? time[2] : 0
    // "Name: text", or a system line.
    while let first = line.first, first == "\u{200E}" { line = line.dropFirst() }
    if let colon = line.range(of: ": "), !line[..<colon.lowerBound].contains("\u{200E}") {
      sender = String(line[..<colon.lowerBound])
      text = String(line[colon.upperBound...])
      // iOS writes system notices as the group's own lines, marked with U+200E ("‎Zoë added
      // you"); people's marked lines are media and deletions.
      if text.hasPrefix("\u{200E}") && !Self.isMediaOrDeletion(text) { sender = nil }
    } else {
      sender = nil
      text = String(line)
    }
  }

  /// True for the placeholders of media and deleted messages (`<Media omitted>`, `image omitted`,
  /// `<attached: ...>`, `This message was deleted`).
  static func isMediaOrDeletion(_ text: String) -> Bool {
    let lowered = text.replacingOccurrences(of: "\u{200E}", with: "").lowercased()
    return isMedia(lowered) || lowered.hasPrefix("this message was deleted")
      || lowered.hasPrefix("you deleted this message")
  }

  /// True for the placeholders of media, in lowercase text.
  static func isMedia(_ lowered: String) -> Bool {
    lowered.hasPrefix("<media omitted>") || lowered.hasSuffix(" omitted") || lowered.hasPrefix("<attached:")
      || lowered.hasSuffix("(file attached)")
  }

  private enum Meridiem { case am, pm }

  /// Reads an AM/PM marker in its spellings (`AM`, `pm`, `a. m.`, `p.m.`), after a space or a
  /// narrow no-break space.
  private static func meridiem(_ line: Substring) -> (Meridiem?, Substring) {
    let trimmed = line.drop { $0 == " " || $0 == "\u{202F}" || $0 == "\u{00A0}" }
    let letters = trimmed.prefix(6).lowercased().filter {
      $0 != "." && $0 != " " && $0 != "\u{202F}" && $0 != "\u{00A0}"
    }
    for (marker, word) in [(Meridiem.am, "am"), (Meridiem.pm, "pm")] where letters.hasPrefix(word) {
      // Consume the marker's characters: letters, dots and inner spaces.
      var rest = trimmed
      var consumed = 0
      while let first = rest.first, consumed < 2 || first == "." {
        if first.isLetter { consumed += 1 }
        rest = rest.dropFirst()
        while let next = rest.first, next == " " || next == "\u{202F}" || next == "\u{00A0}", consumed < 2 {
          rest = rest.dropFirst()
        }
      }
      return (marker, rest)
    }
    return (nil, line)
  }
}
