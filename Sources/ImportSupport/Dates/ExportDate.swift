import Foundation

/// Parses the date formats that social-network exports write, in every era.
///
/// Dates without a zone (LinkedIn's `1/8/18, 6:14 PM`) are read as UTC. All parsers accept
/// leading and trailing spaces and return `nil` for text they do not recognize.
public enum ExportDate {
  /// Parses any of the formats below, trying each in turn.
  ///
  /// - `2024-03-05 14:02:11 UTC` and `2021/08/11 11:00:31 UTC`
  /// - `2021-09-15T06:00:28.597Z`, `2018-10-16T12:00:00+00:00` (ISO 8601)
  /// - `20 Dec 2021`, `18-Jun-24`, `Dec 2021`
  /// - `1/8/18, 6:14 PM`, `12/24/23, 05:28 AM`, `6/17/23` (US month/day/year)
  /// - `Tue Jan 31 09:01:52 +0000 2017` (Twitter/X) and `Tue Jun 20 12:25:51 UTC 2023`
  public static func parse(_ text: some StringProtocol) -> Date? {
    if let date = text.utf8.withContiguousStorageIfAvailable(timestampUTC) ?? nil { return date }
    let trimmed = text.trimmed
    guard let first = trimmed.first else { return nil }
    if first.isLetter { return parseWeekdayFirst(trimmed) ?? parseMonthYear(trimmed) }
    return parseNumeric(trimmed) ?? parseDayMonthYear(trimmed)
  }

