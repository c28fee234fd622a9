import Foundation
import GRDB

extension GraphDatabase {
  /// The owner's tie with every person who has an identity in the store, from the interactions
  /// before `asOf` (meetings after it are kept as upcoming). Aggregated in SQL, one pass per kind
  /// of question, so that a store of millions of interactions answers in seconds.
  public func tieActivities(asOf: Date) throws -> [TieActivity] {
    let cutoff = Int64((asOf.timeIntervalSince1970 * 1000).rounded())
    return try read { db in
      var ties: [String: TieActivity] = [:]
      // Who: names, platforms, company and title, from the person's identities (oldest first).
      var personOf: [Int64: String] = [:]
      for row in try Row.fetchAll(
        db,
        sql:
          "SELECT id, personId, platform, displayName, handle, nativeId, company, title FROM identity ORDER BY id"
      ) {
        let personId: String = row[1]
        personOf[row[0]] = personId
        let platform: String = row[2]
        var tie =
          ties[personId]
          ?? TieActivity(
            personId: personId,
            displayName: (row[3] as String?) ?? (row[4] as String?).map { "@" + $0 } ?? row[5],
            platforms: [])
        if !tie.platforms.contains(platform) { tie.platforms.append(platform) }
        if tie.displayName.hasPrefix("@") || tie.displayName.contains("@")
          || tie.displayName.hasPrefix("http"),
          let name = row[3] as String?
        {
          tie.displayName = name
        }
        if tie.company == nil { tie.company = row[6] }
        if tie.title == nil { tie.title = row[7] }
        ties[personId] = tie
      }
      // Messages, replies, calls and mentions, by the counterpart identity (grouping by identity
      // needs no join per interaction; identities are folded into persons here).
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT counterpartId, platform, kind, direction, COUNT(*), MIN(timestamp), MAX(timestamp)
          FROM interaction
          WHERE counterpartId IS NOT NULL AND timestamp < ? AND kind IN ('message', 'reply', 'call', 'mention')
          GROUP BY counterpartId, platform, kind, direction
          """, arguments: [cutoff])
      {
        guard let personId = personOf[row[0]], var tie = ties[personId] else { continue }
        let platform: String = row[1]
        let kind: String = row[2]
        let sent = (row[3] as String) == "sent"
        let count: Int = row[4]
        let first = Self.date(row[5])
        let last = Self.date(row[6])
        switch kind {
        case "mention":
          tie.mentions += count
          ties[personId] = tie
          continue
        case "call": tie.calls += count
        default:
          if sent { tie.messagesSent += count } else { tie.messagesReceived += count }
          if kind == "reply" { tie.replies += count }
        }
        tie.firstInteraction = min(tie.firstInteraction ?? first, first)
        tie.lastInteraction = max(tie.lastInteraction ?? last, last)
        if let index = tie.spans.firstIndex(where: { $0.platform == platform }) {
          tie.spans[index].count += count
          tie.spans[index].first = min(tie.spans[index].first, first)
          tie.spans[index].last = max(tie.spans[index].last, last)
        } else {
          tie.spans.append(.init(platform: platform, count: count, first: first, last: last))
        }
        ties[personId] = tie
      }
      // The latest message, reply or call per identity (SQLite takes the other columns from the
      // row of the MAX), then per person.
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT counterpartId, platform, kind, direction, MAX(timestamp), text FROM interaction
          WHERE counterpartId IS NOT NULL AND timestamp < ? AND kind IN ('message', 'reply', 'call')
          GROUP BY counterpartId
          """, arguments: [cutoff])
      {
        guard let personId = personOf[row[0]] else { continue }
        let date = Self.date(row[4])
        if let known = ties[personId]?.last, known.date >= date { continue }
        ties[personId]?.last = .init(
          date: date, platform: row[1], kind: row[2], direction: row[3], text: row[5])
      }
      // Meetings, by every person invited.
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT i.personId, COALESCE(x.inPerson, 0), x.timestamp < ?1, COUNT(*), MIN(x.timestamp),
            MAX(x.timestamp), MIN(x.location)
          FROM interaction x JOIN interaction_participant p ON p.interactionId = x.id
          JOIN identity i ON i.id = p.identityId
          WHERE x.kind = 'meeting'
          GROUP BY i.personId, COALESCE(x.inPerson, 0), x.timestamp < ?1
          """, arguments: [cutoff])
      {
        let personId: String = row[0]
        guard var tie = ties[personId] else { continue }
        let inPerson: Bool = row[1]
        let past: Bool = row[2]
        let count: Int = row[3]
        let first = Self.date(row[4])
        let last = Self.date(row[5])
        if !past {
          if inPerson, tie.upcomingMeeting.map({ first < $0.date }) ?? true {
            tie.upcomingMeeting = .init(date: first, location: row[6])
          }
        } else if inPerson {
          tie.meetingsInPerson += count
          tie.lastMeetingInPerson = last
          tie.firstInteraction = min(tie.firstInteraction ?? first, first)
          tie.lastInteraction = max(tie.lastInteraction ?? last, last)
        } else {
          tie.meetingsOnline += count
        }
        ties[personId] = tie
      }
      return ties.values.map { tie in
        var tie = tie
        tie.platforms.sort()
        tie.spans.sort { $0.count == $1.count ? $0.platform < $1.platform : $0.count > $1.count }
        return tie
      }.sorted { $0.personId < $1.personId }
    }
  }

  private static func date(_ milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds) / 1000)
  }
}
