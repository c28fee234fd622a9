import Foundation
import GRDB
import RekindleModel

/// Writes an import's records into the store, inside the transaction of one archive.
///
/// Identities are upserted (what a later record adds is kept; nothing known is erased),
/// interactions are inserted once per `(platform, sourceKey)`, connections keep their earliest
/// date. The statements of the frequent records are prepared once, when the writer is made.
///
/// During a bulk load the uniqueness of source keys is not an index but a set of their hashes
/// (``LoadedSourceKeys``): a key the set does not know is appended at once; at the first it may
/// know, the writer builds the index and lets it compare full keys for the rest of the load.
final class StoreWriter: GraphSink {
  private let db: Database
  private let importId: Int64
  private let insertPerson: Statement
  private let upsertIdentity: Statement
  private let insertAttribute: Statement
  private let insertInteraction: Statement
  /// Where the texts of the interaction being inserted stay while the insert runs.
  private let interactionTexts = BoundTexts()
  private let storedInteraction: Statement
  private let insertParticipant: Statement
  private let upsertConnection: Statement
  private let currentJob: Statement
  private let insertChange: Statement
  /// The per-tie, per-day totals of the interactions stored (``finish()`` writes what is held).
  private let tieDays: TieDays
  /// Stands in for the source-key index during a bulk load; `nil` once the index compares keys.
  private var loadedKeys: LoadedSourceKeys?
  /// The first row of this archive appended unchecked, the set of loaded keys being full: the
  /// repeats among such rows are removed when the load ends (``LoadRepeats``).
  private var firstUncheckedId: Int64?
  private var identityIds: [IdentityKey: Int64] = [:]
  /// The identities this archive lists, by platform and kind of connection.
  private var listedConnections: [ConnectionList: Set<Int64>] = [:]
  private var lastRecords: [IdentityKey: IdentityRecord] = [:]
  /// Interactions stored as new. (Rows appended unchecked count here; those that turn out to be
  /// repeats when the load ends are taken off the import's log then: ``LoadRepeats``.)
  private(set) var interactionsAdded = 0
  /// The newest date among the archive's messages, calls and connections (milliseconds): how old
  /// the export is, as far as its records tell. Meetings are left out: a calendar holds future ones.
  private(set) var newestRecordAt: Int64?

