import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

struct BulkLoadTests {
  private let priya = IdentityKey(platform: .linkedin, nativeId: "priya", kind: .profileURL)

  private func storeMessage(_ sourceKey: String, in database: GraphDatabase) throws {
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan"))
      try sink.interaction(
        InteractionRecord(
          platform: .linkedin, kind: .message, direction: .received,
          timestamp: Date(timeIntervalSince1970: 1_700_000_000), counterpart: priya, participants: [priya],
          text: "Hello", sourceKey: sourceKey))
      return ImportSummary(archive: "test", platform: .linkedin)
    }
  }

  private func indexes(of database: GraphDatabase) throws -> Set<String> {
    try database.read { db in
      try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }
  }

  @Test func `into an empty store the reading indexes are left out during the load and built after`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let names = Set(GraphDatabase.readingIndexNames)
    #expect(try indexes(of: database).isSuperset(of: names))
    var duringLoad: Set<String> = []
    try database.bulkLoad {
      try storeMessage("m1", in: database)
      duringLoad = try indexes(of: database)
    }
    #expect(duringLoad.isDisjoint(with: names))
    #expect(try indexes(of: database).isSuperset(of: names))
    // The uniqueness of a record's source key holds during the load: the same message once.
    try database.bulkLoad { try storeMessage("m1", in: database) }
    #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interaction") } == 1)
  }

  @Test func `a store that already holds interactions keeps its indexes during a load`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    try storeMessage("m1", in: database)
    var duringLoad: Set<String> = []
    try database.bulkLoad {
      try storeMessage("m2", in: database)
      duringLoad = try indexes(of: database)
    }
    #expect(duringLoad.isSuperset(of: GraphDatabase.readingIndexNames))
  }

  @Test func `a load that fails or is cut short still ends with every index`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path
    let database = try GraphDatabase(path: path)
    struct Interrupted: Error {}
    #expect(throws: Interrupted.self) {
      try database.bulkLoad { () throws -> Void in
        try storeMessage("m1", in: database)
        throw Interrupted()
      }
    }
    #expect(try indexes(of: database).isSuperset(of: GraphDatabase.readingIndexNames))
    // A process killed mid-load leaves the indexes out; opening the store builds them.
    try database.queue.write { db in try db.execute(sql: "DROP INDEX interaction_kind_counterpart") }
    let reopened = try GraphDatabase(path: path)
    #expect(try indexes(of: reopened).isSuperset(of: GraphDatabase.readingIndexNames))
  }
}
