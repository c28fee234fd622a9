import Foundation
import GRDB
import RekindleModel

extension ResolutionRule {
  /// The rule's kind in the store.
  var kind: String {
    switch self {
    case .merge: "merge"
    case .split: "split"
    case .apart: "apart"
    }
  }
}

extension GraphDatabase {
  /// Stores a rule.
  public func add(_ rule: ResolutionRule) throws {
    let now = Int64(Date().timeIntervalSince1970 * 1000)
    do {
      try queue.write { db in
        switch rule {
        case .merge(let first, let second), .apart(let first, let second):
          try db.execute(
            sql: """
              INSERT INTO resolution_rule (kind, firstPlatform, firstNativeId, secondPlatform, secondNativeId, createdAt)
              VALUES (?, ?, ?, ?, ?, ?)
              """,
            arguments: [
              rule.kind, first.platform.rawValue, first.nativeId, second.platform.rawValue, second.nativeId,
              now,
            ])
        case .split(let identity):
          try db.execute(
            sql: """
              INSERT INTO resolution_rule (kind, firstPlatform, firstNativeId, createdAt) VALUES ('split', ?, ?, ?)
              """,
            arguments: [identity.platform.rawValue, identity.nativeId, now])
        }
      }
    } catch {
      throw StoreError(error, path: path, doing: "store a rule in")
    }
  }

  /// The rules as identity ids of the store (rules naming identities not imported yet are left
  /// for later): the pairs to merge, the identities to keep apart, and the pairs names must not
  /// join.
  public func rulesForResolution() throws -> (
    mustLink: [(Int64, Int64)], isolated: Set<Int64>, cannotLink: [(Int64, Int64)]
  ) {
    try read { db in
      var mustLink: [(Int64, Int64)] = []
      var isolated: Set<Int64> = []
      var cannotLink: [(Int64, Int64)] = []
      func id(_ platform: String?, _ nativeId: String?) throws -> Int64? {
        guard let platform, let nativeId else { return nil }
        return try Int64.fetchOne(
          db, sql: "SELECT id FROM identity WHERE platform = ? AND nativeId = ?",
          arguments: [platform, nativeId])
      }
      for row in try Row.fetchAll(
        db,
        sql:
          "SELECT kind, firstPlatform, firstNativeId, secondPlatform, secondNativeId FROM resolution_rule ORDER BY id"
      ) {
        let kind: String = row[0]
        guard let first = try id(row[1], row[2]) else { continue }
        if kind == "merge", let second = try id(row[3], row[4]) {
          mustLink.append((first, second))
          isolated.remove(first)
          isolated.remove(second)
        } else if kind == "split" {
          isolated.insert(first)
          mustLink.removeAll { $0.0 == first || $0.1 == first }
        } else if kind == "apart", let second = try id(row[3], row[4]) {
          cannotLink.append((first, second))
        }
      }
      return (mustLink, isolated, cannotLink)
    }
  }

  /// The identity with the given export id (`i-…`) or `platform:nativeId`, if any.
  public func identityKey(_ reference: String) throws -> IdentityKey? {
    try read { db in
      let rows = try Row.fetchAll(db, sql: "SELECT platform, nativeId, idKind FROM identity")
      for row in rows {
        let platform: String = row[0]
        let nativeId: String = row[1]
        if Self.identityId(platform: platform, nativeId: nativeId) == reference
          || "\(platform):\(nativeId)" == reference,
          let parsedPlatform = Platform(rawValue: platform), let kind = NativeIDKind(rawValue: row[2])
        {
          return IdentityKey(platform: parsedPlatform, nativeId: nativeId, kind: kind)
        }
      }
      return nil
    }
  }
}
