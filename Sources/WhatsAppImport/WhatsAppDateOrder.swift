import Foundation
import ImportSupport

/// The order of day, month and year in a chat's dates, which one line cannot tell (`01/02/24`):
/// it is inferred from the whole file.
enum WhatsAppDateOrder: Equatable {
  case dayMonthYear
  case monthDayYear
  case yearMonthDay

  /// Infers the order from every message line's date: a first field above 12 means day first, a
  /// second above 12 means month first; when no date decides, the order whose dates run forward
  /// most often wins (chats are in time order), with day first on a tie (most locales).
  static func infer(from dates: [(Int, Int, Int)], yearFirst: Bool) -> WhatsAppDateOrder {
    if yearFirst { return .yearMonthDay }
    if dates.contains(where: { $0.0 > 12 }) { return .dayMonthYear }
    if dates.contains(where: { $0.1 > 12 }) { return .monthDayYear }
    func backwardSteps(_ order: WhatsAppDateOrder) -> Int {
      let days = dates.compactMap { order.date($0, hour: 0, minute: 0, second: 0) }
      return zip(days, days.dropFirst()).filter { $0 > $1 }.count
    }
    return backwardSteps(.monthDayYear) < backwardSteps(.dayMonthYear) ? .monthDayYear : .dayMonthYear
  }

  /// The instant of a line's date and time, read as UTC (exports carry no zone).
  func date(_ fields: (Int, Int, Int), hour: Int, minute: Int, second: Int) -> Date? {
    let (year, month, day): (Int, Int, Int)
    switch self {
    case .dayMonthYear: (year, month, day) = (fields.2, fields.1, fields.0)
    case .monthDayYear: (year, month, day) = (fields.2, fields.0, fields.1)
    case .yearMonthDay: (year, month, day) = (fields.0, fields.1, fields.2)
    }
    return CivilTime.date(
      year: year < 100 ? 2000 + year : year, month: month, day: day, hour: hour, minute: minute,
      second: second)
  }
}
