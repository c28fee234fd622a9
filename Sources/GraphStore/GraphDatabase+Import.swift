import Foundation
import GRDB
import RekindleModel

extension GraphDatabase: GraphDestination {
  /// When an archive with this fingerprint was last imported cleanly, or `nil`.
  public func importDate(ofFingerprint fingerprint: String) throws -> Date? {
    let milliseconds = try read { db in
      try Int64.fetchOne(
        db, sql: "SELECT MAX(finishedAt) FROM import WHERE fingerprint = ? AND finishedAt IS NOT NULL",
        arguments: [fingerprint])
    }
    return milliseconds.map { Date(timeIntervalSince1970: Double($0) / 1000) }
  }

  /// Stores one archive in one transaction, and logs its summary in the `import` table: `body`
  /// writes the archive's records through the sink it is given (the transaction's writer), on the
  /// calling thread. (How the records are read, on which threads, is the caller's business:
  /// `ArchiveImporter` reads on a thread of its own and hands the records over.)
  public func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary {
    do {
      return try queue.write { db in
        let started = Int64(Date().timeIntervalSince1970 * 1000)
        try db.execute(
          sql: "INSERT INTO import (location, startedAt) VALUES (?, ?)", arguments: [path, started])
        let importId = db.lastInsertedRowID
        let writer = try StoreWriter(db: db, importId: importId, loadedKeys: try loadedKeysToCompare(db))
        // The caller's reading writes through `writer`, within this transaction, on this thread.
        var summary = try body(writer)
        try writer.finish()
        summary.interactionsAdded = writer.interactionsAdded
        try writer.recordConnectionChanges(complete: summary.issues.isEmpty)
        try db.execute(
          sql: """
            UPDATE import SET location = ?, platform = ?, finishedAt = ?, contacts = ?, interactionsRead = ?,
              interactionsAdded = ?, connections = ?, issues = ?, skipped = ?, bytesRead = ?, fingerprint = ?,
              newestRecordAt = ?
            WHERE id = ?
            """,
          arguments: [
            summary.archive, summary.platform?.rawValue, Int64(Date().timeIntervalSince1970 * 1000),
            summary.contacts, summary.interactionCount, summary.interactionsAdded, summary.connections,
            summary.issues.count, summary.skipped.values.reduce(0, +), Int64(summary.bytesRead),
            summary.issues.isEmpty ? summary.fingerprint : nil,
            // A record dated after the import started is a clock's error, not the export's date.
            writer.newestRecordAt.map { min($0, started) }, importId,
          ])
        return summary
      }
    } catch let error as DatabaseError {
      throw StoreError(error, path: path, doing: "write to")
    }
  }

  /// The set that stands in for the source-key index in this archive's transaction, or `nil` when
  /// the index compares the keys. Without the index and without a set that knows every stored key
  /// (a load killed midway, or another process loading), the index is built first.
  private func loadedKeysToCompare(_ db: Database) throws -> LoadedSourceKeys? {
    if try hasSourceKeyIndex(db) {
      loadedSourceKeys?.retire()
      return nil
    }
    if let keys = loadedSourceKeys, !keys.isRetired { return keys }
    try Self.createSourceKeyIndex(db)
    return nil
  }
}