  /// `2024-03-05 14:02:11 UTC` (or with `/`) exactly, the form LinkedIn writes for every message,
  /// read by position: the same date the numeric reading below gives, without tokenizing. `nil`
  /// for any other text (which the general readings then try).
  private static func timestampUTC(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    guard bytes.count == 23, bytes[4] == bytes[7],
      bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
      bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: " "), bytes[20] == UInt8(ascii: "U"), bytes[21] == UInt8(ascii: "T"),
      bytes[22] == UInt8(ascii: "C")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
    else { return nil }
    return CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
  }

  /// Reads the numbers in `text` and the ASCII words between them, scanning UTF-8 bytes.
  private static func tokens(_ text: String) -> (numbers: [Int], words: [Substring], hasPM: Bool) {
    var numbers: [Int] = []
    numbers.reserveCapacity(8)
    var words: [Substring] = []
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte >= 0x30 && byte <= 0x39 {
        var value = 0
        while index < utf8.endIndex, utf8[index] >= 0x30 && utf8[index] <= 0x39 {
          // Longer runs of digits than a timestamp's saturate instead of wrapping around.
          value = min(value &* 10 &+ Int(utf8[index] - 0x30), 1 << 40)
          index = utf8.index(after: index)
        }
        numbers.append(value)
      } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
        let start = index
        while index < utf8.endIndex, (utf8[index] | 0x20) >= 0x61 && (utf8[index] | 0x20) <= 0x7A {
          index = utf8.index(after: index)
        }
        words.append(text[start..<index])
      } else {
        index = utf8.index(after: index)
      }
    }
    let hasPM = words.contains { $0.count == 2 && $0.uppercased() == "PM" }
    return (numbers, words, hasPM)
  }

  private static func twelveHour(_ hour: Int, words: [Substring], pm: Bool) -> Int {
    let meridiem = words.contains { ["AM", "PM"].contains($0.uppercased()) }
    guard meridiem else { return hour }
    if pm { return hour == 12 ? 12 : hour + 12 }
    return hour == 12 ? 0 : hour
  }

  /// `yyyy-MM-dd HH:mm:ss UTC`, `yyyy/MM/dd ...`, ISO 8601, and US `M/d/yy, h:mm a`.
  private static func parseNumeric(_ text: String) -> Date? {
    let (numbers, words, pm) = tokens(text)
    guard numbers.count >= 3 else { return nil }
    if text.utf8.contains(UInt8(ascii: "/")), numbers[0] < 100, !text.utf8.contains(UInt8(ascii: "-")) {
      // US order: month/day/year, then an optional time.
      let year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
      let hour = numbers.count > 3 ? twelveHour(numbers[3], words: words, pm: pm) : 0
      return CivilTime.date(
        year: year, month: numbers[0], day: numbers[1], hour: hour,
        minute: numbers.count > 4 ? numbers[4] : 0, second: numbers.count > 5 ? numbers[5] : 0)
    }
    guard numbers[0] >= 1000 else { return nil }
    var offset = 0
    var millisecond = 0
    if numbers.count > 6, text.utf8.contains(UInt8(ascii: "T")) {
      // ISO 8601: fraction after '.', then an optional +hh:mm offset.
      var position = 6
      if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) > 10 {
        let digits = text[text.index(after: dot)...].prefix { $0.isNumber }
        millisecond = Int(String(digits.prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        position = 7
      }
      if numbers.count >= position + 2 {
        let sign = text.utf8.dropFirst(19).contains(UInt8(ascii: "-")) ? -1 : 1
        offset = sign * (numbers[position] * 3600 + numbers[position + 1] * 60)
      } else if numbers.count == position + 1 {
        let value = numbers[position]
        let sign = text.utf8.dropFirst(19).contains(UInt8(ascii: "-")) ? -1 : 1
        offset = sign * ((value / 100) * 3600 + (value % 100) * 60)
      }
    }
    return CivilTime.date(
      year: numbers[0], month: numbers[1], day: numbers[2],
      hour: numbers.count > 3 ? numbers[3] : 0, minute: numbers.count > 4 ? numbers[4] : 0,
      second: numbers.count > 5 ? numbers[5] : 0, millisecond: millisecond, offsetSeconds: offset)
  }

  /// `20 Dec 2021`, `18-Jun-24`, `02 Jun 2022`.
  private static func parseDayMonthYear(_ text: String) -> Date? {
    let (numbers, words, _) = tokens(text)
    guard numbers.count >= 2, let monthWord = words.first, let month = CivilTime.month(named: monthWord)
    else { return nil }
    let year = numbers[1] < 100 ? 2000 + numbers[1] : numbers[1]
    return CivilTime.date(year: year, month: month, day: numbers[0])
  }

  /// `Dec 2021`, `May 07, 2022 08:00 AM`.
  private static func parseMonthYear(_ text: String) -> Date? {
    let (numbers, words, pm) = tokens(text)
    guard let monthWord = words.first, let month = CivilTime.month(named: monthWord) else { return nil }
    if numbers.count == 1 { return CivilTime.date(year: numbers[0], month: month, day: 1) }
    guard numbers.count >= 2 else { return nil }
    let hour = numbers.count > 2 ? twelveHour(numbers[2], words: words, pm: pm) : 0
    // Seconds only when the first time reads h:mm:ss (not a second time after a dash).
    var hasSeconds = false
    if let colon = text.firstIndex(of: ":") {
      let after = text[text.index(after: colon)...]
      hasSeconds = after.count > 3 && after.dropFirst(2).first == ":"
    }
    return CivilTime.date(
      year: numbers[1], month: month, day: numbers[0], hour: hour,
      minute: numbers.count > 3 ? numbers[3] : 0, second: hasSeconds && numbers.count > 4 ? numbers[4] : 0)
  }

  /// `Tue Jan 31 09:01:52 +0000 2017` and `Tue Jun 20 12:25:51 UTC 2023`.
  private static func parseWeekdayFirst(_ text: String) -> Date? {
    let (numbers, words, _) = tokens(text)
    guard words.count >= 2, let month = CivilTime.month(named: words[1]), numbers.count >= 5 else {
      return nil
    }
    var offset = 0
    if numbers.count >= 6 {
      let value = numbers[4]
      let sign = text.utf8.contains(UInt8(ascii: "-")) ? -1 : 1
      offset = sign * ((value / 100) * 3600 + (value % 100) * 60)
    }
    return CivilTime.date(
      year: numbers[numbers.count - 1], month: month, day: numbers[0], hour: numbers[1],
      minute: numbers[2], second: numbers[3], offsetSeconds: offset)
  }
}
