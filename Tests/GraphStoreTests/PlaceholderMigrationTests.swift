import Foundation
import GRDB
import TestSupport
import Testing

@testable import GraphStore

/// Migration v12: a store made before placeholders were left out is brought to what the readers
/// keep now.
struct PlaceholderMigrationTests {
  @Test func `placeholders and what hangs on them go; names lose their invisible characters`() throws {
    let path = try olderStore(
      upTo: "v11: tags and keep-in-touch cadences",
      holding: """
        INSERT INTO person (id) VALUES ('p-masked'), ('p-priya'), ('p-unnamed'), ('p-deleted'), ('p-fbuser');
        INSERT INTO identity (id, platform, nativeId, idKind, personId, displayName) VALUES
          (1, 'linkedin', 'LinkedIn Member', 'displayName', 'p-masked', 'LinkedIn Member'),
          (2, 'linkedin', 'https://www.linkedin.com/in/priya-natarajan-4b7a21', 'profileURL', 'p-priya',
            ' Priya' || char(8203) || ' Natarajan '),
          (3, 'facebook', char(8303, 8303), 'displayName', 'p-unnamed', char(8303, 8303)),
          (4, 'instagram', '__deleted__8842137', 'username', 'p-deleted', NULL),
          (5, 'facebook', 'Facebook user', 'displayName', 'p-fbuser', 'Facebook user');
        INSERT INTO connection (identityId, kind) VALUES (1, 'connected'), (2, 'connected'), (4, 'follower');
        INSERT INTO interaction (id, platform, sourceKey, kind, direction, timestamp, isGroup, counterpartId) VALUES
          (1, 'linkedin', 'a', 'message', 'received', 1000, 0, 1),
          (2, 'linkedin', 'b', 'message', 'sent', 2000, 0, 2),
          (3, 'linkedin', 'c', 'message', 'sent', 3000, 1, NULL),
          (4, 'facebook', 'd', 'message', 'sent', 4000, 1, NULL),
          (5, 'facebook', 'e', 'message', 'received', 5000, 0, 3);
        INSERT INTO interaction_participant (interactionId, identityId) VALUES (3, 1), (3, 2), (4, 5);
        INSERT INTO merge_evidence (firstId, secondId, key) VALUES (1, 2, 'p=0.2');
        """)

    _ = try GraphDatabase(path: path)
    let migrated = try DatabaseQueue(path: path)
    func fetch<T: DatabaseValueConvertible>(_ sql: String) throws -> [T] {
      try migrated.read { db in try T.fetchAll(db, sql: sql) }
    }
    func count(_ table: String) throws -> Int {
      try migrated.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
    #expect(try fetch("SELECT id FROM identity ORDER BY id") as [Int64] == [2, 3])
    #expect(try fetch("SELECT displayName FROM identity WHERE id = 2") as [String] == ["Priya Natarajan"])
    #expect(
      try fetch("SELECT displayName FROM identity WHERE id = 3 AND displayName IS NULL") as [Int64?] == [nil])
    #expect(try fetch("SELECT id FROM person ORDER BY id") as [String] == ["p-priya", "p-unnamed"])
    // The masked member's own message is gone; the group message keeps Priya; the group of a
    // deleted account alone is gone.
    #expect(try fetch("SELECT id FROM interaction ORDER BY id") as [Int64] == [2, 3, 5])
    #expect(
      try fetch("SELECT identityId FROM interaction_participant WHERE interactionId = 3") as [Int64] == [2])
    #expect(try count("connection") == 1)
    #expect(try count("merge_evidence") == 0)
    #expect(try count("pragma_foreign_key_check") == 0)
  }
}
