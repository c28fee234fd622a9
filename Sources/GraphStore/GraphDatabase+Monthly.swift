import Foundation
import GRDB

extension GraphDatabase {
  /// Messages, replies and calls per calendar month (`2024-03`) before `asOf`, with everyone: from
  /// the per-tie, per-day totals of the days before the cutoff's, and the interactions of its own
  /// day.
  public func monthlyInteractions(asOf: Date) throws -> [String: Int] {
    let cutoff = Self.milliseconds(asOf)
    let cutoffDay = TieDays.day(of: cutoff)
    return try read { db in
      var months: [String: Int] = [:]
      for query in [
        (
          """
          SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month, SUM(interactions) FROM tie_day
          WHERE day < ? AND kind IN ('message', 'reply', 'call') GROUP BY month
          """, [cutoffDay]
        ),
        (
          """
          SELECT strftime('%Y-%m', timestamp / 1000, 'unixepoch') AS month, COUNT(*) FROM interaction
          WHERE timestamp >= ? AND timestamp < ? AND kind IN ('message', 'reply', 'call') GROUP BY month
          """, [TieDays.start(ofDay: cutoffDay), cutoff]
        ),
      ] as [(String, StatementArguments)] {
        for row in try Row.fetchAll(db, sql: query.0, arguments: query.1) {
          months[row[0] as String, default: 0] += row[1] as Int
        }
      }
      return months
    }
  }

  /// Messages, replies and calls per calendar month before `asOf`, for each of `personIds`: from
  /// the per-tie, per-day totals of the days before the cutoff's, and the interactions of its own
  /// day.
  public func monthlyInteractions(asOf: Date, personIds: [String]) throws -> [String: [String: Int]] {
    guard !personIds.isEmpty else { return [:] }
    let cutoff = Self.milliseconds(asOf)
    let cutoffDay = TieDays.day(of: cutoff)
    let marks = Array(repeating: "?", count: personIds.count).joined(separator: ", ")
    let totals: (sql: String, arguments: StatementArguments) = (
      """
      SELECT i.personId, strftime('%Y-%m', t.day * 86400, 'unixepoch') AS month, SUM(t.interactions)
      FROM tie_day t JOIN identity i ON i.id = t.counterpartId
      WHERE t.day < ? AND t.kind IN ('message', 'reply', 'call') AND i.personId IN (\(marks))
      GROUP BY i.personId, month
      """, [cutoffDay] + StatementArguments(personIds)
    )
    let cutoffDayRows: (sql: String, arguments: StatementArguments) = (
      """
      SELECT i.personId, strftime('%Y-%m', x.timestamp / 1000, 'unixepoch') AS month, COUNT(*)
      FROM interaction x JOIN identity i ON i.id = x.counterpartId
      WHERE x.timestamp >= ? AND x.timestamp < ? AND x.kind IN ('message', 'reply', 'call')
        AND i.personId IN (\(marks))
      GROUP BY i.personId, month
      """, [TieDays.start(ofDay: cutoffDay), cutoff] + StatementArguments(personIds)
    )
    return try read { db in
      var result: [String: [String: Int]] = [:]
      for query in [totals, cutoffDayRows] {
        for row in try Row.fetchAll(db, sql: query.sql, arguments: query.arguments) {
          result[row[0] as String, default: [:]][row[1] as String, default: 0] += row[2] as Int
        }
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
