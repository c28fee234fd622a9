import Foundation
import RekindleModel

/// Plain words for the numbers behind an entry: "47 messages both ways on LinkedIn and Facebook,
/// 2019–2022; met 2 times in person; silent 3 years".
enum TieDescription {
  /// "47 messages both ways on LinkedIn and Facebook, 2019–2022".
  static func messages(_ tie: TieActivity) -> String? {
    guard tie.messages + tie.calls > 0 else { return nil }
    var parts: [String] = []
    let both = tie.messagesSent > 0 && tie.messagesReceived > 0
    parts.append("\(tie.messages) message\(tie.messages == 1 ? "" : "s")\(both ? " both ways" : "")")
    if tie.calls > 0 { parts[0] += " and \(tie.calls) call\(tie.calls == 1 ? "" : "s")" }
    let names = tie.spans.map(\.platform.inSentence)
    var text = parts[0] + " on " + list(names)
    if let first = tie.spans.map(\.first).min(), let last = tie.spans.map(\.last).max() {
      let from = year(first)
      let to = year(last)
      text += from == to ? ", \(from)" : ", \(from)–\(to)"
    }
    return text
  }

  /// "3 years", "5 months", "12 days".
  static func span(days: Int) -> String {
    if days >= 365 * 2 { return "\(days / 365) years" }
    if days >= 60 { return "\(days / 30) months" }
    return "\(days) day\(days == 1 ? "" : "s")"
  }

  static func list(_ items: [String], joinedBy conjunction: String = "and") -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
  }

  /// The Gregorian calendar in UTC, made once.
  static let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }()

  static func year(_ date: Date) -> Int { utcCalendar.component(.year, from: date) }

  static func day(_ date: Date) -> String {
    String(ISO8601DateFormatter().string(from: date).prefix(10))
  }
}
