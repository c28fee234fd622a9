import Foundation

/// A person the owner wants to keep in touch with, and where the clock stands.
public struct KeepInTouch: Sendable, Equatable, Codable {
  /// The person's id, as `export` writes it (`p-…`).
  public var personId: String
  public var displayName: String
  /// Days between contacts the owner wants.
  public var cadenceDays: Int
  /// Where the cadence comes from: `person` (set for the person) or `tag:NAME`.
  public var cadenceSource: String
  /// The person's tags.
  public var tags: [String]
  /// The latest interaction of any kind on any platform, or logged meeting, before the date.
  public var lastInteraction: Date?
  public var lastPlatform: Platform?
  public var lastKind: InteractionKind?
  /// The last interaction plus the cadence; `nil` when never in touch (due at once).
  public var due: Date?
  /// Days past `due` at the date (negative: days left); `nil` when never in touch.
  public var overdueDays: Int?

  public init(
    personId: String, displayName: String, cadenceDays: Int, cadenceSource: String, tags: [String],
    lastInteraction: Date?, lastPlatform: Platform?, lastKind: InteractionKind?, asOf: Date
  ) {
    self.personId = personId
    self.displayName = displayName
    self.cadenceDays = cadenceDays
    self.cadenceSource = cadenceSource
    self.tags = tags
    self.lastInteraction = lastInteraction
    self.lastPlatform = lastPlatform
    self.lastKind = lastKind
    due = lastInteraction.map { $0.addingTimeInterval(Double(cadenceDays) * 86_400) }
    overdueDays = due.map { Int((asOf.timeIntervalSince($0) / 86_400).rounded(.down)) }
  }

  /// True when the cadence has run out at the date (or the two were never in touch).
  public var isOverdue: Bool { overdueDays.map { $0 >= 0 } ?? true }
}
