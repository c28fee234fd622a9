import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

struct BoundTextsTests {
  @Test func `every text of a stored interaction is stored as given, whatever its size`() throws {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
    let ana = IdentityKey(platform: .facebook, nativeId: "Ana Brăileanu", kind: .displayName)
    // Longer than the buffer's first capacity (the buffer grows), non-ASCII, empty and absent.
    let texts: [String?] = [
      String(repeating: "Привет, Ana 👋🏽 ", count: 400), "short", "", nil, "é",
      String(repeating: "x", count: 9_000),
    ]
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: ana, displayName: "Ana Brăileanu"))
      for (index, text) in texts.enumerated() {
        try sink.interaction(
          InteractionRecord(
            platform: .facebook, kind: .message, direction: .received,
            timestamp: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
            conversationId: "anabraileanu_17",
            counterpart: ana, participants: [ana], text: text, sourceKey: "k\(index)-ñ"))
      }
      return ImportSummary(archive: "test", platform: .facebook)
    }
    let rows = try database.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT platform, sourceKey, kind, direction, conversationId, text FROM interaction ORDER BY id")
    }
    #expect(rows.map { $0[5] as String? } == texts)
    #expect(rows.map { $0[1] as String } == texts.indices.map { "k\($0)-ñ" })
    #expect(rows.allSatisfy { ($0[0] as String) == "facebook" && ($0[2] as String) == "message" })
    #expect(rows.allSatisfy { ($0[3] as String) == "received" && ($0[4] as String) == "anabraileanu_17" })
  }
}
