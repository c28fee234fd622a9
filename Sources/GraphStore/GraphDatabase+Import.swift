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
        let writer = try StoreWriter(db: db, importId: importId)
        var summary = try Self.read(with: body) { pipe in try pipe.drain(writer.write) }
        summary.interactionsAdded = writer.interactionsAdded
        try writer.recordConnectionChanges(complete: summary.issues.isEmpty)
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
    } catch let error as DatabaseError {
      throw StoreError(error, path: path, doing: "write to")
    }
  }

  /// Runs `body` (the reading of an archive) on a thread of its own, its records going through a
  /// ``RecordPipe`` to `write`, which runs on this thread (the one holding the transaction).
  /// Returns when both are done; a failure of `write` is thrown in preference to the `Stopped`
  /// the reading then meets.
  private static func read(
    with body: (any GraphSink) throws -> ImportSummary, writing write: (RecordPipe) throws -> Void
  ) throws -> ImportSummary {
    try withoutActuallyEscaping(body) { body in
      let pipe = RecordPipe()
      let reading = ReadingThread(body: body, pipe: pipe)
      reading.start()
      var writeFailure: (any Error)?
      do {
        try write(pipe)
      } catch {
        writeFailure = error
      }
      let result = reading.join()
      if let writeFailure { throw writeFailure }
      return try result.get()
    }
  }
}

/// The thread that reads an archive into a ``RecordPipe``. It is joined before the closure it
/// runs goes out of scope, which makes handing that closure over sound.
private final class ReadingThread: @unchecked Sendable {
  /// Dropped as soon as it returns, so that no reference outlives the caller's scope.
  private var body: ((any GraphSink) throws -> ImportSummary)?
  private let pipe: RecordPipe
  private let finished = DispatchSemaphore(value: 0)
  private var result: Result<ImportSummary, any Error> = .failure(RecordPipe.Stopped())

  init(body: @escaping (any GraphSink) throws -> ImportSummary, pipe: RecordPipe) {
    self.body = body
    self.pipe = pipe
  }

  func start() {
    let thread = Thread { [self] in
      if let body { result = Result { try body(pipe) } }
      body = nil
      pipe.close()
      finished.signal()
    }
    // Parsers recurse (JSON, XML): the same room as the main thread.
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Waits for the reading to end and returns what it returned.
  func join() -> Result<ImportSummary, any Error> {
    finished.wait()
    return result
  }
}
