import Foundation
import GRDB
import RekindleModel

/// Writes an import's records into the store, inside the transaction of one archive.
///
/// Identities are upserted (what a later record adds is kept; nothing known is erased),
/// interactions are inserted once per `(platform, sourceKey)`, connections keep their earliest
/// date. The statements of the frequent records are prepared once, when the writer is made.
final class StoreWriter: GraphSink {
  private let db: Database
  private let importId: Int64
  private let insertPerson: Statement
  private let upsertIdentity: Statement
  private let insertAttribute: Statement
  private let insertInteraction: Statement
  private let insertParticipant: Statement
  private let upsertConnection: Statement
  private var identityIds: [IdentityKey: Int64] = [:]
  private var lastRecords: [IdentityKey: IdentityRecord] = [:]
  /// Interactions that were new to the store.
  private(set) var interactionsAdded = 0

  init(db: Database, importId: Int64) throws {
    self.db = db
    self.importId = importId
    insertPerson = try db.makeStatement(sql: "INSERT OR IGNORE INTO person (id) VALUES (?)")
    upsertIdentity = try db.makeStatement(
      sql: """
        INSERT INTO identity
          (platform, nativeId, idKind, personId, displayName, firstName, lastName, handle, company, title)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (platform, nativeId) DO UPDATE SET
          displayName = COALESCE(excluded.displayName, displayName),
          firstName = COALESCE(excluded.firstName, firstName),
          lastName = COALESCE(excluded.lastName, lastName),
          handle = COALESCE(excluded.handle, handle),
          company = COALESCE(excluded.company, company),
          title = COALESCE(excluded.title, title)
        RETURNING id
        """)
    insertAttribute = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO identity_attribute (identityId, kind, value) VALUES (?, ?, ?)")
    insertInteraction = try db.makeStatement(
      sql: """
        INSERT OR IGNORE INTO interaction
          (platform, sourceKey, kind, direction, timestamp, conversationId, isGroup, counterpartId, text, importId,
           inPerson, location)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertParticipant = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO interaction_participant (interactionId, identityId) VALUES (?, ?)")
    upsertConnection = try db.makeStatement(
      sql: """
        INSERT INTO connection (identityId, kind, since) VALUES (?, ?, ?)
        ON CONFLICT (identityId, kind) DO UPDATE SET since = CASE
          WHEN since IS NULL THEN excluded.since
          WHEN excluded.since IS NULL THEN since
          ELSE MIN(since, excluded.since) END
        """)
  }

  /// Writes one record that came through a ``RecordPipe``.
  func write(_ record: PipedRecord) throws {
    switch record {
    case .owner(let owner): try self.owner(owner)
    case .identity(let identity): try self.identity(identity)
    case .interaction(let interaction): try self.interaction(interaction)
    case .connection(let connection): try self.connection(connection)
    case .tie(let tie): try self.tie(tie)
    }
  }

  func owner(_ owner: OwnerAccount) throws {
    try db.execute(
      sql: """
        INSERT INTO owner_account (platform, nativeId, idKind, displayName, handle) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (platform, nativeId) DO UPDATE SET
          displayName = COALESCE(excluded.displayName, displayName), handle = COALESCE(excluded.handle, handle)
        """,
      arguments: [
        owner.platform.rawValue, owner.key?.nativeId ?? "", owner.key?.kind.rawValue, owner.displayName,
        owner.handle,
      ])
    for email in owner.emails {
      try db.execute(
        sql: "INSERT OR IGNORE INTO owner_email (platform, email) VALUES (?, ?)",
        arguments: [owner.platform.rawValue, email])
    }
  }

  func identity(_ identity: IdentityRecord) throws {
    if lastRecords[identity.key] == identity { return }
    lastRecords[identity.key] = identity
    let key = identity.key
    let personId = PersonID.initial(for: key)
    try insertPerson.execute(arguments: [personId])
    let arguments: StatementArguments = [
      key.platform.rawValue, key.nativeId, key.kind.rawValue, personId, identity.displayName,
      identity.firstName,
      identity.lastName, identity.handle, identity.company, identity.title,
    ]
    guard let id = try Int64.fetchOne(upsertIdentity, arguments: arguments) else {
      throw StoreError("could not store identity \(key.platform.rawValue) \(key.nativeId)")
    }
    identityIds[key] = id
    for (kind, values) in [
      ("email", identity.emails), ("phone", identity.phones), ("url", identity.profileURLs),
    ] {
      for value in values { try insertAttribute.execute(arguments: [id, kind, value]) }
    }
  }

  /// The row id of an identity, creating a bare identity when none was recorded yet.
  private func identityId(_ key: IdentityKey) throws -> Int64 {
    if let id = identityIds[key] { return id }
    try identity(IdentityRecord(key: key))
    guard let id = identityIds[key] else { throw StoreError("could not store identity \(key.nativeId)") }
    return id
  }

  func interaction(_ interaction: InteractionRecord) throws {
    let counterpartId = try interaction.counterpart.map(identityId)
    let participantIds = try interaction.participants.map(identityId)
    let milliseconds = Int64((interaction.timestamp.timeIntervalSince1970 * 1000).rounded())
    insertInteraction.bind(interaction.platform.rawValue, at: 1)
    insertInteraction.bind(interaction.sourceKey, at: 2)
    insertInteraction.bind(interaction.kind.rawValue, at: 3)
    insertInteraction.bind(interaction.direction.rawValue, at: 4)
    insertInteraction.bind(milliseconds, at: 5)
    insertInteraction.bind(interaction.conversationId, at: 6)
    insertInteraction.bind(interaction.isGroup, at: 7)
    insertInteraction.bind(counterpartId, at: 8)
    insertInteraction.bind(interaction.text, at: 9)
    insertInteraction.bind(importId, at: 10)
    insertInteraction.bind(interaction.inPerson, at: 11)
    insertInteraction.bind(interaction.location, at: 12)
    try insertInteraction.runBound()
    // An existing (platform, sourceKey) was ignored: the interaction is already stored.
    guard db.changesCount > 0 else { return }
    let id = db.lastInsertedRowID
    interactionsAdded += 1
    // A one-to-one interaction's only participant is its counterpart, which the row names
    // already: participant rows are written for group messages and meetings only (two b-tree
    // inserts fewer per message; the export reads the counterpart when there are none).
    if interaction.kind != .meeting && participantIds.count == 1 && participantIds.first == counterpartId {
      return
    }
    for identityId in participantIds {
      insertParticipant.bind(id, at: 1)
      insertParticipant.bind(identityId, at: 2)
      try insertParticipant.runBound()
    }
  }

  func tie(_ tie: TieRecord) throws {
    let first = try identityId(tie.first)
    let second = try identityId(tie.second)
    // One row per pair, in a fixed order, whichever way the edge was written.
    try db.cachedStatement(
      sql:
        "INSERT INTO tie (firstId, secondId, weight) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET weight = excluded.weight"
    ).execute(arguments: [min(first, second), max(first, second), tie.weight])
  }

  func connection(_ connection: ConnectionRecord) throws {
    let id = try identityId(connection.identity)
    let since = connection.since.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    try upsertConnection.execute(arguments: [id, connection.kind.rawValue, since])
  }
}
