import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// Sets (or with `nil` clears) the keep-in-touch cadence of the person who has `identity`.
  public func setCadence(days: Int?, for identity: IdentityKey) throws {
    try write { db in
      if let days {
        try db.execute(
          sql: "INSERT OR REPLACE INTO person_cadence (platform, nativeId, days) VALUES (?, ?, ?)",
          arguments: [identity.platform.rawValue, identity.nativeId, days])
      } else {
        try db.execute(
          sql: "DELETE FROM person_cadence WHERE platform = ? AND nativeId = ?",
          arguments: [identity.platform.rawValue, identity.nativeId])
      }
    }
  }

  /// Sets (or with `nil` clears) the keep-in-touch cadence of everyone tagged `tag`.
  public func setCadence(days: Int?, forTag tag: String) throws {
    try write { db in
      if let days {
        try db.execute(
          sql: "INSERT OR REPLACE INTO tag_cadence (tag, days) VALUES (?, ?)", arguments: [tag, days])
      } else {
        try db.execute(sql: "DELETE FROM tag_cadence WHERE tag = ?", arguments: [tag])
      }
    }
  }

  /// Tags (or with `remove`, untags) the person who has `identity`.
  public func setTag(_ tag: String, for identity: IdentityKey, remove: Bool = false) throws {
    try write { db in
      try db.execute(
        sql: remove
          ? "DELETE FROM person_tag WHERE platform = ? AND nativeId = ? AND tag = ?"
          : "INSERT OR IGNORE INTO person_tag (platform, nativeId, tag) VALUES (?, ?, ?)",
        arguments: [identity.platform.rawValue, identity.nativeId, tag])
    }
  }

  /// Every person with a cadence (their own, else the shortest of their tags'), with the latest
  /// interaction before `asOf` of any kind, on any platform, with any of their identities
  /// (messages, replies, calls, reactions, mentions, invitations, meetings online or in person,
  /// meetings logged with `met`), most overdue first.
  public func keepInTouch(asOf: Date) throws -> [KeepInTouch] {
    let cutoff = Self.milliseconds(asOf)
    return try read { db in
      struct Person {
        var label = PersonLabel()
        var identities: [Int64] = []
        var tags: Set<String> = []
        var ownCadence: Int?
      }
      var persons: [String: Person] = [:]
      var personOfKey: [String: String] = [:]
      let identities = try Row.fetchCursor(
        db,
        sql:
          "SELECT id, personId, platform, nativeId, displayName, idKind, handle FROM identity ORDER BY id"
      )
      while let row = try identities.next() {
        let personId: String = row[1]
        persons[personId, default: Person()].identities.append(row[0])
        persons[personId]?.label.offer(
          platform: row[2], nativeId: row[3], idKind: row[5], displayName: row[4], handle: row[6])
        personOfKey[(row[2] as String) + " " + (row[3] as String)] = personId
      }
      for row in try Row.fetchAll(db, sql: "SELECT platform, nativeId, tag FROM person_tag") {
        guard let personId = personOfKey[(row[0] as String) + " " + (row[1] as String)] else { continue }
        persons[personId]?.tags.insert(row[2])
      }
      for row in try Row.fetchAll(db, sql: "SELECT platform, nativeId, days FROM person_cadence") {
        guard let personId = personOfKey[(row[0] as String) + " " + (row[1] as String)] else { continue }
        let days: Int = row[2]
        let known = persons[personId]?.ownCadence ?? days
        persons[personId]?.ownCadence = min(known, days)
      }
      let tagCadences = try Dictionary(
        Row.fetchAll(db, sql: "SELECT tag, days FROM tag_cadence").map { ($0[0] as String, $0[1] as Int) },
        uniquingKeysWith: { first, _ in first })
      // The latest interaction of an identity: per kind, among the interactions of the cutoff's
      // own day (a seek in the time index), else in the per-tie, per-day totals of the days
      // before; and one seek through the participants (meetings and group messages).
      let cutoffDay = TieDays.day(of: cutoff)
      let latestOnCutoffDay = try db.makeStatement(
        sql: """
          SELECT platform, timestamp FROM interaction
          WHERE timestamp >= ? AND timestamp < ? AND kind = ? AND counterpartId = ?
          ORDER BY timestamp DESC LIMIT 1
          """)
      // (With MAX, SQLite gives the other columns of the row that holds the maximum.)
      let latestBeforeCutoffDay = try db.makeStatement(
        sql: "SELECT platform, MAX(lastAt) FROM tie_day WHERE counterpartId = ? AND kind = ? AND day < ?")
      let latestAsParticipant = try db.makeStatement(
        sql: """
          SELECT x.platform, x.kind, x.timestamp FROM interaction_participant p JOIN interaction x ON x.id = p.interactionId
          WHERE p.identityId = ? AND x.timestamp < ? ORDER BY x.timestamp DESC LIMIT 1
          """)
      var list: [KeepInTouch] = []
      for (personId, person) in persons {
        // The shortest cadence of the person's tags (by name on a tie).
        var fromTags: (tag: String, days: Int)?
        for tag in person.tags.sorted() {
          guard let days = tagCadences[tag] else { continue }
          if days < fromTags?.days ?? Int.max { fromTags = (tag, days) }
        }
        let cadence: (days: Int, source: String)
        if let own = person.ownCadence {
          cadence = (own, "person")
        } else if let fromTags {
          cadence = (fromTags.days, "tag:" + fromTags.tag)
        } else {
          continue
        }
        var latest: (date: Int64, platform: String, kind: String)?
        func consider(_ date: Int64, _ platform: String, _ kind: String) {
          if date > latest?.date ?? Int64.min { latest = (date, platform, kind) }
        }
        for identity in person.identities {
          for kind in InteractionKind.allCases {
            if let row = try Row.fetchOne(
              latestOnCutoffDay,
              arguments: [TieDays.start(ofDay: cutoffDay), cutoff, kind.rawValue, identity])
            {
              consider(row[1], row[0], kind.rawValue)
            } else if let row = try Row.fetchOne(
              latestBeforeCutoffDay, arguments: [identity, kind.rawValue, cutoffDay]),
              let date = row[1] as Int64?
            {
              consider(date, row[0], kind.rawValue)
            }
          }
          let row = try Row.fetchOne(latestAsParticipant, arguments: [identity, cutoff])
          if let row { consider(row[2], row[0], row[1]) }
        }
        list.append(
          KeepInTouch(
            personId: personId, displayName: person.label.text ?? personId, cadenceDays: cadence.days,
            cadenceSource: cadence.source, tags: person.tags.sorted(),
            lastInteraction: latest.map { Date(timeIntervalSince1970: Double($0.date) / 1000) },
            lastPlatform: latest.flatMap { Platform(rawValue: $0.platform) },
            lastKind: latest.flatMap { InteractionKind(rawValue: $0.kind) }, asOf: asOf))
      }
      return list.sorted {
        ($0.overdueDays ?? Int.max, $1.personId) > ($1.overdueDays ?? Int.max, $0.personId)
      }
    }
  }
}
