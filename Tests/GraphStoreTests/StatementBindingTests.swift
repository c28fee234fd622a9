import GRDB
import Testing

@testable import GraphStore

/// The hot insert's binding through SQLite's C API reports what SQLite refuses.
struct StatementBindingTests {
  @Test func `a value SQLite refuses is an error with its result code, not a silent NULL`() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE t (a INTEGER, b TEXT)")
      let statement = try db.makeStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)")
      try statement.bind(Int64(1), at: 1)
      try statement.bind("one", at: 2)
      try statement.runBound()
      #expect(throws: DatabaseError.self) { try statement.bind(Int64(2), at: 3) }
      #expect(throws: DatabaseError.self) { try statement.bind("three", at: 0) }
      do {
        try statement.bind(nil as String?, at: 9)
        Issue.record("binding past the last parameter must fail")
      } catch let error as DatabaseError {
        #expect(error.resultCode == .SQLITE_RANGE)
      }
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") == 1)
    }
  }
}
