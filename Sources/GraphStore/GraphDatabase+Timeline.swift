import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The interactions with the person `personId` (messages, replies, calls per platform and year,
  /// and every meeting), oldest first.
  public func timeline(personId: String) throws -> PersonTimeline {
    try read { db in
      let years = try Row.fetchAll(
        db,
        sql: """
          SELECT t.platform, CAST(strftime('%Y', t.day * 86400, 'unixepoch') AS INTEGER) AS year,
            SUM(CASE WHEN t.kind IN ('message', 'reply') AND t.direction = 'sent' THEN t.interactions ELSE 0 END),
            SUM(CASE WHEN t.kind IN ('message', 'reply') AND t.direction = 'received' THEN t.interactions ELSE 0 END),
            SUM(CASE WHEN t.kind = 'call' THEN t.interactions ELSE 0 END)
          FROM tie_day t JOIN identity i ON i.id = t.counterpartId
          WHERE i.personId = ? AND t.kind IN ('message', 'reply', 'call')
          GROUP BY t.platform, year ORDER BY t.platform, year
          """, arguments: [personId]
      ).compactMap { row in
        Platform(rawValue: row[0]).map {
          PersonTimeline.Year(platform: $0, year: row[1], sent: row[2], received: row[3], calls: row[4])
        }
      }
      let meetings = try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT x.id, x.timestamp, x.platform, x.inPerson, x.location, x.text
          FROM interaction x JOIN interaction_participant p ON p.interactionId = x.id
          JOIN identity i ON i.id = p.identityId
          WHERE i.personId = ? AND x.kind = 'meeting' ORDER BY x.timestamp
          """, arguments: [personId]
      ).compactMap { row in
        Platform(rawValue: row[2]).map {
          PersonTimeline.Meeting(
            date: Date(timeIntervalSince1970: Double(row[1] as Int64) / 1000), platform: $0, inPerson: row[3],
            location: row[4], title: row[5])
        }
      }
      return PersonTimeline(years: years, meetings: meetings)
    }
  }
}
