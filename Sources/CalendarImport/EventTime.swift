import Foundation
import ImportSupport

/// A date-time of an iCalendar property (`DTSTART`, `DTEND`, `EXDATE`, `RECURRENCE-ID`): in UTC
/// (`20240315T101500Z`), in a named zone (`TZID=Europe/Lisbon:20240315T101500`), floating
/// (`20240315T101500`, read in the calendar's zone), or an all-day date (`VALUE=DATE:20240315`).
struct EventTime: Hashable {
  /// The instant (all-day dates: midnight in the event's zone).
  var date: Date
  /// The zone the time was given in; recurrences step in it, so 10:00 stays 10:00 across DST.
  var timeZone: TimeZone
  var isAllDay: Bool

  /// Parses a property's value, or `nil` when it is not a date or date-time.
  init?(_ line: ContentLine, defaultZone: TimeZone) {
    guard let first = Self.parse(line.rawValue, tzid: line.parameterValue("TZID"), defaultZone: defaultZone)
    else { return nil }
    self = first
  }

  init(date: Date, timeZone: TimeZone, isAllDay: Bool) {
    self.date = date
    self.timeZone = timeZone
    self.isAllDay = isAllDay
  }

  /// Every date of a comma-separated list (`EXDATE:20240101T100000Z,20240108T100000Z`).
  static func list(_ line: ContentLine, defaultZone: TimeZone) -> [EventTime] {
    line.rawValue.split(separator: ",").compactMap {
      parse(String($0), tzid: line.parameterValue("TZID"), defaultZone: defaultZone)
    }
  }

  static func parse(_ value: String, tzid: String?, defaultZone: TimeZone) -> EventTime? {
    let text = value.trimmed
    let digits = text.filter(\.isNumber)
    guard digits.count == 8 || digits.count == 14, let number = Int(digits.prefix(8)) else { return nil }
    let year = number / 10_000
    let month = number / 100 % 100
    let day = number % 100
    let isUTC = text.hasSuffix("Z")
    let zone: TimeZone =
      isUTC ? TimeZone(identifier: "UTC") ?? defaultZone : tzid.flatMap(Self.zone(named:)) ?? defaultZone
    var components = DateComponents(year: year, month: month, day: day)
    if digits.count == 14, let time = Int(digits.suffix(6)) {
      components.hour = time / 10_000
      components.minute = time / 100 % 100
      components.second = time % 100
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    guard (1...12).contains(month), (1...31).contains(day), let date = calendar.date(from: components) else {
      return nil
    }
    return EventTime(date: date, timeZone: zone, isAllDay: digits.count == 8)
  }

  /// An IANA zone, or the IANA zone of a common Windows zone name (Outlook and Exchange write
  /// those in `TZID`).
  static func zone(named name: String) -> TimeZone? {
    let trimmed = name.trimmingQuotes
    if let zone = TimeZone(identifier: trimmed) { return zone }
    return windowsZones[trimmed].flatMap(TimeZone.init(identifier:))
  }

  static let windowsZones: [String: String] = [
    "GMT Standard Time": "Europe/London", "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris", "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw", "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev", "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow", "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago", "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles", "E. South America Standard Time": "America/Sao_Paulo",
    "India Standard Time": "Asia/Kolkata", "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo", "Singapore Standard Time": "Asia/Singapore",
    "AUS Eastern Standard Time": "Australia/Sydney", "South Africa Standard Time": "Africa/Johannesburg",
    "UTC": "UTC",
  ]
}
