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
          SELECT x.platform, CAST(strftime('%Y', x.timestamp / 1000, 'unixepoch') AS INTEGER) AS year,
            SUM(x.kind IN ('message', 'reply') AND x.direction = 'sent'),
            SUM(x.kind IN ('message', 'reply') AND x.direction = 'received'), SUM(x.kind = 'call')
          FROM interaction x JOIN identity i ON i.id = x.counterpartId
          WHERE i.personId = ? AND x.kind IN ('message', 'reply', 'call')
          GROUP BY x.platform, year ORDER BY x.platform, year
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
