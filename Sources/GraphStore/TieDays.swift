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
    /// The kind, direction and platform in one number, hashed and compared once: a raw-value
    /// enum hashes through its raw text (about 1.5 times a plain enum's cost, measured).
    private var classCode: UInt16

    init(counterpartId: Int64, kind: InteractionKind, direction: Direction, platform: Platform, day: Int64) {
      self.counterpartId = counterpartId
      self.kind = kind
      self.direction = direction
      self.platform = platform
      self.day = day
      classCode = UInt16(kind.ordinal) << 8 | UInt16(direction.ordinal) << 7 | UInt16(platform.ordinal)
    }

    static func == (left: Key, right: Key) -> Bool {
      left.counterpartId == right.counterpartId && left.day == right.day && left.classCode == right.classCode
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(counterpartId)
      hasher.combine(day)
      hasher.combine(classCode)
    }
  }

  private struct Totals {
    var count: Int64
    var first: Int64
    var last: Int64
  }

  private var totals: [Key: Totals] = [:]
  private let upsert: Statement
  /// Where the texts of the row being written stay while it is written.
  private let texts = BoundTexts(capacity: 64)

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
    if let index = totals.index(forKey: key) {
      totals.values[index].count += 1
      totals.values[index].first = min(totals.values[index].first, timestamp)
      totals.values[index].last = max(totals.values[index].last, timestamp)
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
      texts.begin()
      try upsert.bind(key.counterpartId, at: 1)
      try texts.bind(key.kind.rawValue, to: upsert, at: 2)
      try texts.bind(key.direction.rawValue, to: upsert, at: 3)
      try texts.bind(key.platform.rawValue, to: upsert, at: 4)
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
}

extension InteractionKind {
  /// The case's position (a key's part that hashes without the raw text).
  fileprivate var ordinal: UInt8 {
    switch self {
    case .message: 0
    case .reply: 1
    case .mention: 2
    case .invitation: 3
    case .meeting: 4
    case .call: 5
    }
  }
}

extension Direction {
  /// The case's position (a key's part that hashes without the raw text).
  fileprivate var ordinal: UInt8 {
    switch self {
    case .sent: 0
    case .received: 1
    }
  }
}

extension Platform {
  /// The case's position (a key's part that hashes without the raw text).
  fileprivate var ordinal: UInt8 {
    switch self {
    case .linkedin: 0
    case .facebook: 1
    case .instagram: 2
    case .twitter: 3
    case .contacts: 4
    case .calendar: 5
    case .telegram: 6
    case .whatsapp: 7
    case .mastodon: 8
    case .log: 9
    case .graph: 10
    }
  }
}
