import GRDB

/// Removes the repeats among the rows a bulk load appended unchecked, once its set of loaded keys
/// was full (``LoadedSourceKeys``): a row whose platform and source key an earlier row has goes,
/// with its participants, its count in the per-tie, per-day totals (``TieDays``) and in its
/// import's count of new interactions.
///
/// Inserting each further row into the source-key index instead, at a random place in a b-tree
/// larger than the page cache, grew faster than the data. So an archive notes its first
/// unchecked row (`unchecked_load`, in its transaction), and when the load ends, once the index
/// is built by one sort, one pass over it finds the hashes that more than one row has; only their
/// rows are read. A load that does not end (a process killed) leaves the note, and the next open
/// of the store completes it. The keys of rows stored before the set filled are in the set, so
/// an archive that repeats them (an older export of the same account) is caught row by row as
/// before; what is removed here are repeats of rows appended unchecked, which a load of distinct
/// messages does not have.
enum LoadRepeats {
  /// Notes that the rows from `first` on were appended unchecked (inside the archive's
  /// transaction).
  static func note(_ first: Int64, in db: Database) throws {
    try db.execute(sql: "INSERT INTO unchecked_load (firstId) VALUES (?)", arguments: [first])
  }

  /// Removes the repeats among the rows noted as unchecked, and the notes; the source-key index
  /// must be in place. Returns how many rows were removed.
  static func removeNoted(in db: Database) throws -> Int {
    guard let first = try Int64.fetchOne(db, sql: "SELECT MIN(firstId) FROM unchecked_load") else {
      return 0
    }
    let removed = try remove(since: first, in: db)
    try db.execute(sql: "DELETE FROM unchecked_load")
    return removed
  }

  /// Removes every interaction from the row `first` on whose platform and source key an earlier
  /// row has; returns how many were removed.
  private static func remove(since first: Int64, in db: Database) throws -> Int {
    let hashes = try Int64.fetchAll(
      db,
      sql: """
        SELECT sourceHash FROM interaction GROUP BY sourceHash HAVING COUNT(*) > 1 AND MAX(id) >= ?
        """, arguments: [first])
    var removed = 0
    for hash in hashes {
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT id, platform, sourceKey, COALESCE(counterpartId, ?), kind, direction, timestamp
          FROM interaction WHERE sourceHash = ? ORDER BY id
          """, arguments: [TieDays.noCounterpart, hash])
      var kept: [String: Row] = [:]
      for row in rows {
        let key = (row[1] as String) + "\u{0}" + (row[2] as String)
        guard let twin = kept[key] else {
          kept[key] = row
          continue
        }
        try removeRepeat(row, twin: twin, in: db)
        removed += 1
      }
    }
    return removed
  }

  /// Removes the row `duplicate` (id, platform, source key, counterpart, kind, direction,
  /// timestamp), of which `twin` is the row kept.
  private static func removeRepeat(_ duplicate: Row, twin: Row, in db: Database) throws {
    let id: Int64 = duplicate[0]
    try db.execute(
      sql:
        "UPDATE import SET interactionsAdded = interactionsAdded - 1 WHERE id = (SELECT importId FROM interaction WHERE id = ?)",
      arguments: [id])
    try db.execute(sql: "DELETE FROM interaction_participant WHERE interactionId = ?", arguments: [id])
    try db.execute(sql: "DELETE FROM interaction WHERE id = ?", arguments: [id])
    let timestamp: Int64 = duplicate[6]
    let day = TieDays.day(of: timestamp)
    let counterpart: Int64 = duplicate[3]
    let (kind, direction, platform): (String, String, String) = (duplicate[4], duplicate[5], duplicate[1])
    let total: StatementArguments = [counterpart, kind, direction, platform, day]
    let matchesTotal = "counterpartId = ? AND kind = ? AND direction = ? AND platform = ? AND day = ?"
    try db.execute(
      sql: "UPDATE tie_day SET interactions = interactions - 1 WHERE \(matchesTotal)", arguments: total)
    try db.execute(sql: "DELETE FROM tie_day WHERE \(matchesTotal) AND interactions <= 0", arguments: total)
    // A repeat has its twin's time and counterpart, so the total's first and last stay; should
    // they differ, the day's rows say what the first and last are now.
    let sameTotal = (1...6).allSatisfy { (duplicate[$0] as DatabaseValue) == (twin[$0] as DatabaseValue) }
    guard !sameTotal else { return }
    let start = TieDays.start(ofDay: day)
    try db.execute(
      sql: """
        UPDATE tie_day SET
          firstAt = (SELECT MIN(timestamp) FROM interaction WHERE timestamp >= ? AND timestamp < ?
            AND COALESCE(counterpartId, ?) = tie_day.counterpartId AND kind = tie_day.kind
            AND direction = tie_day.direction AND platform = tie_day.platform),
          lastAt = (SELECT MAX(timestamp) FROM interaction WHERE timestamp >= ? AND timestamp < ?
            AND COALESCE(counterpartId, ?) = tie_day.counterpartId AND kind = tie_day.kind
            AND direction = tie_day.direction AND platform = tie_day.platform)
        WHERE \(matchesTotal) AND (firstAt = ? OR lastAt = ?)
        """,
      arguments: [
        start, start + TieDays.millisecondsPerDay, TieDays.noCounterpart, start,
        start + TieDays.millisecondsPerDay, TieDays.noCounterpart,
      ] + total + [timestamp, timestamp])
  }
}
