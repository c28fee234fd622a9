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
    public var platform: Platform
    public var nativeId: String
    public var displayName: String?
    /// The account's public profile address, where it has one (`ProfileLink`).
    public var profileURL: String?
  }

  /// A merge: two identities (by export id) and what it rests on.
  public struct Link: Sendable {
    public var first: String
    public var second: String
    public var evidence: MergeEvidence
  }

  /// A person who was not merged: one whose identity scored close, or who has the same name.
  public struct NearMiss: Sendable {
    public var personId: String
    public var displayName: String
    public var platform: Platform
    /// The scored comparison and why the pair was kept apart; `nil` for a namesake that was not
    /// even a candidate (no score).
    public var evidence: String?
  }

  public var person: PersonMatch
  public var members: [Member]
  public var links: [Link]
  public var nearMisses: [NearMiss]
}

extension GraphDatabase {
  /// The persons a user's words name: a person id (`p-…`), else the persons with an identity
  /// whose display name, handle or native id equals `query` (ignoring case), else those where it
  /// appears as part of one. A label of an account known by its id ("Twitter/X account 1457…")
  /// names that account.
  public func findPersons(_ query: String) throws -> [PersonMatch] {
    try read { db in
      var trimmed = query.trimmingCharacters(in: .whitespaces)
      // "Twitter/X account 1457220033", as the reports name an account known by its id only.
      if let id = IdentityLabel.accountID(inLabel: trimmed) { trimmed = id }
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
        var label = PersonLabel()
        let keys = rows.compactMap { row -> IdentityKey? in
          label.offer(platform: row[0], nativeId: row[1], idKind: row[2], displayName: row[3], handle: row[4])
          return IdentityKey(platform: row[0], nativeId: row[1], idKind: row[2])
        }
        return PersonMatch(id: id, displayName: label.text ?? id, identities: keys)
      }
    }
  }

  /// The identities of a person, the evidence that joined them, and the persons of the same name
  /// that were kept apart.
  public func explain(_ person: PersonMatch) throws -> PersonExplanation {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql:
          "SELECT id, platform, nativeId, displayName, idKind, handle FROM identity WHERE personId = ? ORDER BY id",
        arguments: [person.id])
      var exportIds: [Int64: String] = [:]
      let members = try rows.map { row -> PersonExplanation.Member in
        let platform: String = row[1]
        let nativeId: String = row[2]
        let id = Self.identityId(platform: platform, nativeId: nativeId)
        exportIds[row[0]] = id
        return .init(
          id: id, platform: try Self.known(platform, in: "identity.platform"), nativeId: nativeId,
          displayName: DisplayName.cleaned(row[3]),
          profileURL: Self.profileURL(platform: platform, nativeId: nativeId, idKind: row[4], handle: row[5]))
      }
      let evidenceRows = try Row.fetchAll(
        db,
        sql: """
          SELECT e.firstId, e.secondId, e.key, e.merged, f.personId, s.personId
          FROM merge_evidence e JOIN identity f ON f.id = e.firstId JOIN identity s ON s.id = e.secondId
          WHERE f.personId = ?1 OR s.personId = ?1
          ORDER BY e.weight DESC
          """, arguments: [person.id])
      var links: [PersonExplanation.Link] = []
      var nearMisses: [PersonExplanation.NearMiss] = []
      var missedPersons: Set<String> = []
      for row in evidenceRows {
        let merged: Bool = row[3]
        if merged, let first = exportIds[row[0]], let second = exportIds[row[1]] {
          links.append(.init(first: first, second: second, evidence: MergeEvidence(row[2])))
          continue
        }
        guard !merged else { continue }
        let firstPerson: String = row[4]
        let otherId: Int64 = firstPerson == person.id ? row[1] : row[0]
        guard
          let other = try Row.fetchOne(
            db,
            sql:
              "SELECT personId, displayName, nativeId, platform, idKind, handle FROM identity WHERE id = ?",
            arguments: [otherId])
        else { continue }
        missedPersons.insert(other[0])
        nearMisses.append(
          .init(
            personId: other[0],
            displayName: IdentityLabel.label(
              platform: other[3], nativeId: other[2], idKind: other[4], displayName: other[1],
              handle: other[5]),
            platform: try Self.known(other[3], in: "identity.platform"), evidence: row[2]))
      }
      let names = Set(members.compactMap { $0.displayName?.lowercased() })
      for name in names.sorted() {
        for row in try Row.fetchAll(
          db,
          sql:
            "SELECT personId, displayName, platform FROM identity WHERE lower(displayName) = ? AND personId != ?",
          arguments: [name, person.id])
        where !missedPersons.contains(row[0]) {
          nearMisses.append(
            .init(
              personId: row[0], displayName: row[1],
              platform: try Self.known(row[2], in: "identity.platform"),
              evidence: nil))
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
