import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// Store failures carry a code a caller can branch on, whatever call met them.
struct StoreErrorTests {
  @Test(arguments: [
    (ResultCode.SQLITE_BUSY, StoreError.Code.busy), (.SQLITE_LOCKED, .busy), (.SQLITE_FULL, .full),
    (.SQLITE_CORRUPT, .corrupt), (.SQLITE_NOTADB, .corrupt), (.SQLITE_READONLY, .permission),
    (.SQLITE_PERM, .permission), (.SQLITE_CANTOPEN, .cannotOpen), (.SQLITE_IOERR, .other),
  ])
  func `a database error becomes a store error by its result code`(result: ResultCode, code: StoreError.Code)
  {
    let error = StoreError(
      DatabaseError(resultCode: result, message: "x"), path: "/tmp/s.sqlite", doing: "read")
    #expect(error.code == code)
    #expect(error.message.contains("/tmp/s.sqlite"))
    // A store error passes through as it is.
    #expect(StoreError(error, path: "/elsewhere", doing: "write to").message == error.message)
  }

  /// An empty store, and another process's open write transaction on it.
  private func lockedStore() throws -> (GraphDatabase, DatabaseQueue) {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("locked.sqlite").path
    let database = try GraphDatabase(path: path, busyTimeout: 0.2)
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    return (database, other)
  }

  @Test func `a busy store during a bulk load is a store error coded busy, not a raw database error`() throws
  {
    let (database, other) = try lockedStore()
    defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
    let error = #expect(throws: StoreError.self) { try database.bulkLoad { 1 } }
    #expect(error?.code == .busy)
    let stored = #expect(throws: StoreError.self) {
      _ = try database.storeArchive { _ in ImportSummary(archive: "x") }
    }
    #expect(stored?.code == .busy)
  }

  @Test func `a file that is no store is coded corrupt, with what to do`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("notes.sqlite").path
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: StoreError.self) { _ = try GraphDatabase(path: path) }
    #expect(error?.code == .corrupt)
    #expect(error?.message.contains("choose another --store") == true)
  }
}
