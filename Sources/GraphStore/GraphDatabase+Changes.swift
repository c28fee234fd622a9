import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The changes imports found between exports of one platform, oldest first; with `since`, those
  /// seen from that date on.
  public func snapshotChanges(since: Date? = nil) throws -> [SnapshotChange] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT m.startedAt, c.kind, i.personId, i.displayName, i.platform,
            c.relation, c.before, c.after, m.location, c.importId, c.identityId,
            (SELECT COUNT(*) FROM change g
              WHERE g.importId = c.importId AND g.identityId = c.identityId AND g.kind = 'gone'),
            (SELECT COUNT(*) FROM connection k WHERE k.identityId = c.identityId AND k.goneImportId IS NULL),
            i.nativeId, i.idKind, i.handle
          FROM change c JOIN identity i ON i.id = c.identityId JOIN import m ON m.id = c.importId
          WHERE m.startedAt >= ?
          ORDER BY m.startedAt, c.id
          """, arguments: [since.map(Self.milliseconds) ?? Int64.min])
      // A connection gone from one identity and new for another of the same person, in one import,
      // is the same connection under a new key (exports of different eras key people
      // differently): not a change.
      var moves: [String: Int] = [:]
      func move(_ row: Row) -> String? {
        let kind: String = row[1]
        guard kind == "new" || kind == "gone" else { return nil }
        return "\(row[9] as Int64) \(row[2] as String) \(row[5] as String? ?? "")"
      }
      for row in rows {
        guard let key = move(row) else { continue }
        moves[key, default: 0] |= (row[1] as String) == "new" ? 1 : 2
      }
      return rows.compactMap { row in
        if let key = move(row), moves[key] == 3 { return nil }
        guard let kind = SnapshotChange.Kind(rawValue: row[1]), let platform = Platform(rawValue: row[4])
        else {
          return nil
        }
        let goneLists: Int = row[11]
        let listsLeft: Int = row[12]
        return SnapshotChange(
          date: Date(timeIntervalSince1970: Double(row[0] as Int64) / 1000), kind: kind, personId: row[2],
          displayName: IdentityLabel.label(
            platform: row[4], nativeId: row[13], idKind: row[14], displayName: row[3], handle: row[15]),
          platform: platform, relation: row[5], before: row[6], after: row[7],
          possiblyDeactivated: kind == .gone && goneLists >= 2 && listsLeft == 0, archive: row[8] ?? "")
      }
    }
  }
}
