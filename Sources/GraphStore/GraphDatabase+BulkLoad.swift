import GRDB

extension GraphDatabase {
  /// The indexes on interactions that only reading needs: the timeline's order, the reports'
  /// covering index, participants by identity. (The uniqueness of `(platform, sourceKey)` is not
  /// among them: it is what makes an import idempotent.)
  static let readingIndexes: [(name: String, on: String)] = [
    ("interaction_time", "interaction(timestamp)"),
    ("interaction_kind_counterpart", "interaction(kind, counterpartId, direction, platform, timestamp)"),
    ("participant_identity", "interaction_participant(identityId)"),
  ]

  /// The names of reading indexes.
  static var readingIndexNames: [String] { readingIndexes.map(\.name) }

  /// Runs `body` (a batch of imports). When the store holds no interactions yet, the
  /// reading indexes are dropped first and built once when `body` ends, thrown or not: sorting
  /// every row once costs less than inserting each row into three more b-trees as it comes. A
  /// process killed before they are built leaves a whole store without them; the next open builds
  /// them.
  public func bulkLoad<T>(_ body: () throws -> T) throws -> T {
    let dropped = try write { db in
      let hasInteractions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM interaction)") ?? false
      guard !hasInteractions else { return false }
      for name in Self.readingIndexNames { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
      return true
    }
    guard dropped else { return try body() }
    let result = Result { try body() }
    try buildReadingIndexes()
    return try result.get()
  }

  /// Builds the reading indexes that are missing.
  func buildReadingIndexes() throws {
    let missing = try read { db in
      let present = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
      return Self.readingIndexes.filter { !present.contains($0.name) }
    }
    guard !missing.isEmpty else { return }
    do {
      try queue.writeWithoutTransaction { db in
        // The sort spills to a temporary file rather than memory (the store's default).
        // (One thread: `PRAGMA threads = 2` saved 0.5 s of 2.9 on the benchmark set, and raised
        // the import's peak memory from 126 MB to 178 MB, past the 150 MB it must stay under.)
        try db.execute(sql: "PRAGMA temp_store = FILE")
        defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
        try db.inTransaction {
          // Another process may build them at the same time.
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
}
