import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// The per-tie, per-day totals (`tie_day`) that the reports read instead of every interaction.
struct TieDayTests {
  private let priya = IdentityKey(platform: .linkedin, nativeId: "priya", kind: .profileURL)
  private let omar = IdentityKey(platform: .facebook, nativeId: "omar", kind: .accountID)

  /// 2023-11-14 22:13:20 UTC.
  private let evening = Date(timeIntervalSince1970: 1_700_000_000)

  private func newStore() throws -> GraphDatabase {
    try GraphDatabase(path: ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path)
  }

  private func message(
    _ sourceKey: String, with key: IdentityKey, at date: Date, direction: Direction = .received,
    kind: InteractionKind = .message
  ) -> InteractionRecord {
    InteractionRecord(
      platform: key.platform, kind: kind, direction: direction, timestamp: date, counterpart: key,
      participants: [key], text: sourceKey, sourceKey: sourceKey)
  }

  private func store(_ records: [InteractionRecord], in database: GraphDatabase) throws -> Int {
    try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: priya, displayName: "Priya Natarajan"))
      try sink.identity(IdentityRecord(key: omar, displayName: "Omar Haddad"))
      for record in records { try sink.interaction(record) }
      return ImportSummary(archive: "test", platform: .linkedin)
    }.interactionsAdded
  }

  private func totals(_ database: GraphDatabase) throws -> [[Int64]] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT counterpartId, day, interactions, firstAt, lastAt FROM tie_day
          ORDER BY counterpartId, kind, direction, platform, day
          """
      ).map { row in (0..<5).map { row[$0] as Int64 } }
    }
  }

  @Test func `an import keeps one total per tie and day, and a repeat adds nothing`() throws {
    let database = try newStore()
    let records = [
      message("a", with: priya, at: evening),
      message("b", with: priya, at: evening.addingTimeInterval(600)),
      message("c", with: priya, at: evening.addingTimeInterval(7_200)),  // the next day, UTC
      message("d", with: priya, at: evening, direction: .sent),
    ]
    #expect(try store(records, in: database) == 4)
    let priyaId = try #require(
      try database.read { try Int64.fetchOne($0, sql: "SELECT id FROM identity WHERE nativeId = 'priya'") })
    let day: Int64 = 19_675  // 2023-11-14
    let ms: Int64 = 1_700_000_000_000
    #expect(
      try totals(database) == [
        [priyaId, day, 2, ms, ms + 600_000],
        [priyaId, day + 1, 1, ms + 7_200_000, ms + 7_200_000],
        [priyaId, day, 1, ms, ms],
      ])
    #expect(try store(records, in: database) == 0)
    #expect(try totals(database)[0] == [priyaId, day, 2, ms, ms + 600_000])
    // A newer archive with one more message of that day adds to its total.
    #expect(
      try store(records + [message("e", with: priya, at: evening.addingTimeInterval(-60))], in: database) == 1
    )
    #expect(try totals(database)[0] == [priyaId, day, 3, ms - 60_000, ms + 600_000])
  }

  @Test func `a writer that holds as many totals as it can writes them before taking another`() throws {
    let database = try newStore()
    try database.queue.write { db in
      let tieDays = try TieDays(db: db)
      for index in 0...TieDays.capacity {
        try tieDays.add(
          counterpartId: 1, kind: .message, direction: .received, platform: .linkedin,
          timestamp: Int64(index) * TieDays.millisecondsPerDay)
      }
      // The one past the capacity made the writer write the others; it holds that one.
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tie_day") == TieDays.capacity)
      try tieDays.flush()
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tie_day") == TieDays.capacity + 1)
      // A total seen again is updated in place, not written twice.
      try tieDays.add(
        counterpartId: 1, kind: .message, direction: .received, platform: .linkedin, timestamp: 60_000)
      try tieDays.flush()
      #expect(
        try Int.fetchOne(db, sql: "SELECT interactions FROM tie_day WHERE day = 0") == 2)
    }
  }

  @Test func `totals held past the writer's capacity are written as they come, and add up`() throws {
    let database = try newStore()
    let count = TieDays.capacity + 10
    let records = (0..<count).map { index in
      message("m\(index)", with: priya, at: evening.addingTimeInterval(Double(index) * 86_400))
    }
    #expect(try store(records, in: database) == count)
    let summary = try database.read { db in
      try Row.fetchOne(db, sql: "SELECT COUNT(*), SUM(interactions), MIN(day), MAX(day) FROM tie_day")
    }
    #expect(summary?[0] as Int? == count)
    #expect(summary?[1] as Int? == count)
    #expect(summary?[3] as Int? == 19_675 + count - 1)
  }

  @Test func `days before 1970 are whole days`() {
    #expect(TieDays.day(of: 0) == 0)
    #expect(TieDays.day(of: 86_399_999) == 0)
    #expect(TieDays.day(of: -1) == -1)
    #expect(TieDays.day(of: -86_400_000) == -1)
    #expect(TieDays.day(of: -86_400_001) == -2)
  }

  @Test func `a cutoff inside a day counts that day's interactions before it and none after`() throws {
    let database = try newStore()
    _ = try store(
      [
        message("old", with: priya, at: evening.addingTimeInterval(-30 * 86_400)),
        message("before", with: priya, at: evening.addingTimeInterval(-60)),
        message("after", with: priya, at: evening.addingTimeInterval(60), direction: .sent),
        message("call", with: omar, at: evening.addingTimeInterval(120), kind: .call),
        InteractionRecord(
          platform: .linkedin, kind: .message, direction: .sent, timestamp: evening.addingTimeInterval(-30),
          conversationId: "group", isGroup: true, counterpart: nil, participants: [priya, omar],
          text: "Hi both",
          sourceKey: "group"),
      ], in: database)
    let ties = try database.tieActivities(asOf: evening)
    let tie = try #require(ties.first { $0.personId == PersonID.initial(for: priya) })
    #expect(tie.messagesReceived == 2)
    #expect(tie.messagesSent == 0)
    #expect(tie.lastInteraction == evening.addingTimeInterval(-60))
    #expect(tie.firstInteraction == evening.addingTimeInterval(-30 * 86_400))
    #expect(tie.spans.map(\.count) == [2])
    let omarTie = try #require(ties.first { $0.personId == PersonID.initial(for: omar) })
    #expect(omarTie.calls == 0)
    #expect(omarTie.lastInteraction == nil)
    // A minute later the sent message counts too.
    let later = try #require(
      try database.tieActivities(asOf: evening.addingTimeInterval(61)).first {
        $0.personId == PersonID.initial(for: priya)
      })
    #expect(later.messagesSent == 1)
    #expect(later.last?.direction == .sent)
    #expect(later.lastInteraction == evening.addingTimeInterval(60))

    var withDays = ties
    try database.fillContactDays(&withDays, for: [tie.personId], asOf: evening)
    #expect(withDays.first { $0.personId == tie.personId }?.contactDays == 2)
    try database.fillContactDays(&withDays, for: [tie.personId], asOf: evening.addingTimeInterval(-120))
    #expect(withDays.first { $0.personId == tie.personId }?.contactDays == 1)

    let months = try database.monthlyInteractions(asOf: evening, personIds: [tie.personId])
    #expect(months[tie.personId] == ["2023-10": 1, "2023-11": 1])
    // Over everyone, the group message without one counterpart counts too.
    #expect(try database.monthlyInteractions(asOf: evening) == ["2023-10": 1, "2023-11": 2])
    #expect(
      try database.monthlyInteractions(asOf: evening.addingTimeInterval(-45)) == ["2023-10": 1, "2023-11": 1])
    let linkedin = try #require(try database.status().platforms.first { $0.platform == "linkedin" })
    #expect(linkedin.interactions == ["message": 4])
    #expect(linkedin.firstInteraction == evening.addingTimeInterval(-30 * 86_400))
    #expect(linkedin.lastInteraction == evening.addingTimeInterval(60))
    let timeline = try database.timeline(personId: tie.personId)
    #expect(timeline.years.map { [$0.year, $0.sent, $0.received, $0.calls] } == [[2023, 1, 2, 0]])
  }

  @Test func `a v14 store gains its totals and loses the covering index`() throws {
    let path = try olderStore(
      upTo: "v14: interactions found by the hash of their source key",
      holding: """
        \(OlderStoreRows.linkedInImportOfPriya)
        INSERT INTO interaction (id, platform, sourceKey, sourceHash, kind, direction, timestamp, isGroup,
          counterpartId, text, importId)
        VALUES
          (7, 'linkedin', 'm1', 1, 'message', 'received', 1700000000000, 0, 1, 'Hello', 1),
          (8, 'linkedin', 'm2', 2, 'message', 'received', 1700000600000, 0, 1, 'Again', 1),
          (9, 'linkedin', 'm3', 3, 'message', 'sent', 1700000100000, 1, NULL, 'Hi all', 1),
          (10, 'linkedin', 'm4', 4, 'call', 'sent', -1, 0, 1, NULL, 1);
        CREATE INDEX interaction_kind_counterpart ON interaction(kind, counterpartId, direction, platform, timestamp);
        """)
    let database = try GraphDatabase(path: path)
    let rows = try database.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT counterpartId || ' ' || kind || ' ' || day || ' ' || interactions || ' ' || firstAt || ' ' || lastAt
          FROM tie_day ORDER BY counterpartId, kind
          """)
    }
    // The group message without one counterpart is totalled under counterpart 0.
    #expect(
      rows == [
        "0 message 19675 1 1700000100000 1700000100000", "1 call -1 1 -1 -1",
        "1 message 19675 2 1700000000000 1700000600000",
      ])
    let indexes = try database.read { db in
      try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }
    #expect(!indexes.contains("interaction_kind_counterpart"))
  }

  @Test func `totals are gathered again after an older Rekindle wrote to the store`() throws {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("s.sqlite").path
    let database = try GraphDatabase(path: path)
    #expect(try store([message("a", with: priya, at: evening)], in: database) == 1)
    // What Rekindle of store v14 does: it writes an interaction without its total, and builds
    // its covering index when it opens the store.
    try database.queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO interaction (platform, sourceKey, sourceHash, kind, direction, timestamp, isGroup,
            counterpartId, text)
          SELECT 'linkedin', 'b', 2, 'message', 'sent', 1700000060000, 0, id, 'Hi' FROM identity WHERE nativeId = 'priya';
          CREATE INDEX interaction_kind_counterpart ON interaction(kind, counterpartId, direction, platform, timestamp);
          """)
    }
    let reopened = try GraphDatabase(path: path)
    let tie = try #require(
      try reopened.tieActivities(asOf: evening.addingTimeInterval(86_400)).first {
        $0.personId == PersonID.initial(for: priya)
      })
    #expect(tie.messagesReceived == 1)
    #expect(tie.messagesSent == 1)
    let indexes = try reopened.read { db in
      try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }
    #expect(!indexes.contains(GraphDatabase.olderVersionIndex))
    #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT SUM(interactions) FROM tie_day") } == 2)
  }
}
