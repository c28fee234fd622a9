import GRDB

extension GraphDatabase {
  /// Migration v14: interactions are found by the hash of their source key. The table gains
  /// `sourceHash` (``SourceKeyHash``) and loses its `UNIQUE (platform, sourceKey)` constraint (an
  /// index on the text of every key, kept with the table and impossible to drop) for the index
  /// ``sourceKeyIndex`` on the hash, which a bulk load drops while it appends rows and builds once
  /// after. SQLite cannot drop a table constraint, so the table is rebuilt: its rows are copied in
  /// order, with their ids (participants refer to them), and its indexes are built again. (The
  /// pages of the old table stay in the file, free for later imports to fill.)
  static func hashSourceKeys(_ db: Database) throws {
    let hash = DatabaseFunction("rekindle_source_hash", argumentCount: 2, pure: true) { values in
      guard let platform = String.fromDatabaseValue(values[0]),
        let sourceKey = String.fromDatabaseValue(values[1])
      else { return nil }
      return SourceKeyHash.stored(platform: platform, sourceKey: sourceKey)
    }
    db.add(function: hash)
    defer { db.remove(function: hash) }
    let columns =
      "id, platform, sourceKey, kind, direction, timestamp, conversationId, isGroup, counterpartId, text, importId, "
      + "inPerson, location"
    try db.execute(
      sql: """
        CREATE TABLE new_interaction (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          sourceKey TEXT NOT NULL,
          sourceHash INTEGER NOT NULL,
          kind TEXT NOT NULL,
          direction TEXT NOT NULL,
          timestamp INTEGER NOT NULL,
          conversationId TEXT,
          isGroup INTEGER NOT NULL,
          counterpartId INTEGER REFERENCES identity(id),
          text TEXT,
          importId INTEGER REFERENCES import(id),
          inPerson INTEGER,
          location TEXT
        );
        INSERT INTO new_interaction (\(columns), sourceHash)
          SELECT \(columns), rekindle_source_hash(platform, sourceKey) FROM interaction ORDER BY id;
        DROP TABLE interaction;
        ALTER TABLE new_interaction RENAME TO interaction;
        """)
    // The indexes are built by the open that follows, as after a bulk load (sorting in a
    // temporary file, not in memory; ``buildMissingIndexes()``).
  }
}
