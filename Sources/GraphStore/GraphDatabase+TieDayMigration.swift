import GRDB
import RekindleModel

extension GraphDatabase {
  /// Migration v15: the reports read per-tie, per-day totals (`tie_day`, kept by every import:
  /// ``TieDays``) instead of the covering index `interaction_kind_counterpart` over every
  /// interaction, which a bulk load had to build (half of its index time). The table is filled
  /// from the interactions stored, and the index dropped. (`counterpartId` refers to no table:
  /// ``TieDays/noCounterpart`` stands for interactions without one.) The table `unchecked_load`
  /// notes where a bulk load appended rows unchecked (``LoadRepeats``).
  static func addTieDays(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE tie_day (
          counterpartId INTEGER NOT NULL,
          kind TEXT NOT NULL,
          direction TEXT NOT NULL,
          platform TEXT NOT NULL,
          day INTEGER NOT NULL,
          interactions INTEGER NOT NULL,
          firstAt INTEGER NOT NULL,
          lastAt INTEGER NOT NULL,
          PRIMARY KEY (counterpartId, kind, direction, platform, day)
        ) WITHOUT ROWID;
        CREATE TABLE unchecked_load (firstId INTEGER NOT NULL);
        DROP INDEX IF EXISTS \(olderVersionIndex);
        """)
    try gatherTieDays(db)
  }

  /// The covering index of store v14, which an older Rekindle builds again whenever it opens a
  /// store: the sign that one wrote interactions without their totals since v15.
  static let olderVersionIndex = "interaction_kind_counterpart"

  /// Gathers the totals again when an older Rekindle has opened the store since v15 (it wrote
  /// interactions without adding to `tie_day`, and left ``olderVersionIndex`` behind): the table
  /// is emptied and filled from every interaction, and the index dropped.
  func refreshTieDaysAfterAnOlderVersion() throws {
    let present: (Database) throws -> Bool = { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)",
        arguments: [Self.olderVersionIndex]) ?? false
    }
    guard try queue.read(present) else { return }
    try queue.write { db in
      // Another process may have done it meanwhile.
      guard try present(db) else { return }
      try db.execute(sql: "DELETE FROM tie_day")
      try Self.gatherTieDays(db)
      try db.execute(sql: "DROP INDEX \(Self.olderVersionIndex)")
    }
  }

  /// Fills `tie_day` from the interactions stored, as an import gathers its totals, in bounded
  /// memory (a GROUP BY over millions of rows sorted them in memory: 457 MB for 5,000,000
  /// interactions).
  static func gatherTieDays(_ db: Database) throws {
    let tieDays = try TieDays(db: db)
    let rows = try Row.fetchCursor(
      db, sql: "SELECT counterpartId, kind, direction, platform, timestamp FROM interaction")
    while let row = try rows.next() {
      // (A kind, direction or platform this version does not know was written by hand: left out.)
      guard let kind = InteractionKind(rawValue: row[1]), let direction = Direction(rawValue: row[2]),
        let platform = Platform(rawValue: row[3])
      else { continue }
      try tieDays.add(
        counterpartId: row[0] ?? TieDays.noCounterpart, kind: kind, direction: direction, platform: platform,
        timestamp: row[4])
    }
    try tieDays.flush()
  }
}
