import Foundation
import GRDB
import TestSupport
import Testing

@testable import GraphStore

/// The page size a store is made with, and that an older store keeps its own.
struct PageSizeTests {
  private func pageSize(of database: GraphDatabase) throws -> Int {
    try database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
  }

  @Test func `a new store has pages of 16 KiB`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path
    #expect(try pageSize(of: GraphDatabase(path: path)) == 16_384)
    // Opened again, it keeps them.
    #expect(try pageSize(of: GraphDatabase(path: path)) == 16_384)
  }

  @Test func `a store made with 4 KiB pages keeps them, and migrates and opens as before`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("old.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = 4096")
      try db.execute(sql: "PRAGMA journal_mode = WAL")
    }
    try GraphDatabase.migrator.migrate(queue, upTo: "v14: interactions found by the hash of their source key")
    try queue.close()
    let database = try GraphDatabase(path: path)
    #expect(try pageSize(of: database) == 4_096)
    #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tie_day") } == 0)
  }
}
