import Foundation
import GRDB

extension GraphDatabase {
  /// Messages, replies and calls per calendar month (`2024-03`) before `asOf`, with everyone.
  public func monthlyInteractions(asOf: Date) throws -> [String: Int] {
    try read { db in
      var months: [String: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT strftime('%Y-%m', timestamp / 1000, 'unixepoch') AS month, COUNT(*) FROM interaction
          WHERE timestamp < ? AND kind IN ('message', 'reply', 'call') GROUP BY month
          """, arguments: [Self.milliseconds(asOf)])
      {
        months[row[0] as String] = row[1]
      }
      return months
    }
  }

  /// Messages, replies and calls per calendar month before `asOf`, for each of `personIds`.
  public func monthlyInteractions(asOf: Date, personIds: [String]) throws -> [String: [String: Int]] {
    guard !personIds.isEmpty else { return [:] }
    return try read { db in
      var result: [String: [String: Int]] = [:]
      let marks = Array(repeating: "?", count: personIds.count).joined(separator: ", ")
      var arguments = StatementArguments([Self.milliseconds(asOf)])
      arguments += StatementArguments(personIds)
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT i.personId, strftime('%Y-%m', x.timestamp / 1000, 'unixepoch') AS month, COUNT(*)
          FROM interaction x JOIN identity i ON i.id = x.counterpartId
          WHERE x.timestamp < ? AND x.kind IN ('message', 'reply', 'call') AND i.personId IN (\(marks))
          GROUP BY i.personId, month
          """, arguments: arguments)
      {
        result[row[0] as String, default: [:]][row[1] as String] = row[2]
      }
      return result
    }
  }

  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  /// The date of a stored timestamp (milliseconds since 1970).
  static func date(_ milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds) / 1000)
  }
}
