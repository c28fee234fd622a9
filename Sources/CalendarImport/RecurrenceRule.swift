import Foundation

/// An iCalendar `RRULE` (RFC 5545 §3.3.10) for the frequencies calendars use: `DAILY`, `WEEKLY`
/// (with `BYDAY`), `MONTHLY` (with `BYMONTHDAY`, or `BYDAY` such as `2TU` or `-1FR`) and `YEARLY`,
/// with `INTERVAL`, `COUNT` and `UNTIL`.
struct RecurrenceRule: Equatable {
  enum Frequency: String {
    case daily = "DAILY"
    case weekly = "WEEKLY"
    case monthly = "MONTHLY"
    case yearly = "YEARLY"
  }

  /// A `BYDAY` entry: a weekday (1 = Sunday ... 7 = Saturday, as `Calendar` counts), with an
  /// optional ordinal (`2TU`: the second Tuesday; `-1FR`: the last Friday).
  struct Weekday: Equatable {
    var weekday: Int
    var ordinal: Int?
  }

  var frequency: Frequency
  var interval = 1
  var count: Int?
  var until: Date?
  var byDay: [Weekday] = []
  var byMonthDay: [Int] = []

  /// The most occurrences one event expands to, whatever its rule says.
  static let maximumOccurrences = 5_000

  private static let weekdays = ["SU": 1, "MO": 2, "TU": 3, "WE": 4, "TH": 5, "FR": 6, "SA": 7]

  /// Parses `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20261231T235959Z`; `nil` for frequencies
  /// it does not expand (`HOURLY` and finer), which are read as single events.
  init?(_ text: String, defaultZone: TimeZone) {
    var parts: [String: String] = [:]
    for part in text.split(separator: ";") {
      let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
      if pair.count == 2 { parts[pair[0].uppercased()] = pair[1] }
    }
    guard let frequency = parts["FREQ"].flatMap({ Frequency(rawValue: $0.uppercased()) }) else { return nil }
    self.frequency = frequency
    interval = max(1, parts["INTERVAL"].flatMap(Int.init) ?? 1)
    count = parts["COUNT"].flatMap(Int.init)
    until = parts["UNTIL"].flatMap { EventTime.parse($0, tzid: nil, defaultZone: defaultZone)?.date }
    byDay = (parts["BYDAY"] ?? "").split(separator: ",").compactMap { item in
      let code = String(item.suffix(2)).uppercased()
      guard let weekday = Self.weekdays[code] else { return nil }
      let prefix = item.dropLast(2)
      return Weekday(weekday: weekday, ordinal: prefix.isEmpty ? nil : Int(prefix))
    }
    byMonthDay = (parts["BYMONTHDAY"] ?? "").split(separator: ",").compactMap { Int($0) }
  }

  /// The occurrences of an event starting at `start`, in order, up to `limit` (the export date)
  /// and the rule's own `COUNT` and `UNTIL`.
  func occurrences(from start: EventTime, through limit: Date) -> [Date] {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = start.timeZone
    calendar.firstWeekday = 2
    let end = min(until ?? limit, limit)
    var result: [Date] = []
    var period = 0
    // Periods with no occurrence (a 31st in a short month) still count toward the stop test.
    var emptyPeriods = 0
    while result.count < (count ?? Self.maximumOccurrences), result.count < Self.maximumOccurrences,
      emptyPeriods < 1_000
    {
      let candidates = self.candidates(period: period * interval, start: start.date, calendar: calendar)
      period += 1
      guard let first = candidates.first else {
        emptyPeriods += 1
        continue
      }
      if first > end { break }
      for date in candidates where date >= start.date && date <= end {
        if let count, result.count >= count { break }
        result.append(date)
      }
      emptyPeriods = 0
    }
    return result
  }

  /// The dates of the `offset`-th period (day, week, month or year) after the start's, sorted.
  private func candidates(period offset: Int, start: Date, calendar: Calendar) -> [Date] {
    let time = calendar.dateComponents([.hour, .minute, .second], from: start)
    func at(_ day: Date) -> Date? {
      calendar.date(
        bySettingHour: time.hour ?? 0, minute: time.minute ?? 0, second: time.second ?? 0, of: day)
    }
    switch frequency {
    case .daily:
      return calendar.date(byAdding: .day, value: offset, to: start).map { [$0] } ?? []
    case .weekly:
      guard let week = calendar.date(byAdding: .weekOfYear, value: offset, to: start) else { return [] }
      guard !byDay.isEmpty, let interval = calendar.dateInterval(of: .weekOfYear, for: week) else {
        return [week]
      }
      return byDay.compactMap { day -> Date? in
        let shift = (day.weekday - calendar.firstWeekday + 7) % 7
        return calendar.date(byAdding: .day, value: shift, to: interval.start).flatMap(at)
      }.sorted()
    case .monthly:
      guard let month = calendar.date(byAdding: .month, value: offset, to: start),
        let monthInterval = calendar.dateInterval(of: .month, for: month),
        let days = calendar.range(of: .day, in: .month, for: month)
      else { return [] }
      let startDay = calendar.component(.day, from: start)
      var dates: [Date] = []
      if !byDay.isEmpty {
        for rule in byDay {
          let matching = days.compactMap { day -> Date? in
            guard let date = calendar.date(byAdding: .day, value: day - 1, to: monthInterval.start),
              calendar.component(.weekday, from: date) == rule.weekday
            else { return nil }
            return date
          }
          if let ordinal = rule.ordinal {
            let index = ordinal > 0 ? ordinal - 1 : matching.count + ordinal
            if matching.indices.contains(index), let date = at(matching[index]) { dates.append(date) }
          } else {
            dates += matching.compactMap(at)
          }
        }
      } else {
        for day in byMonthDay.isEmpty ? [startDay] : byMonthDay {
          let resolved = day > 0 ? day : days.count + day + 1
          guard days.contains(resolved),
            let date = calendar.date(byAdding: .day, value: resolved - 1, to: monthInterval.start).flatMap(at)
          else { continue }
          dates.append(date)
        }
      }
      return dates.sorted()
    case .yearly:
      guard let date = calendar.date(byAdding: .year, value: offset, to: start) else { return [] }
      // Feb 29 in a non-leap year has no occurrence (Calendar would move it to Feb 28).
      let sameDay =
        calendar.component(.day, from: date) == calendar.component(.day, from: start)
      return sameDay ? [date] : []
    }
  }
}