  init(db: Database, importId: Int64, loadedKeys: LoadedSourceKeys? = nil) throws {
    self.db = db
    self.importId = importId
    self.loadedKeys = loadedKeys
    tieDays = try TieDays(db: db)
    insertPerson = try db.makeStatement(sql: "INSERT OR IGNORE INTO person (id) VALUES (?)")
    upsertIdentity = try db.makeStatement(
      sql: """
        INSERT INTO identity
          (platform, nativeId, idKind, personId, displayName, firstName, lastName, handle, company, title,
           companyImportId)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (platform, nativeId) DO UPDATE SET
          displayName = COALESCE(excluded.displayName, displayName),
          firstName = COALESCE(excluded.firstName, firstName),
          lastName = COALESCE(excluded.lastName, lastName),
          handle = COALESCE(excluded.handle, handle),
          company = COALESCE(excluded.company, company),
          title = COALESCE(excluded.title, title),
          companyImportId = COALESCE(excluded.companyImportId, companyImportId)
        RETURNING id
        """)
    insertAttribute = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO identity_attribute (identityId, kind, value) VALUES (?, ?, ?)")
    insertInteraction = try db.makeStatement(
      sql: """
        INSERT INTO interaction
          (platform, sourceKey, kind, direction, timestamp, conversationId, isGroup, counterpartId, text, importId,
           inPerson, location, sourceHash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    storedInteraction = try db.makeStatement(
      sql: "SELECT 1 FROM interaction WHERE sourceHash = ? AND platform = ? AND sourceKey = ? LIMIT 1")
    insertParticipant = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO interaction_participant (interactionId, identityId) VALUES (?, ?)")
    currentJob = try db.makeStatement(
      sql: "SELECT company, title FROM identity WHERE platform = ? AND nativeId = ?")
    insertChange = try db.makeStatement(
      sql: """
        INSERT INTO change (importId, identityId, kind, relation, before, after, beforeCompany, afterCompany)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    upsertConnection = try db.makeStatement(
      sql: """
        INSERT INTO connection (identityId, kind, since, firstImportId) VALUES (?, ?, ?, ?)
        ON CONFLICT (identityId, kind) DO UPDATE SET since = CASE
          WHEN since IS NULL THEN excluded.since
          WHEN excluded.since IS NULL THEN since
          ELSE MIN(since, excluded.since) END
        """)
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
    // A new company or title for a known identity, in a newer export of its account, is a job
    // change (LinkedIn's Company/Position between two exports).
    var previousJob: Job?
    if key.platform.exportsAccountSnapshots, identity.company != nil || identity.title != nil,
      let row = try Row.fetchOne(currentJob, arguments: [key.platform.rawValue, key.nativeId])
    {
      previousJob = Job(company: row[0], title: row[1])
    }
    let arguments: StatementArguments = [
      key.platform.rawValue, key.nativeId, key.kind.rawValue, personId, identity.displayName,
      identity.firstName,
      identity.lastName, identity.handle, identity.company, identity.title,
      identity.company == nil ? nil : importId,
    ]
    guard let id = try Int64.fetchOne(upsertIdentity, arguments: arguments) else {
      throw StoreError("could not store identity \(key.platform.rawValue) \(key.nativeId)")
    }
    identityIds[key] = id
    if let before = previousJob, let beforeText = before.text {
      let after = Job(company: identity.company ?? before.company, title: identity.title ?? before.title)
      if after != before, let afterText = after.text {
        try insertChange.execute(
          arguments: [importId, id, "job", nil, beforeText, afterText, before.company, after.company])
      }
    }
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
    if interaction.kind != .meeting, milliseconds > newestRecordAt ?? .min { newestRecordAt = milliseconds }
    let hash = SourceKeyHash.of(platform: interaction.platform.rawValue, sourceKey: interaction.sourceKey)
    let novelty = try novelty(of: interaction, hash: hash)
    guard novelty != .stored else { return }
    interactionTexts.begin()
    try interactionTexts.bind(interaction.platform.rawValue, to: insertInteraction, at: 1)
    try interactionTexts.bind(interaction.sourceKey, to: insertInteraction, at: 2)
    try interactionTexts.bind(interaction.kind.rawValue, to: insertInteraction, at: 3)
    try interactionTexts.bind(interaction.direction.rawValue, to: insertInteraction, at: 4)
    try insertInteraction.bind(milliseconds, at: 5)
    try interactionTexts.bind(interaction.conversationId, to: insertInteraction, at: 6)
    try insertInteraction.bind(interaction.isGroup, at: 7)
    try insertInteraction.bind(counterpartId, at: 8)
    try interactionTexts.bind(interaction.text, to: insertInteraction, at: 9)
    try insertInteraction.bind(importId, at: 10)
    try insertInteraction.bind(interaction.inPerson, at: 11)
    try interactionTexts.bind(interaction.location, to: insertInteraction, at: 12)
    try insertInteraction.bind(Int64(bitPattern: hash), at: 13)
    try insertInteraction.runBound()
    let id = db.lastInsertedRowID
    interactionsAdded += 1
    if novelty == .unchecked, firstUncheckedId == nil { firstUncheckedId = id }
    try tieDays.add(
      counterpartId: counterpartId ?? TieDays.noCounterpart, kind: interaction.kind,
      direction: interaction.direction, platform: interaction.platform, timestamp: milliseconds)
    // A one-to-one interaction's only participant is its counterpart, which the row names
    // already: participant rows are written for group messages and meetings only (two b-tree
    // inserts fewer per message; the export reads the counterpart when there are none).
    if interaction.kind != .meeting && participantIds.count == 1 && participantIds.first == counterpartId {
      return
    }
    for identityId in participantIds {
      try insertParticipant.bind(id, at: 1)
      try insertParticipant.bind(identityId, at: 2)
      try insertParticipant.runBound()
    }
  }

  /// Writes what the writer still holds (the last per-tie, per-day totals), and notes the first
  /// row appended unchecked, if any (its repeats are removed when the load ends: ``LoadRepeats``);
  /// called once the archive's records are all written, inside its transaction.
  func finish() throws {
    try tieDays.flush()
    if let first = firstUncheckedId { try LoadRepeats.note(first, in: db) }
  }

  /// What the writer knows of an interaction before storing it.
  private enum Novelty {
    /// The store holds it already.
    case stored
    /// The store does not hold it.
    case new
    /// Not known: the set of loaded keys is full. It is appended, and removed again when the
    /// load ends if an earlier row has its key.
    case unchecked
  }

  /// Whether the store holds the interaction: during a bulk load, new when the set of loaded keys
  /// does not know its hash, unchecked when the set is full; else as the index and the full keys
  /// of the rows with its hash say.
  private func novelty(of interaction: InteractionRecord, hash: UInt64) throws -> Novelty {
    if let keys = loadedKeys {
      switch keys.insert(hash) {
      case .new:
        return .new
      case .full:
        // Inserting every further row into the index, at a random place in a b-tree larger
        // than the page cache, grew faster than the data (x4 the set: 5.2 times the time).
        return .unchecked
      case .seen:
        // Perhaps stored already: from here on the index finds the rows with this hash, and
        // their full keys are compared.
        try GraphDatabase.createSourceKeyIndex(db)
        keys.retire()
        loadedKeys = nil
      }
    }
    return try isStored(interaction, hash: hash) ? .stored : .new
  }

  /// True when the store holds an interaction with this platform and source key (the index finds
  /// the rows with its hash; SQLite compares their full keys).
  private func isStored(_ interaction: InteractionRecord, hash: UInt64) throws -> Bool {
    try storedInteraction.bind(Int64(bitPattern: hash), at: 1)
    try storedInteraction.bind(interaction.platform.rawValue, at: 2)
    try storedInteraction.bind(interaction.sourceKey, at: 3)
    return try storedInteraction.hasRowBound()
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
    if let since, since > newestRecordAt ?? .min { newestRecordAt = since }
    try upsertConnection.execute(arguments: [id, connection.kind.rawValue, since, importId])
    guard connection.identity.platform.exportsAccountSnapshots else { return }
    listedConnections[
      ConnectionList(platform: connection.identity.platform.rawValue, kind: connection.kind.rawValue),
      default: []
    ].insert(id)
  }

  /// Compares the connections this archive listed with those the store held before it, for every
  /// platform and kind the archive lists, and records the changes: connections new since an
  /// earlier export (none for the first export of a platform: that is where the history starts),
  /// connections listed again after being gone, and, when `complete` (the archive was read
  /// without issues, so that a missing row means a missing connection), connections gone.
  func recordConnectionChanges(complete: Bool) throws {
    let setGone = try db.makeStatement(
      sql: "UPDATE connection SET goneImportId = ? WHERE identityId = ? AND kind = ?")
    for (list, listed) in listedConnections {
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT c.identityId, c.firstImportId, c.goneImportId FROM connection c JOIN identity i ON i.id = c.identityId
          WHERE i.platform = ? AND c.kind = ?
          """, arguments: [list.platform, list.kind])
      let earlier = rows.filter { ($0[2] as Int64?) == nil && ($0[1] as Int64?) != importId }
      guard !earlier.isEmpty else { continue }
      for row in rows {
        let identityId: Int64 = row[0]
        let first: Int64? = row[1]
        let gone: Int64? = row[2]
        if first == importId || (gone != nil && listed.contains(identityId)) {
          if gone != nil { try setGone.execute(arguments: [nil, identityId, list.kind]) }
          try insertChange.execute(arguments: [importId, identityId, "new", list.kind, nil, nil, nil, nil])
        } else if gone == nil && complete && !listed.contains(identityId) {
          try setGone.execute(arguments: [importId, identityId, list.kind])
          try insertChange.execute(arguments: [importId, identityId, "gone", list.kind, nil, nil, nil, nil])
        }
      }
    }
  }
}

/// One list of connections in an archive: a platform and a kind (LinkedIn connections, Instagram
/// followers, ...).
private struct ConnectionList: Hashable {
  var platform: String
  var kind: String
}

/// A company and a title, as an identity's export states them.
private struct Job: Equatable {
  var company: String?
  var title: String?

  /// "Staff Engineer at Contoso", "Contoso", "Staff Engineer", or `nil`.
  var text: String? {
    switch (title, company) {
    case (let title?, let company?): "\(title) at \(company)"
    case (let title?, nil): title
    case (nil, let company?): company
    case (nil, nil): nil
    }
  }
}
