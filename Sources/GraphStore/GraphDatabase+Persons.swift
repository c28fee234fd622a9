import GRDB
import RekindleModel

/// A person found in the store, with the keys of their identities.
public struct PersonMatch: Sendable {
  public var id: String
  public var displayName: String
  public var identities: [IdentityKey]
}

extension GraphDatabase {
  /// The persons a user's words name: a person id (`p-…`), else the persons with an identity
  /// whose display name, handle or native id equals `query` (ignoring case), else those where it
  /// appears as part of one.
  public func findPersons(_ query: String) throws -> [PersonMatch] {
    try read { db in
      let trimmed = query.trimmingCharacters(in: .whitespaces)
      let exact = try Self.personIds(
        db,
        sql: """
          SELECT DISTINCT personId FROM identity
          WHERE personId = ? OR lower(displayName) = lower(?) OR lower(handle) = lower(?) OR lower(nativeId) = lower(?)
          """, arguments: [trimmed, trimmed, trimmed, trimmed])
      let ids =
        exact.isEmpty
        ? try Self.personIds(
          db,
          sql: """
            SELECT DISTINCT personId FROM identity
            WHERE displayName LIKE ? ESCAPE '\\' OR handle LIKE ? ESCAPE '\\'
            """, arguments: [Self.likePattern(trimmed), Self.likePattern(trimmed)])
        : exact
      return try ids.map { id in
        let rows = try Row.fetchAll(
          db, sql: "SELECT platform, nativeId, idKind, displayName, handle FROM identity WHERE personId = ?",
          arguments: [id])
        let keys = rows.compactMap { row -> IdentityKey? in
          guard let platform = Platform(rawValue: row[0]), let kind = NativeIDKind(rawValue: row[2]) else {
            return nil
          }
          return IdentityKey(platform: platform, nativeId: row[1], kind: kind)
        }
        let name = rows.lazy.compactMap { $0[3] as String? }.first ?? rows.first.map { $0[1] as String } ?? id
        return PersonMatch(id: id, displayName: name, identities: keys)
      }
    }
  }

  private static func personIds(_ db: Database, sql: String, arguments: StatementArguments) throws -> [String]
  {
    try String.fetchAll(db, sql: sql + " ORDER BY personId LIMIT 50", arguments: arguments)
  }

  private static func likePattern(_ text: String) -> String {
    "%"
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
  }
}
