import Foundation
import RekindleModel

/// How often the owner and a person were in touch while the tie was active: the mean gap between
/// the days they were in touch, from the first to the last. Navarro, Miritello, Canales & Moro
/// (2017) found that a tie silent for more than about 8 times its own previous inter-contact time
/// most likely decays; the mean (rather than the median) keeps a burst of daily messages from
/// making a tie look weekly when it was yearly.
public struct TieRhythm: Sendable, Equatable {
  /// The mean gap between contact days, in days.
  public var typicalGapDays: Double

  /// Contact days below which a tie has no rhythm to speak of (three gaps).
  public static let minimumContactDays = 4

  /// The tie's rhythm, or `nil` when its contact days are unknown or too few.
  public init?(_ tie: TieActivity) {
    guard let days = tie.contactDays, days >= Self.minimumContactDays, let first = tie.firstInteraction,
      let last = tie.lastInteraction
    else { return nil }
    typicalGapDays = max(1, last.timeIntervalSince(first) / 86_400 / Double(days - 1))
  }

  public init(typicalGapDays: Double) {
    self.typicalGapDays = typicalGapDays
  }

  /// "every day", "every 5 days", "every 3 weeks", "every 4 months", "every 2 years".
  public var text: String {
    let days = typicalGapDays
    func unit(_ count: Double, _ name: String) -> String {
      let rounded = max(1, Int(count.rounded()))
      return rounded == 1 ? "every \(name)" : "every \(rounded) \(name)s"
    }
    if days < 1.5 { return "every day" }
    if (6.5..<7.5).contains(days) { return "every week" }
    if days < 14 { return unit(days, "day") }
    if days < 61 { return unit(days / 7, "week") }
    if days < 335 { return unit(days / 30.44, "month") }
    return unit(days / 365.25, "year")
  }
}

/// Where a silent tie stands, judged against its own rhythm and against Levin, Walter &
/// Murnighan's three years.
public enum TieState: String, Sendable, Codable, CaseIterable {
  /// Silent for more than ``DormantTiesReport/coolingFactor`` times its own rhythm, under three
  /// years.
  case cooling
  /// Silent for the report's threshold, but within its rhythm (or without one), under three years.
  case silent
  /// Silent for three years or more after a real relationship.
  case dormant
}
