import GRDB

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
        INSERT INTO tie_day (counterpartId, kind, direction, platform, day, interactions, firstAt, lastAt)
          SELECT COALESCE(counterpartId, \(TieDays.noCounterpart)), kind, direction, platform, \(TieDays.daySQL("timestamp")), COUNT(*),
            MIN(timestamp), MAX(timestamp)
          FROM interaction
          GROUP BY 1, 2, 3, 4, 5;
        DROP INDEX IF EXISTS interaction_kind_counterpart;
        """)
  }
}
