import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// Migration v14: interactions are found by the hash of their source key, not by a table
/// constraint on its text.
struct SourceKeyMigrationTests {
  @Test
  func `a v13 store keeps its interactions and ids, gains their hashes and indexes, and stays idempotent`()
    throws
  {
    let path = try olderStore(
      upTo: "v13: employment evidence",
      holding: """
        \(OlderStoreRows.linkedInImportOfPriya)
        INSERT INTO interaction (id, platform, sourceKey, kind, direction, timestamp, isGroup, counterpartId,
          text, importId)
        VALUES
          (7, 'linkedin', 'm1', 'message', 'received', 1700000000000, 0, 1, 'Hello', 1),
          (9, 'linkedin', 'm2', 'message', 'sent', 1700000100000, 1, NULL, 'Hi all', 1);
        INSERT INTO interaction_participant (interactionId, identityId) VALUES (9, 1);
        """)

    let database = try GraphDatabase(path: path)
    let rows = try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, platform, sourceKey, sourceHash, text FROM interaction ORDER BY id")
    }
    #expect(rows.map { $0[0] as Int64 } == [7, 9])
    #expect(rows.map { $0[4] as String } == ["Hello", "Hi all"])
    #expect(
      rows.map { $0[3] as Int64 } == [
        SourceKeyHash.stored(platform: "linkedin", sourceKey: "m1"),
        SourceKeyHash.stored(platform: "linkedin", sourceKey: "m2"),
      ])
    let indexes = try database.read { db in
      try Set(
        String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction'"))
    }
    // (The reports' covering index is gone since v15: they read the per-tie, per-day totals.)
    #expect(indexes == ["interaction_source", "interaction_time"])
    // Migrated on a rollback journal (a table rewritten in the log took 600 MB), then back to the log.
    #expect(try database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(
      try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interaction_participant") } == 1)

    // The same records again add nothing; a new one is added.
    let priya = IdentityKey(platform: .linkedin, nativeId: "priya", kind: .profileURL)
    let summary = try database.storeArchive { sink in
      for key in ["m1", "m2", "m3"] {
        try sink.interaction(
          InteractionRecord(
            platform: .linkedin, kind: .message, direction: .received,
            timestamp: Date(timeIntervalSince1970: 1_700_000_000), counterpart: priya, participants: [priya],
            text: "Hello", sourceKey: key))
      }
      return ImportSummary(archive: "again", platform: .linkedin)
    }
    #expect(summary.interactionsAdded == 1)
    #expect(try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interaction") } == 3)
  }

  @Test func `hashes are stable: the ones stored in every store stay valid`() {
    // Changing the function would make every stored hash wrong: these values are fixed.
    #expect(SourceKeyHash.of(platform: "linkedin", sourceKey: "923cd7f3ab67924a") == 0xc593_99af_f63d_4564)
    #expect(
      SourceKeyHash.of(platform: "facebook", sourceKey: "")
        != SourceKeyHash.of(platform: "", sourceKey: "facebook"))
  }
}
