import GRDB
import RekindleModel

/// A person found in the store, with the keys of their identities (oldest first).
public struct PersonMatch: Sendable {
  public var id: String
  public var displayName: String
  public var identities: [IdentityKey]
}

/// Why a person is made of the identities it has, and who was kept apart.
public struct PersonExplanation: Sendable {
  /// One identity of the person.
  public struct Member: Sendable {
    public var id: String
    public var platform: String
    public var nativeId: String
    public var displayName: String?
  }

  /// A merge: two identities (by export id) and the evidence (`email:…`, `phone:…`, a handle,
  /// `rule:merge`).
  public struct Link: Sendable {
    public var first: String
    public var second: String
    public var evidence: String
  }

  /// A person with the same name who was not merged.
  public struct NearMiss: Sendable {
    public var personId: String
    public var displayName: String
    public var platform: String
  }

  public var person: PersonMatch
  public var members: [Member]
  public var links: [Link]
  public var nearMisses: [NearMiss]
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
          db,
          sql:
            "SELECT platform, nativeId, idKind, displayName, handle FROM identity WHERE personId = ? ORDER BY id",
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

  /// The identities of a person, the evidence that joined them, and the persons of the same name
  /// that were kept apart.
  public func explain(_ person: PersonMatch) throws -> PersonExplanation {
    try read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, platform, nativeId, displayName FROM identity WHERE personId = ? ORDER BY id",
        arguments: [person.id])
      var exportIds: [Int64: String] = [:]
      let members = rows.map { row -> PersonExplanation.Member in
        let platform: String = row[1]
        let nativeId: String = row[2]
        let id = Self.identityId(platform: platform, nativeId: nativeId)
        exportIds[row[0]] = id
        return .init(id: id, platform: platform, nativeId: nativeId, displayName: row[3])
      }
      let links = try Row.fetchAll(db, sql: "SELECT firstId, secondId, key FROM merge_evidence").compactMap {
        row -> PersonExplanation.Link? in
        guard let first = exportIds[row[0]], let second = exportIds[row[1]] else { return nil }
        return .init(first: first, second: second, evidence: row[2])
      }
      let names = Set(members.compactMap { $0.displayName?.lowercased() })
      var nearMisses: [PersonExplanation.NearMiss] = []
      for name in names.sorted() {
        for row in try Row.fetchAll(
          db,
          sql:
            "SELECT personId, displayName, platform FROM identity WHERE lower(displayName) = ? AND personId != ?",
          arguments: [name, person.id])
        {
          nearMisses.append(.init(personId: row[0], displayName: row[1], platform: row[2]))
        }
      }
      return PersonExplanation(person: person, members: members, links: links, nearMisses: nearMisses)
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
