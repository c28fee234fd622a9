import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The owner's tie with every person who has an identity in the store, from the interactions
  /// before `asOf` (meetings after it are kept as upcoming). Messages, replies and calls are read
  /// from the per-tie, per-day totals (`tie_day`, kept by every import), so that millions of
  /// interactions answer in about a second; persons are sorted by id.
  public func tieActivities(asOf: Date) throws -> [TieActivity] {
    let cutoff = Self.milliseconds(asOf)
    return try read { db in
      var ties: [TieActivity] = []
      var positionOfPerson: [String: Int] = [:]
      var positionOfIdentity: [Int64: Int] = [:]
      var labels: [PersonLabel] = []
      var links: [[(identityId: Int64, url: String)]] = []
      // Who: names, platforms, company and title, from the person's identities (oldest first).
      let identities = try Row.fetchCursor(
        db,
        sql:
          "SELECT id, personId, platform, displayName, handle, nativeId, company, title, idKind FROM identity ORDER BY id"
      )
      while let row = try identities.next() {
        let personId: String = row[1]
        let platform: String = row[2]
        let position: Int
        if let known = positionOfPerson[personId] {
          position = known
        } else {
          position = ties.count
          positionOfPerson[personId] = position
          ties.append(TieActivity(personId: personId, displayName: "", platforms: []))
          labels.append(PersonLabel())
          links.append([])
        }
        positionOfIdentity[row[0]] = position
        labels[position].offer(
          platform: platform, nativeId: row[5], idKind: row[8], displayName: row[3], handle: row[4])
        if let key = IdentityKey(platform: platform, nativeId: row[5], idKind: row[8]),
          let url = ProfileLink.url(for: key, handle: row[4])
        {
          links[position].append((row[0], url))
        }
        if let platform = Platform(rawValue: platform), !ties[position].platforms.contains(platform) {
          ties[position].platforms.append(platform)
        }
        if ties[position].company == nil { ties[position].company = row[6] }
        if ties[position].title == nil { ties[position].title = row[7] }
      }
      for position in ties.indices {
        ties[position].displayName = labels[position].text ?? ties[position].personId
        ties[position].isNamed = labels[position].isName
      }
      // Messages, replies and calls, by the counterpart identity: the per-tie, per-day totals of
      // the days before the cutoff's, then the interactions of the cutoff's own day (a seek in the
      // time index); identities are folded into persons here.
      let cutoffDay = TieDays.day(of: cutoff)
      let totals: (sql: String, arguments: StatementArguments) = (
        """
        SELECT kind, counterpartId, direction, platform, SUM(interactions), MIN(firstAt), MAX(lastAt)
        FROM tie_day WHERE kind IN ('message', 'reply', 'call') AND day < ?
        GROUP BY counterpartId, kind, direction, platform ORDER BY kind, counterpartId, direction, platform
        """, [cutoffDay]
      )
      let cutoffDayRows: (sql: String, arguments: StatementArguments) = (
        """
        SELECT kind, counterpartId, direction, platform, COUNT(*), MIN(timestamp), MAX(timestamp)
        FROM interaction
        WHERE timestamp >= ? AND timestamp < ? AND kind IN ('message', 'reply', 'call') AND counterpartId IS NOT NULL
        GROUP BY kind, counterpartId, direction, platform ORDER BY kind, counterpartId, direction, platform
        """, [TieDays.start(ofDay: cutoffDay), cutoff]
      )
      for query in [totals, cutoffDayRows] {
        let groups = try Row.fetchCursor(db, sql: query.sql, arguments: query.arguments)
        while let row = try groups.next() {
          let identityId: Int64 = row[1]
          guard let position = positionOfIdentity[identityId],
            let kind = InteractionKind(rawValue: row[0]), let direction = Direction(rawValue: row[2]),
            let platform = Platform(rawValue: row[3])
          else { continue }
          let count: Int = row[4]
          let first = Self.date(row[5])
          let last = Self.date(row[6])
          if kind == .call {
            ties[position].calls += count
          } else {
            if direction == .sent {
              ties[position].messagesSent += count
            } else {
              ties[position].messagesReceived += count
            }
          }
          ties[position].firstInteraction = min(ties[position].firstInteraction ?? first, first)
          ties[position].lastInteraction = max(ties[position].lastInteraction ?? last, last)
          if ties[position].last.map({ last > $0.date }) ?? true {
            ties[position].last = .init(
              date: last, platform: platform, kind: kind, direction: direction, text: nil,
              identityId: identityId)
          }
          if let index = ties[position].spans.firstIndex(where: { $0.platform == platform }) {
            ties[position].spans[index].count += count
            ties[position].spans[index].first = min(ties[position].spans[index].first, first)
            ties[position].spans[index].last = max(ties[position].spans[index].last, last)
          } else {
            ties[position].spans.append(.init(platform: platform, count: count, first: first, last: last))
          }
        }
      }
      // Meetings, by every person invited (once per meeting, however many of their identities were).
      let meetings = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.personId, COALESCE(x.inPerson, 0), x.timestamp < ?1, COUNT(DISTINCT x.id), MIN(x.timestamp),
            MAX(x.timestamp), MIN(x.location)
          FROM interaction x JOIN interaction_participant p ON p.interactionId = x.id
          JOIN identity i ON i.id = p.identityId
          WHERE x.kind = 'meeting'
          GROUP BY i.personId, COALESCE(x.inPerson, 0), x.timestamp < ?1
          """, arguments: [cutoff])
      while let row = try meetings.next() {
        guard let position = positionOfPerson[row[0]] else { continue }
        let inPerson: Bool = row[1]
        let past: Bool = row[2]
        let count: Int = row[3]
        let first = Self.date(row[4])
        let last = Self.date(row[5])
        if !past {
          if inPerson, ties[position].upcomingMeeting.map({ first < $0.date }) ?? true {
            ties[position].upcomingMeeting = .init(date: first, location: row[6])
          }
        } else if inPerson {
          ties[position].meetingsInPerson += count
          ties[position].firstInteraction = min(ties[position].firstInteraction ?? first, first)
          ties[position].lastInteraction = max(ties[position].lastInteraction ?? last, last)
        } else {
          ties[position].meetingsOnline += count
        }
      }
      // Job changes between exports, the latest last.
      let jobs = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.personId, m.startedAt, c.before, c.after, i.company, i.title, c.afterCompany
          FROM change c JOIN identity i ON i.id = c.identityId JOIN import m ON m.id = c.importId
          WHERE c.kind = 'job' ORDER BY m.startedAt, c.id
          """)
      while let row = try jobs.next() {
        guard let position = positionOfPerson[row[0]] else { continue }
        ties[position].jobChange = .init(
          date: Self.date(row[1]), before: row[2], after: row[3], company: row[6])
        // The identity whose job changed says where the person works now.
        ties[position].company = row[4] ?? ties[position].company
        ties[position].title = row[5] ?? ties[position].title
      }
      for index in ties.indices {
        // The link of the account last written with, else of the first account that has one.
        let lastIdentity = ties[index].last?.identityId
        ties[index].profileURL =
          (links[index].first { $0.identityId == lastIdentity } ?? links[index].first)?.url
        ties[index].platforms.sort()
        ties[index].spans.sort { $0.count == $1.count ? $0.platform < $1.platform : $0.count > $1.count }
      }
      return ties.sorted { $0.personId < $1.personId }
    }
  }

  /// The texts of `lasts` (the latest messages of the persons a report lists), in order: one
  /// index seek each.
  public func lastMessageTexts(_ lasts: [TieActivity.LastInteraction]) throws -> [String?] {
    try read { db in
      let statement = try db.makeStatement(
        sql: """
          SELECT text FROM interaction
          WHERE kind = ? AND counterpartId = ? AND direction = ? AND platform = ? AND timestamp = ?
          ORDER BY id DESC LIMIT 1
          """)
      return try lasts.map { last in
        try String.fetchOne(
          statement,
          arguments: [
            last.kind.rawValue, last.identityId, last.direction.rawValue, last.platform.rawValue,
            Self.milliseconds(last.date),
          ])
      }
    }
  }
}

extension GraphDatabase {
  /// Fills the text of the latest message of the persons `personIds` among `ties` (the persons a
  /// report lists: reading every person's would cost a row per person).
  public func fillLastTexts(_ ties: inout [TieActivity], for personIds: Set<String>) throws {
    let indices = ties.indices.filter { personIds.contains(ties[$0].personId) && ties[$0].last != nil }
    let texts = try lastMessageTexts(indices.compactMap { ties[$0].last })
    for (index, text) in zip(indices, texts) { ties[index].last?.text = text }
  }
}

/// The reports read the store through ``TieStore``.
extension GraphDatabase: TieStore {}
