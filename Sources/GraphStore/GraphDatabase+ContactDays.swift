import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// Sets `TieActivity.contactDays` of the persons `personIds` among `ties`: the number of
  /// distinct days (UTC) before `asOf` on which the owner exchanged a message, reply or call with
  /// the person either way, or met them in person. One index seek per identity; the rows read are
  /// those persons' interactions.
  public func fillContactDays(_ ties: inout [TieActivity], for personIds: Set<String>, asOf: Date) throws {
    guard !personIds.isEmpty else { return }
    let cutoff = Self.milliseconds(asOf)
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
      let exchanges = try db.makeStatement(
        sql: """
          SELECT timestamp FROM interaction
          WHERE kind IN ('message', 'reply', 'call') AND counterpartId = ? AND timestamp < ?
          """)
      let meetings = try db.makeStatement(
        sql: """
          SELECT x.timestamp FROM interaction_participant p JOIN interaction x ON x.id = p.interactionId
          WHERE p.identityId = ? AND x.kind = 'meeting' AND x.inPerson = 1 AND x.timestamp < ?
          """)
      for (personId, position) in positions {
        var days = Set<Int64>()
        for identity in identitiesOfPerson[personId] ?? [] {
          for statement in [exchanges, meetings] {
            let timestamps = try Int64.fetchCursor(statement, arguments: [identity, cutoff])
            while let timestamp = try timestamps.next() {
              days.insert(timestamp.dividedRoundingDown(by: 86_400_000))
            }
          }
        }
        ties[position].contactDays = days.count
      }
    }
  }
}

extension Int64 {
  /// The quotient rounded towards negative infinity (days before 1970 stay whole days).
  fileprivate func dividedRoundingDown(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return self % divisor < 0 ? quotient - 1 : quotient
  }
}
