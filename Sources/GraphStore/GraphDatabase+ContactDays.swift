import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// Sets `TieActivity.contactDays` of the persons `personIds` among `ties`: the number of
  /// distinct days (UTC) before `asOf` on which the owner exchanged a message, reply or call with
  /// the person either way, or met them in person. The days come from the per-tie, per-day totals
  /// (one seek per identity); meetings from the identity's participations.
  public func fillContactDays(_ ties: inout [TieActivity], for personIds: Set<String>, asOf: Date) throws {
    guard !personIds.isEmpty else { return }
    let cutoff = Self.milliseconds(asOf)
    let cutoffDay = TieDays.day(of: cutoff)
    let positions = Dictionary(
      ties.indices.filter { personIds.contains(ties[$0].personId) }.map { (ties[$0].personId, $0) },
      uniquingKeysWith: { first, _ in first })
    try read { db in
      var identitiesOfPerson: [String: [Int64]] = [:]
      let identities = try Row.fetchCursor(db, sql: "SELECT id, personId FROM identity")
      while let row = try identities.next() {
        let personId: String = row[1]
        if positions[personId] != nil { identitiesOfPerson[personId, default: []].append(row[0]) }
      }
      // The cutoff's own day counts when an exchange of that day came before the cutoff.
      let exchangeDays = try db.makeStatement(
        sql: """
          SELECT DISTINCT day FROM tie_day
          WHERE counterpartId = ? AND kind IN ('message', 'reply', 'call') AND (day < ? OR (day = ? AND firstAt < ?))
          """)
      let meetings = try db.makeStatement(
        sql: """
          SELECT x.timestamp FROM interaction_participant p JOIN interaction x ON x.id = p.interactionId
          WHERE p.identityId = ? AND x.kind = 'meeting' AND x.inPerson = 1 AND x.timestamp < ?
          """)
      for (personId, position) in positions {
        var days = Set<Int64>()
        for identity in identitiesOfPerson[personId] ?? [] {
          let exchanged = try Int64.fetchCursor(
            exchangeDays, arguments: [identity, cutoffDay, cutoffDay, cutoff])
          while let day = try exchanged.next() { days.insert(day) }
          let met = try Int64.fetchCursor(meetings, arguments: [identity, cutoff])
          while let timestamp = try met.next() { days.insert(TieDays.day(of: timestamp)) }
        }
        ties[position].contactDays = days.count
      }
    }
  }
}
