import Foundation
import GRDB

extension GraphDatabase {
  /// The changes imports found between exports of one platform, oldest first; with `since`, those
  /// seen from that date on.
  public func snapshotChanges(since: Date? = nil) throws -> [SnapshotChange] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT m.startedAt, c.kind, i.personId, COALESCE(i.displayName, '@' || i.handle, i.nativeId), i.platform,
            c.relation, c.before, c.after, m.location, c.importId, c.identityId,
            (SELECT COUNT(*) FROM change g
              WHERE g.importId = c.importId AND g.identityId = c.identityId AND g.kind = 'gone'),
            (SELECT COUNT(*) FROM connection k WHERE k.identityId = c.identityId AND k.goneImportId IS NULL)
          FROM change c JOIN identity i ON i.id = c.identityId JOIN import m ON m.id = c.importId
          WHERE m.startedAt >= ?
          ORDER BY m.startedAt, c.id
          """, arguments: [since.map(Self.milliseconds) ?? Int64.min])
      return rows.compactMap { row in
        guard let kind = SnapshotChange.Kind(rawValue: row[1]) else { return nil }
        let goneLists: Int = row[11]
        let listsLeft: Int = row[12]
        return SnapshotChange(
          date: Date(timeIntervalSince1970: Double(row[0] as Int64) / 1000), kind: kind, personId: row[2],
          displayName: row[3], platform: row[4], relation: row[5], before: row[6], after: row[7],
          possiblyDeactivated: kind == .gone && goneLists >= 2 && listsLeft == 0, archive: row[8] ?? "")
      }
    }
  }
}
