import GRDB
import RekindleModel

/// The per-tie, per-day totals an import adds to the store's `tie_day` table: for each
/// counterpart identity, kind, direction, platform and day (UTC), how many interactions there
/// were, and the first and last of them. The reports, rhythms, `show`, `due` and `status` read
/// these totals instead of every interaction (and instead of an index over every interaction,
/// which a load would have to build). Interactions without one counterpart (a group message the
/// owner sent) are totalled under ``noCounterpart``, so that the totals over everyone (`status`,
/// the months of the HTML report) are those of every interaction.
///
/// Totals are gathered in memory as the writer stores interactions, and added to the table,
/// sorted in its key's order, whenever ``capacity`` of them are held and when the archive ends:
/// inside the archive's transaction, so that the table always agrees with the interactions.
final class TieDays {
  /// The counterpart of the totals of interactions without one counterpart (no identity has
  /// this id: row ids start at 1).
  static let noCounterpart: Int64 = 0

  /// How many totals are held before they are written (about 1.5 MB).
  static let capacity = 1 << 14

  private struct Key: Hashable {
    var counterpartId: Int64
    var kind: InteractionKind
    var direction: Direction
    var platform: Platform
    var day: Int64
  }

  private struct Totals {
    var count: Int64
    var first: Int64
    var last: Int64
  }

  private var totals: [Key: Totals] = [:]
  private let upsert: Statement

  init(db: Database) throws {
    upsert = try db.makeStatement(
      sql: """
        INSERT INTO tie_day (counterpartId, kind, direction, platform, day, interactions, firstAt, lastAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO UPDATE SET
          interactions = interactions + excluded.interactions, firstAt = MIN(firstAt, excluded.firstAt),
          lastAt = MAX(lastAt, excluded.lastAt)
        """)
    totals.reserveCapacity(Self.capacity)
  }

  /// Counts one interaction stored with `counterpartId` at `timestamp` (milliseconds since 1970).
  func add(
    counterpartId: Int64, kind: InteractionKind, direction: Direction, platform: Platform, timestamp: Int64
  ) throws {
    let key = Key(
      counterpartId: counterpartId, kind: kind, direction: direction, platform: platform,
      day: Self.day(of: timestamp))
    if let known = totals[key] {
      totals[key] = Totals(
        count: known.count + 1, first: min(known.first, timestamp), last: max(known.last, timestamp))
    } else {
      if totals.count >= Self.capacity { try flush() }
      totals[key] = Totals(count: 1, first: timestamp, last: timestamp)
    }
  }

  /// Adds the totals held to the table, in the order of its key (each b-tree page is visited once).
  func flush() throws {
    let sorted = totals.sorted { left, right in
      let (a, b) = (left.key, right.key)
      if a.counterpartId != b.counterpartId { return a.counterpartId < b.counterpartId }
      if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
      if a.direction != b.direction { return a.direction.rawValue < b.direction.rawValue }
      if a.platform != b.platform { return a.platform.rawValue < b.platform.rawValue }
      return a.day < b.day
    }
    for (key, value) in sorted {
      try upsert.bind(key.counterpartId, at: 1)
      try upsert.bind(key.kind.rawValue, at: 2)
      try upsert.bind(key.direction.rawValue, at: 3)
      try upsert.bind(key.platform.rawValue, at: 4)
      try upsert.bind(key.day, at: 5)
      try upsert.bind(value.count, at: 6)
      try upsert.bind(value.first, at: 7)
      try upsert.bind(value.last, at: 8)
      try upsert.runBound()
    }
    totals.removeAll(keepingCapacity: true)
  }

  /// The day (UTC, counted from 1970-01-01) of a timestamp in milliseconds; days before 1970 are
  /// negative (rounded down, not towards zero).
  static func day(of milliseconds: Int64) -> Int64 {
    let quotient = milliseconds / millisecondsPerDay
    return milliseconds % millisecondsPerDay < 0 ? quotient - 1 : quotient
  }

  /// The first millisecond of `day`.
  static func start(ofDay day: Int64) -> Int64 { day * millisecondsPerDay }

  static let millisecondsPerDay: Int64 = 86_400_000

  /// The same day as ``day(of:)``, in SQL over a column of milliseconds.
  static func daySQL(_ column: String) -> String {
    "(CASE WHEN \(column) >= 0 THEN \(column) / 86400000 ELSE (\(column) + 1) / 86400000 - 1 END)"
  }
}
