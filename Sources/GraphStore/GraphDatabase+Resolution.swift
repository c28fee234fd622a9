import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// Every identity with what the archives say about it, for identity resolution.
  public func identitiesForResolution() throws -> [(id: Int64, record: IdentityRecord)] {
    try read { db in
      var attributes: [Int64: (emails: [String], phones: [String], urls: [String])] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT identityId, kind, value FROM identity_attribute") {
        let id: Int64 = row[0]
        let kind: String = row[1]
        let value: String = row[2]
        var entry = attributes[id] ?? ([], [], [])
        switch kind {
        case "email": entry.emails.append(value)
        case "phone": entry.phones.append(value)
        default: entry.urls.append(value)
        }
        attributes[id] = entry
      }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT id, platform, nativeId, idKind, displayName, firstName, lastName, handle, company, title
          FROM identity ORDER BY id
          """
      ).compactMap { row in
        let id: Int64 = row[0]
        guard let platform = Platform(rawValue: row[1]), let kind = NativeIDKind(rawValue: row[3]) else {
          return nil
        }
        let extra = attributes[id] ?? ([], [], [])
        return (
          id,
          IdentityRecord(
            key: IdentityKey(platform: platform, nativeId: row[2], kind: kind), displayName: row[4],
            firstName: row[5],
            lastName: row[6], handle: row[7], emails: extra.emails, phones: extra.phones,
            profileURLs: extra.urls,
            company: row[8], title: row[9])
        )
      }
    }
  }

  /// The persons as the store holds them: the identity ids of each person (each sorted), in the
  /// order of their smallest id.
  public func personGroups() throws -> [[Int64]] {
    try read { db in
      var groups: [String: [Int64]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, personId FROM identity ORDER BY id") {
        groups[row[1], default: []].append(row[0])
      }
      return groups.values.sorted { $0[0] < $1[0] }
    }
  }

  /// Makes each group of identities one person, in one transaction, and records why they were
  /// merged (`links` with `merged` true) and which near-misses were kept apart (`merged` false). A group's person id is the initial id of its oldest identity (the first imported), so
  /// ids stay the same when later archives add identities to a person.
  ///
  /// - Returns: the number of persons.
  @discardableResult
  public func assignPersons(groups: [[Int64]], links: some Sequence<PersonLink>) throws -> Int {
    do {
      return try queue.write { db in
        try db.execute(sql: "DELETE FROM merge_evidence")
        let update = try db.makeStatement(sql: "UPDATE identity SET personId = ? WHERE id = ?")
        let insertPerson = try db.makeStatement(sql: "INSERT OR IGNORE INTO person (id) VALUES (?)")
        // Prepared once: compiled for each group, it took a fifth of `rekindle resolve` on a million
        // identities.
        let keyOfIdentity = try db.makeStatement(
          sql: "SELECT platform, nativeId, idKind FROM identity WHERE id = ?")
        for group in groups {
          guard let oldest = group.min(), let row = try Row.fetchOne(keyOfIdentity, arguments: [oldest]),
            let platform = Platform(rawValue: row[0]), let kind = NativeIDKind(rawValue: row[2])
          else { continue }
          let personId = PersonID.initial(for: IdentityKey(platform: platform, nativeId: row[1], kind: kind))
          try insertPerson.bind(personId, at: 1)
          try insertPerson.runBound()
          try update.bind(personId, at: 1)
          for id in group {
            try update.bind(id, at: 2)
            try update.runBound()
          }
        }
        try db.execute(sql: "DELETE FROM person WHERE id NOT IN (SELECT personId FROM identity)")
        let insertEvidence = try db.makeStatement(
          sql: "INSERT INTO merge_evidence (firstId, secondId, key, weight, merged) VALUES (?, ?, ?, ?, ?)")
        for link in links {
          try insertEvidence.bind(link.first, at: 1)
          try insertEvidence.bind(link.second, at: 2)
          try insertEvidence.bind(link.evidence.text, at: 3)
          try insertEvidence.bind(link.weight, at: 4)
          try insertEvidence.bind(link.merged, at: 5)
          try insertEvidence.runBound()
        }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0
      }
    } catch {
      throw StoreError(error, path: path, doing: "store the resolved persons in")
    }
  }
}
