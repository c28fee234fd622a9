import Foundation
import GRDB

extension GraphDatabase {
  /// Counts what the store holds, per platform, and lists the latest imports.
  public func status(recentImports: Int = 10) throws -> StoreStatus {
    try read { db in
      let persons = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0
      var platforms: [String: StoreStatus.PlatformCounts] = [:]
      func counts(_ platform: String) -> StoreStatus.PlatformCounts {
        platforms[platform]
          ?? .init(platform: platform, identities: 0, connections: 0, interactions: [:])
      }
      for row in try Row.fetchAll(db, sql: "SELECT platform, COUNT(*) FROM identity GROUP BY platform") {
        let platform: String = row[0]
        platforms[platform] = counts(platform)
        platforms[platform]?.identities = row[1]
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT i.platform, COUNT(*) FROM connection c JOIN identity i ON i.id = c.identityId GROUP BY i.platform
          """)
      {
        let platform: String = row[0]
        platforms[platform] = counts(platform)
        platforms[platform]?.connections = row[1]
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT platform, kind, SUM(interactions), MIN(firstAt), MAX(lastAt) FROM tie_day GROUP BY platform, kind
          """)
      {
        let platform: String = row[0]
        var entry = counts(platform)
        entry.interactions[row[1]] = row[2]
        let first = Date(timeIntervalSince1970: Double(row[3] as Int64) / 1000)
        let last = Date(timeIntervalSince1970: Double(row[4] as Int64) / 1000)
        entry.firstInteraction = min(entry.firstInteraction ?? first, first)
        entry.lastInteraction = max(entry.lastInteraction ?? last, last)
        platforms[platform] = entry
      }
      // The owner as people know them: a name, else a handle, else the account's id.
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT platform, displayName, handle, nativeId FROM owner_account
          ORDER BY displayName IS NULL, handle IS NULL, nativeId = ''
          """)
      {
        let platform: String = row[0]
        guard platforms[platform] != nil, platforms[platform]?.owner == nil else { continue }
        let name: String? = row[1]
        let handle: String? = row[2]
        let nativeId: String = row[3]
        platforms[platform]?.owner = name ?? handle.map { "@" + $0 } ?? (nativeId.isEmpty ? nil : nativeId)
      }
      let imports = try Row.fetchAll(
        db,
        sql: """
          SELECT location, platform, finishedAt, interactionsAdded, issues FROM import ORDER BY id DESC LIMIT ?
          """, arguments: [recentImports]
      ).map { row in
        StoreStatus.ImportRecord(
          location: row[0], platform: row[1],
          finishedAt: (row[2] as Int64?).map { Date(timeIntervalSince1970: Double($0) / 1000) },
          interactionsAdded: row[3], issues: row[4])
      }
      return StoreStatus(
        path: path, persons: persons, platforms: platforms.values.sorted { $0.platform < $1.platform },
        recentImports: imports)
    }
  }
}
