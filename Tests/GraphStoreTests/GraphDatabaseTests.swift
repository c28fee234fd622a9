import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

struct GraphDatabaseTests {
  private func makeDatabase() throws -> GraphDatabase {
    try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("nested/store.sqlite").path)
  }

  private let priya = IdentityKey(
    platform: .linkedin, nativeId: "https://www.linkedin.com/in/priya", kind: .profileURL)

  @Test func `the store file is created readable by its owner only`() throws {
    let database = try makeDatabase()
    let attributes = try FileManager.default.attributesOfItem(atPath: database.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func `the default path honours REKINDLE_STORE, then XDG_DATA_HOME, then HOME`() {
    #expect(GraphDatabase.defaultPath(environment: ["REKINDLE_STORE": "/x/y.sqlite"]) == "/x/y.sqlite")
    #expect(
      GraphDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])
        == "/data/rekindle/rekindle.sqlite")
    #expect(
      GraphDatabase.defaultPath(environment: ["HOME": "/home/a"])
        == "/home/a/.local/share/rekindle/rekindle.sqlite")
  }

  @Test func `identities merge what each record adds; connections keep the earliest date`() throws {
    let database = try makeDatabase()
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya N", company: "Northwind"))
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan", emails: ["p@example.com"]))
      try sink.connection(
        ConnectionRecord(identity: priya, kind: .connected, since: Date(timeIntervalSince1970: 2000)))
      try sink.connection(
        ConnectionRecord(identity: priya, kind: .connected, since: Date(timeIntervalSince1970: 1000)))
      try sink.connection(ConnectionRecord(identity: priya, kind: .connected, since: nil))
      return ImportSummary(archive: "test", platform: .linkedin)
    }
    var identities: [ExportedIdentity] = []
    var connections: [ExportedConnection] = []
    try database.forEachRecord(of: [.identity, .connection]) { record in
      if let identity = record as? ExportedIdentity { identities.append(identity) }
      if let connection = record as? ExportedConnection { connections.append(connection) }
    }
    #expect(identities.count == 1)
    #expect(identities.first?.displayName == "Priya Natarajan")
    #expect(identities.first?.company == "Northwind")
    #expect(identities.first?.emails == ["p@example.com"])
    #expect(connections.count == 1)
    #expect(connections.first?.since == "1970-01-01T00:16:40.000Z")
  }

  @Test func `an export meets a platform this version does not know and says so`() throws {
    let database = try makeDatabase()
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan"))
      return ImportSummary(archive: "test", platform: .linkedin)
    }
    // As a newer Rekindle with one more platform would have written it.
    try database.queue.write { db in try db.execute(sql: "UPDATE identity SET platform = 'bluesky'") }
    var exported = 0
    let error = #expect(throws: StoreError.self) {
      try database.forEachRecord(of: [.identity]) { _ in exported += 1 }
    }
    #expect(error?.message.contains("identity.platform 'bluesky'") == true)
    #expect(exported == 0)
  }

  @Test func `an archive whose import fails leaves nothing behind`() throws {
    let database = try makeDatabase()
    struct Interrupted: Error {}
    #expect(throws: Interrupted.self) {
      _ = try database.storeArchive { sink in
        try sink.identity(IdentityRecord(key: priya, displayName: "Priya"))
        throw Interrupted()
      }
    }
    #expect(try database.tableCounts()["identity"] == 0)
  }

  @Test func `interactions are stored once per source key, with their participants`() throws {
    let database = try makeDatabase()
    let message = InteractionRecord(
      platform: .linkedin, kind: .message, direction: .received, timestamp: Date(timeIntervalSince1970: 1.5),
      conversationId: "c1", counterpart: priya, participants: [priya], text: "hi", sourceKey: "k1")
    for _ in 0..<2 {
      _ = try database.storeArchive { sink in
        try sink.interaction(message)
        return ImportSummary(archive: "test", platform: .linkedin)
      }
    }
    let counts = try database.tableCounts()
    #expect(counts["interaction"] == 1)
    // A one-to-one message's only participant is its counterpart: no participant row is needed.
    #expect(counts["interaction_participant"] == 0)
    #expect(counts["identity"] == 1)
    var exported: [ExportedInteraction] = []
    try database.forEachRecord(of: [.interaction]) {
      if let x = $0 as? ExportedInteraction { exported.append(x) }
    }
    #expect(exported.first?.timestamp == "1970-01-01T00:00:01.500Z")
    #expect(exported.first?.personId == PersonID.initial(for: priya))
    #expect(exported.first?.personIds == [PersonID.initial(for: priya)])
  }

  @Test func `group messages keep a row per participant, and export them all`() throws {
    let database = try makeDatabase()
    let omar = IdentityKey(platform: .linkedin, nativeId: "omar", kind: .profileURL)
    let group = InteractionRecord(
      platform: .linkedin, kind: .message, direction: .received, timestamp: Date(timeIntervalSince1970: 2),
      conversationId: "g1", isGroup: true, counterpart: priya, participants: [priya, omar], text: "hello all",
      sourceKey: "g1-1")
    _ = try database.storeArchive { sink in
      try sink.interaction(group)
      return ImportSummary(archive: "test", platform: .linkedin)
    }
    #expect(try database.tableCounts()["interaction_participant"] == 2)
    var exported: [ExportedInteraction] = []
    try database.forEachRecord(of: [.interaction]) {
      if let x = $0 as? ExportedInteraction { exported.append(x) }
    }
    #expect(
      Set(exported.first?.personIds ?? []) == [PersonID.initial(for: priya), PersonID.initial(for: omar)])
  }

  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00.000Z"), (Int64(1_734_513_342_123), "2024-12-18T09:15:42.123Z"),
    (Int64(951_782_400_000), "2000-02-29T00:00:00.000Z"), (Int64(-1), "1969-12-31T23:59:59.999Z"),
  ])
  func `timestamps are ISO 8601 UTC with milliseconds`(milliseconds: Int64, expected: String) {
    #expect(GraphDatabase.isoTimestamp(milliseconds) == expected)
  }
}

struct ConcurrentWriterTests {
  @Test func `a second writer waits, then fails with a message that names the other process`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("busy.sqlite").path
    let second = try GraphDatabase(path: path, busyTimeout: 0.2)
    // Another process's open write transaction.
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
    #expect {
      _ = try second.storeArchive { _ in ImportSummary(archive: "x") }
    } throws: { error in
      (error as? StoreError)?.message.contains("another rekindle process is writing") == true
    }
  }
}
