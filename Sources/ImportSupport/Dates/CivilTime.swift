import Foundation

/// Builds dates from calendar fields in UTC without `DateFormatter`, which is slow and not
/// safe to share between threads.
public enum CivilTime {
  /// The instant of the given UTC calendar time, or `nil` when a field is out of range.
  public static func date(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    millisecond: Int = 0, offsetSeconds: Int = 0
  ) -> Date? {
    // Years beyond four digits are no date an export writes (and would overflow the arithmetic).
    guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
      (0...23).contains(hour),
      (0...59).contains(minute), (0...60).contains(second), (0...999).contains(millisecond)
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds
    return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1_000)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The month number of an English month name or abbreviation (`Jan`, `june`), or `nil`.
  public static func month(named name: Substring) -> Int? {
    let prefix = name.prefix(3).lowercased()
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    guard name.count >= 3, let index = months.firstIndex(of: prefix) else { return nil }
    return index + 1
  }
}
