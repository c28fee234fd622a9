import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

struct BulkLoadTests {
  private let priya = IdentityKey(platform: .linkedin, nativeId: "priya", kind: .profileURL)

  private func storeMessage(_ sourceKey: String, in database: GraphDatabase) throws {
    _ = try storeMessages([sourceKey], in: database)
  }

  /// Stores one archive with a message per source key; returns how many were new.
  @discardableResult
  private func storeMessages(_ sourceKeys: [String], in database: GraphDatabase, failing: Bool = false) throws
    -> Int
  {
    struct Failed: Error {}
    return try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan"))
      for sourceKey in sourceKeys {
        try sink.interaction(
          InteractionRecord(
            platform: .linkedin, kind: .message, direction: .received,
            timestamp: Date(timeIntervalSince1970: 1_700_000_000), counterpart: priya, participants: [priya],
            text: "Hello", sourceKey: sourceKey))
      }
      if failing { throw Failed() }
      return ImportSummary(archive: "test", platform: .linkedin)
    }.interactionsAdded
  }

  private func interactionCount(_ database: GraphDatabase) throws -> Int? {
    try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interaction") }
  }

  private func indexes(of database: GraphDatabase) throws -> Set<String> {
    try database.read { db in
      try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }
  }

  @Test func `into an empty store the reading indexes are left out during the load and built after`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let names = GraphDatabase.readingIndexNames
    #expect(try indexes(of: database).isSuperset(of: names))
    var duringLoad: Set<String> = []
    try database.bulkLoad {
      try storeMessage("m1", in: database)
      duringLoad = try indexes(of: database)
    }
    #expect(try database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(duringLoad.isDisjoint(with: names + [GraphDatabase.sourceKeyIndex.name]))
    #expect(try indexes(of: database).isSuperset(of: names + [GraphDatabase.sourceKeyIndex.name]))
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
    try database.queue.write { db in try db.execute(sql: "DROP INDEX interaction_time") }
    let reopened = try GraphDatabase(path: path)
    #expect(try indexes(of: reopened).isSuperset(of: GraphDatabase.readingIndexNames))
  }

  @Test func `during a load the set of source keys stands in for the index, and finds every repeat`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    var added: [Int] = []
    var sourceIndexDuring: [Bool] = []
    try database.bulkLoad {
      added.append(try storeMessages(["m1", "m2"], in: database))
      sourceIndexDuring.append(try indexes(of: database).contains(GraphDatabase.sourceKeyIndex.name))
      // The same archive again, then one that repeats a message within itself.
      added.append(try storeMessages(["m1", "m2"], in: database))
      sourceIndexDuring.append(try indexes(of: database).contains(GraphDatabase.sourceKeyIndex.name))
      added.append(try storeMessages(["m3", "m3", "m1"], in: database))
    }
    #expect(added == [2, 0, 1])
    // Built at the first repeat, since the set cannot tell a repeat from a hash collision.
    #expect(sourceIndexDuring == [false, true])
    #expect(try interactionCount(database) == 3)
  }

  @Test func `a set that fills up lets rows through unchecked, and nothing is lost or repeated`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let keys = (0..<100).map { "m\($0)" }
    var added: [Int] = []
    var sourceIndexAfterFirst = true
    try database.bulkLoad(sourceKeySlots: 64) {
      added.append(try storeMessages(keys, in: database))
      // 64 slots hold 48 keys: the other 52 rows were appended unchecked, and the load goes on
      // without the index.
      sourceIndexAfterFirst = try indexes(of: database).contains(GraphDatabase.sourceKeyIndex.name)
      // m99 to m48 are not in the set: appended (and counted as new for now); m47 is, and from
      // there on the index compares the keys.
      added.append(try storeMessages(keys.reversed(), in: database))
    }
    #expect(!sourceIndexAfterFirst)
    #expect(added == [100, 52])
    // When the load ends, the repeats go, and the import log counts what stayed.
    #expect(try interactionCount(database) == 100)
    let logged = try database.read {
      try Int.fetchAll($0, sql: "SELECT interactionsAdded FROM import ORDER BY id")
    }
    #expect(logged == [100, 0])
    #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM unchecked_load") } == 0)
    #expect(try indexes(of: database).contains(GraphDatabase.sourceKeyIndex.name))
    #expect(try database.read { try Int.fetchOne($0, sql: "SELECT SUM(interactions) FROM tie_day") } == 100)
  }

  @Test func `repeats among the rows appended unchecked go when the load ends, with their participants`()
    throws
  {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let omar = IdentityKey(platform: .linkedin, nativeId: "omar", kind: .profileURL)
    let group = InteractionRecord(
      platform: .linkedin, kind: .message, direction: .sent,
      timestamp: Date(timeIntervalSince1970: 1_700_000_100),
      conversationId: "g", isGroup: true, counterpart: nil, participants: [priya, omar], text: "Hi both",
      sourceKey: "group")
    var added = 0
    try database.bulkLoad(sourceKeySlots: 64) {
      added = try database.storeArchive { sink in
        try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan"))
        try sink.identity(IdentityRecord(key: omar, displayName: "Omar Haddad"))
        // 48 keys fill the set; what follows is appended unchecked, twice.
        for round in 0..<2 {
          for index in (round == 0 ? 0 : 50)..<60 {
            try sink.interaction(
              InteractionRecord(
                platform: .linkedin, kind: .message, direction: .received,
                timestamp: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)), counterpart: priya,
                participants: [priya], text: "Hello", sourceKey: "m\(index)"))
          }
          try sink.interaction(group)
        }
        return ImportSummary(archive: "test", platform: .linkedin)
      }.interactionsAdded
    }
    #expect(added == 72)
    #expect(try interactionCount(database) == 61)
    #expect(try database.read { try Int.fetchOne($0, sql: "SELECT interactionsAdded FROM import") } == 61)
    let participants = try database.read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interaction_participant")
    }
    #expect(participants == 2)
    let totals = try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT counterpartId, interactions, firstAt, lastAt FROM tie_day ORDER BY counterpartId"
      )
      .map { [$0[0], $0[1], $0[2], $0[3]] as [Int64] }
    }
    let priyaId = try #require(
      try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM identity WHERE nativeId = 'priya'") })
    #expect(
      totals == [
        [TieDays.noCounterpart, 1, 1_700_000_100_000, 1_700_000_100_000],
        [priyaId, 60, 1_700_000_000_000, 1_700_000_059_000],
      ])
    // A store loaded again with the same archive adds nothing.
    #expect(try storeMessages(["m0", "m59"], in: database) == 0)
  }

  @Test func `an archive rolled back during a load is stored when it comes again`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    var added: [Int] = []
    try database.bulkLoad {
      added.append(try storeMessages(["m1"], in: database))
      #expect(throws: (any Error).self) { try storeMessages(["m2", "m3"], in: database, failing: true) }
      // The set still holds m2 and m3, which the store does not: they are compared, then stored.
      added.append(try storeMessages(["m2", "m3", "m1"], in: database))
    }
    #expect(added == [1, 2])
    #expect(try interactionCount(database) == 3)
  }

  @Test func `two keys with one hash are both stored: full keys are compared`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    try storeMessage("m1", in: database)
    // A row whose hash is m2's but whose key is another (what a collision would leave).
    try database.queue.write { db in
      try db.execute(
        sql: "UPDATE interaction SET sourceHash = ? WHERE sourceKey = 'm1'",
        arguments: [SourceKeyHash.stored(platform: "linkedin", sourceKey: "m2")])
    }
    #expect(try storeMessages(["m2", "m2"], in: database) == 1)
    #expect(try interactionCount(database) == 2)
  }

  @Test func `a set of hashes finds its own and says when it is full`() throws {
    let keys = try #require(LoadedSourceKeys(slots: 1 << 17))
    #expect(keys.capacity == 98_304)
    let hashes = (0..<98_304).map { SourceKeyHash.of(platform: "x", sourceKey: "\($0)") }
    #expect(hashes.allSatisfy { keys.insert($0) == .new })
    #expect(hashes.allSatisfy { keys.insert($0) == .seen })
    #expect(keys.insert(SourceKeyHash.of(platform: "x", sourceKey: "one more")) == .full)
    keys.retire()
    #expect(keys.isRetired && keys.capacity == 0)
  }

  @Test func `hashes that agree only in the bits the set keeps are taken for a possible repeat`() throws {
    let keys = try #require(LoadedSourceKeys(slots: 1 << 4))
    #expect(keys.insert(0x1234_5678_0000_0003) == .new)
    // Same high 32 bits, same slot: "seen", which only sends the writer to compare full keys.
    #expect(keys.insert(0x1234_5678_ffff_fff3) == .seen)
    #expect(keys.insert(0x1234_5679_0000_0003) == .new)
  }

  @Test func `a load killed before it ended has its unchecked repeats removed at the next open`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path
    let database = try GraphDatabase(path: path)
    // What a killed load leaves: an archive's rows, the second of them a repeat appended
    // unchecked, the note, and no source-key index.
    _ = try storeMessages(["m1"], in: database)
    try database.queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO interaction (platform, sourceKey, sourceHash, kind, direction, timestamp, isGroup,
            counterpartId, text, importId)
          SELECT platform, sourceKey, sourceHash, kind, direction, timestamp, isGroup, counterpartId, text, importId
          FROM interaction;
          UPDATE tie_day SET interactions = interactions + 1;
          UPDATE import SET interactionsAdded = interactionsAdded + 1;
          INSERT INTO unchecked_load (firstId) SELECT MAX(id) FROM interaction;
          DROP INDEX interaction_source;
          """)
    }
    let reopened = try GraphDatabase(path: path)
    #expect(try interactionCount(reopened) == 1)
    #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT SUM(interactions) FROM tie_day") } == 1)
    #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT interactionsAdded FROM import") } == 1)
    #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM unchecked_load") } == 0)
  }

  @Test func `a repeat whose time differs from the row kept leaves its total's first and last right`() throws
  {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let omar = IdentityKey(platform: .linkedin, nativeId: "omar", kind: .profileURL)
    let noon = Date(timeIntervalSince1970: 1_700_049_600)  // 2023-11-15 12:00 UTC
    try database.bulkLoad(sourceKeySlots: 64) {
      _ = try database.storeArchive { sink in
        // 48 messages with Omar fill the set; the two with Priya, one key, are appended unchecked.
        for index in 0..<48 {
          try sink.interaction(
            InteractionRecord(
              platform: .linkedin, kind: .message, direction: .received,
              timestamp: Date(timeIntervalSince1970: 0),
              counterpart: omar, participants: [omar], text: "Hi", sourceKey: "o\(index)"))
        }
        for offset in [0.0, 60] {
          try sink.interaction(
            InteractionRecord(
              platform: .linkedin, kind: .message, direction: .received,
              timestamp: noon.addingTimeInterval(offset),
              counterpart: priya, participants: [priya], text: "Hello", sourceKey: "x"))
        }
        return ImportSummary(archive: "test", platform: .linkedin)
      }
    }
    let priyaId = try #require(
      try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM identity WHERE nativeId = 'priya'") })
    let total = try database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT interactions, firstAt, lastAt FROM tie_day WHERE counterpartId = ?",
        arguments: [priyaId]
      )
      .map { [$0[0], $0[1], $0[2]] as [Int64] }
    }
    #expect(total == [1, 1_700_049_600_000, 1_700_049_600_000])
    #expect(try interactionCount(database) == 49)
  }
}
