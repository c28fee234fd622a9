import Foundation

/// Reads the dates Meta's HTML pages display, in the language the export was made in.
///
/// Facebook writes a display string in the account's language and time zone:
/// `Jan 01, 2025 10:00:00 am`, `ene 14, 2024 9:02:11pm` (Spanish), `avr 21, 2017 12:33:22am`
/// and `21 févr. 2017, 12:33` (French), `14. Januar 2024 um 21:02` (German), `11 Jul 2019, 14:05`
/// (the 2019 layout), `14 de janeiro de 2024 21:02` (Portuguese), `14 thg 1, 2024 9:02 CH`
/// (Vietnamese). The parser does not need to know the language: it finds the time (`h:mm` or
/// `h:mm:ss`, with a 12-hour marker), the month (a month name or abbreviation of any language in
/// ``MonthNames``, or Vietnamese `tháng N`), a four-digit year and the day; weekdays and
/// words such as `um`, `de`, `à` are passed over. Times are read as UTC.
public enum DisplayDate {
  /// The instant `text` displays, or `nil` when it names no month or no year.
  public static func parse(_ text: some StringProtocol) -> Date? {
    var tokens = Token.scan(String(text))
    guard !tokens.isEmpty else { return nil }
    var hour = 0
    var minute = 0
    var second = 0
    var offset = 0
    if let time = timeRange(in: tokens) {
      let numbers = tokens[time].compactMap(\.number)
      hour = numbers[0]
      minute = numbers[1]
      second = numbers.count > 2 ? numbers[2] : 0
      for index in time { tokens[index] = .used }
      if let meridiem = meridiem(after: time.upperBound, in: &tokens) {
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (meridiem == .pm ? 12 : 0)
      }
      offset = zoneOffset(in: &tokens)
    }
    guard let month = month(in: &tokens) else { return nil }
    var year: Int?
    var day: Int?
    for token in tokens {
      guard case .number(let value, let digits) = token else { continue }
      if digits == 4, year == nil {
        year = value
      } else if day == nil, digits <= 2, (1...31).contains(value) {
        day = value
      }
    }
    guard let year else { return nil }
    return CivilTime.date(
      year: year, month: month, day: day ?? 1, hour: hour, minute: minute, second: second,
      offsetSeconds: offset)
  }

  /// A run `number : number (: number)`, else `hh.mm` (Indonesian and Finnish write `21.02`):
  /// two-digit minutes, not followed by a third number as a day-month-year date would be.
  private static func timeRange(in tokens: [Token]) -> Range<Int>? {
    for separator in [Token.colon, .dot] {
      var index = 0
      while index + 2 < tokens.count {
        defer { index += 1 }
        guard tokens[index].number != nil, tokens[index + 1] == separator,
          case .number(let minutes, let digits) = tokens[index + 2]
        else { continue }
        var end = index + 3
        if separator == .dot {
          let followed = end + 1 < tokens.count && tokens[end] == .dot && tokens[end + 1].number != nil
          guard digits == 2, minutes < 60, (tokens[index].number ?? 99) < 24, !followed else { continue }
        } else if end + 1 < tokens.count, tokens[end] == .colon, tokens[end + 1].number != nil {
          end += 2
        }
        return index..<end
      }
    }
    return nil
  }

  private enum Meridiem { case am, pm }

  /// The 12-hour marker right after the time: `am`/`pm`, `a. m.`/`p. m.`, Vietnamese `SA`/`CH`,
  /// Turkish `ÖÖ`/`ÖS`, German `vorm.`/`nachm.`.
  private static func meridiem(after end: Int, in tokens: inout [Token]) -> Meridiem? {
    // The words after the time, passing over dots (`p. m.`).
    let words = tokens.indices.dropFirst(end).filter { tokens[$0] != .dot }.prefix(2)
    guard let first = words.first, let word = tokens[first].word else { return nil }
    let second = words.dropFirst().first
    let next = second.flatMap { tokens[$0].word }
    let result: Meridiem
    var taken = [first]
    switch word {
    case "am", "sa", "oo", "vorm", "vm": result = .am
    case "pm", "ch", "os", "nachm", "nm": result = .pm
    case "a" where next == "m", "p" where next == "m":
      result = word == "a" ? .am : .pm
      taken.append(second ?? first)
    default: return nil
    }
    for index in taken { tokens[index] = .used }
    return result
  }

  /// `UTC+01`, `GMT-05:00`: the offset in seconds east of UTC (0 without one).
  private static func zoneOffset(in tokens: inout [Token]) -> Int {
    guard let zone = tokens.firstIndex(where: { $0.word == "utc" || $0.word == "gmt" }),
      zone + 2 < tokens.count, tokens[zone + 1] == .plus || tokens[zone + 1] == .minus,
      let value = tokens[zone + 2].number
    else { return 0 }
    let sign = tokens[zone + 1] == .minus ? -1 : 1
    var seconds = value < 100 ? value * 3600 : (value / 100) * 3600 + (value % 100) * 60
    var end = zone + 3
    if end + 1 < tokens.count, tokens[end] == .colon, let minutes = tokens[end + 1].number, value < 100 {
      seconds += minutes * 60
      end += 2
    }
    for index in zone..<end { tokens[index] = .used }
    return sign * seconds
  }

  /// The month: Vietnamese `tháng N` (`thg N`, `Th01`), else the last word that names a month
  /// (a weekday abbreviation such as Spanish `mar` may come first).
  private static func month(in tokens: inout [Token]) -> Int? {
    for index in tokens.indices.dropLast() {
      guard let word = tokens[index].word, ["thang", "thg", "th"].contains(word),
        let value = tokens[index + 1].number, (1...12).contains(value)
      else { continue }
      tokens[index] = .used
      tokens[index + 1] = .used
      return value
    }
    guard let index = tokens.lastIndex(where: { $0.word.flatMap(MonthNames.month) != nil }),
      let month = tokens[index].word.flatMap(MonthNames.month)
    else { return nil }
    tokens[index] = .used
    return month
  }

  /// A piece of a display date: digits, a word (lowercased, accents folded), or a sign.
  private enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case colon, dot, plus, minus
    /// Taken by the time, the month or the zone.
    case used

    var number: Int? {
      if case .number(let value, _) = self { value } else { nil }
    }

    var word: String? {
      if case .word(let value) = self { value } else { nil }
    }

    static func scan(_ text: String) -> [Token] {
      var tokens: [Token] = []
      var digits = ""
      var letters = ""
      func flush() {
        if !digits.isEmpty {
          tokens.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count))
          digits = ""
        }
        if !letters.isEmpty {
          tokens.append(.word(MonthNames.folded(letters)))
          letters = ""
        }
      }
      for character in text {
        if character.isASCII, character.isNumber {
          if !letters.isEmpty { flush() }
          digits.append(character)
        } else if character.isLetter {
          if !digits.isEmpty { flush() }
          letters.append(character)
        } else {
          flush()
          switch character {
          case ":": tokens.append(.colon)
          case ".": tokens.append(.dot)
          case "+": tokens.append(.plus)
          case "-", "−": tokens.append(.minus)
          default: break
          }
        }
        if tokens.count > 40 { break }
      }
      flush()
      return tokens
    }
  }
}
