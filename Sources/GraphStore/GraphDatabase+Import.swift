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

  /// Stores one archive in one transaction, and logs its summary in the `import` table.
  public func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary {
    do {
      return try queue.write { db in
        let started = Int64(Date().timeIntervalSince1970 * 1000)
        try db.execute(
          sql: "INSERT INTO import (location, startedAt) VALUES (?, ?)", arguments: [path, started])
        let importId = db.lastInsertedRowID
        let writer = StoreWriter(db: db, importId: importId)
        var summary = try body(writer)
        summary.interactionsAdded = writer.interactionsAdded
        try db.execute(
          sql: """
            UPDATE import SET location = ?, platform = ?, finishedAt = ?, contacts = ?, interactionsRead = ?,
              interactionsAdded = ?, connections = ?, issues = ?, skipped = ?, bytesRead = ?, fingerprint = ?
            WHERE id = ?
            """,
          arguments: [
            summary.archive, summary.platform?.rawValue, Int64(Date().timeIntervalSince1970 * 1000),
            summary.contacts, summary.interactionCount, summary.interactionsAdded, summary.connections,
            summary.issues.count, summary.skipped.values.reduce(0, +), Int64(summary.bytesRead),
            summary.issues.isEmpty ? summary.fingerprint : nil, importId,
          ])
        return summary
      }
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      throw StoreError(
        "the store at \(path) is busy: another rekindle process is writing to it; try again later")
    } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
      throw StoreError(
        "the disk is full: the store at \(path) keeps what earlier imports wrote; free space and retry")
    } catch let error as DatabaseError {
      throw StoreError("the store at \(path) failed: \(error.message ?? "\(error)")")
    }
  }
}
