import GRDB

extension GraphDatabase {
  /// The indexes on interactions that only reading needs: the timeline's order and participants
  /// by identity. The uniqueness of `(platform, sourceKey)` is not among them: it is what makes an
  /// import idempotent. (The reports read the per-tie, per-day totals of `tie_day`, which every
  /// import keeps, instead of an index over every interaction: see ``TieDays``.)
  static let readingIndexes: [(name: String, on: String)] = [
    ("interaction_time", "interaction(timestamp)"),
    ("participant_identity", "interaction_participant(identityId)"),
  ]

  /// The names of reading indexes.
  static var readingIndexNames: [String] { readingIndexes.map(\.name) }

  /// Interactions by the hash of their `(platform, sourceKey)`: how an import finds whether it
  /// stored a record already (and so stays idempotent). A bulk load leaves it out while it appends
  /// rows (``LoadedSourceKeys`` stands in for it) and builds it after; a store without it any other
  /// time (a load killed midway, another process's load) gets it before an interaction is written.
  static let sourceKeyIndex = (name: "interaction_source", on: "interaction(sourceHash)")

  /// Runs `body` (a batch of imports). When the store holds no interactions yet, the
  /// reading indexes and the source-key index are dropped first and built once when `body`
  /// ends, thrown or not: sorting every row once costs less than inserting each row into four
  /// b-trees as it comes. A process killed before they are built leaves a whole store without
  /// them; the next open builds them.
  public func bulkLoad<T>(_ body: () throws -> T) throws -> T {
    try bulkLoad(sourceKeySlots: LoadedSourceKeys.defaultSlots, body)
  }

  /// ``bulkLoad(_:)`` with a set of source keys of at most `sourceKeySlots` slots.
  func bulkLoad<T>(sourceKeySlots: Int, _ body: () throws -> T) throws -> T {
    let dropped = try write { db in
      let hasInteractions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM interaction)") ?? false
      guard !hasInteractions else { return false }
      for name in Self.readingIndexNames + [Self.sourceKeyIndex.name] {
        try db.execute(sql: "DROP INDEX IF EXISTS \(name)")
      }
      return true
    }
    guard dropped else { return try body() }
    loadedSourceKeys = LoadedSourceKeys(slots: sourceKeySlots)
    // The source-key index may be built midway, inside an archive's transaction (where the
    // temporary store cannot be switched): its sort spills to a file, not to memory (sorting 3
    // million keys in memory took the x4 benchmark's import from 127 MB to 280 MB).
    try setTemporaryStore("FILE")
    let result = Result { try body() }
    loadedSourceKeys = nil
    try setTemporaryStore("MEMORY")
    try buildMissingIndexes()
    try removeUncheckedRepeats()
    return try result.get()
  }

  /// Where SQLite keeps its sorts and temporary tables: `MEMORY` (the store's default, for the
  /// reports' queries) or `FILE`.
  private func setTemporaryStore(_ place: String) throws {
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = \(place)") }
  }

  /// True when the source-key index is in place (inside a write, no other process can change it).
  func hasSourceKeyIndex(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)",
      arguments: [Self.sourceKeyIndex.name]) ?? false
  }

  /// Builds the source-key index in the current transaction.
  static func createSourceKeyIndex(_ db: Database) throws {
    try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(sourceKeyIndex.name) ON \(sourceKeyIndex.on)")
  }

  /// Builds the source-key index and the reading indexes that are missing.
  func buildMissingIndexes() throws {
    let (missing, sourceKeyIndexMissing) = try read { db in
      let present = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
      return (
        Self.readingIndexes.filter { !present.contains($0.name) }, !present.contains(Self.sourceKeyIndex.name)
      )
    }
    guard !missing.isEmpty || sourceKeyIndexMissing else { return }
    do {
      try queue.writeWithoutTransaction { db in
        // The sort spills to a temporary file rather than memory (the store's default).
        // (One thread: `PRAGMA threads = 2` saved 0.5 s of 2.9 on the benchmark set, and raised
        // the import's peak memory from 126 MB to 178 MB, past the 150 MB it must stay under.)
        try db.execute(sql: "PRAGMA temp_store = FILE")
        defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
        try db.inTransaction {
          // Another process may build them at the same time.
          if sourceKeyIndexMissing { try Self.createSourceKeyIndex(db) }
          for index in missing {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.on)")
          }
          return .commit
        }
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
      throw StoreError(
        "the disk is full: the store at \(path) keeps every import but not yet its indexes; free space and run any rekindle command on it",
        code: .full)
    } catch {
      throw StoreError(error, path: path, doing: "build the indexes of")
    }
  }

  /// Removes the repeats among the rows a bulk load appended unchecked (``LoadRepeats``), when a
  /// load noted any: at the end of the load, or at the next open after a load that did not end.
  func removeUncheckedRepeats() throws {
    let noted = try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unchecked_load)") ?? false
    }
    guard noted else { return }
    _ = try write { db in try LoadRepeats.removeNoted(in: db) }
  }
}
