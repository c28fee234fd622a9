import GRDB
import RekindleModel

extension GraphDatabase {
  /// Migration v15: the reports read per-tie, per-day totals (`tie_day`, kept by every import:
  /// ``TieDays``) instead of the covering index `interaction_kind_counterpart` over every
  /// interaction, which a bulk load had to build (half of its index time). The table is filled
  /// from the interactions stored, and the index dropped. (`counterpartId` refers to no table:
  /// ``TieDays/noCounterpart`` stands for interactions without one.)
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
        DROP INDEX IF EXISTS interaction_kind_counterpart;
        """)
    // The totals are gathered as an import gathers them, in bounded memory (a GROUP BY over
    // millions of rows sorted them in memory: 457 MB for 5,000,000 interactions).
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
