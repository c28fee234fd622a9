import Foundation
import RekindleModel

/// What reconnecting with a silent tie is worth, in parts.
///
/// People asked to pick dormant ties to reconnect with choose those they spent the most time with,
/// yet the most valuable ones combine *engagement* (a real, reciprocated relationship) with
/// *novelty*: less time together in the past, and a new position since (Walter, Levin &
/// Murnighan 2015). So the value adds novelty to past strength rather than ranking by strength
/// alone, and fades with the silence as the dormant report's factor does.
public struct ReconnectionValue: Sendable, Equatable, Codable {
  /// The tie's past strength (``TieStrength/total``): composed messages and calls, reciprocity,
  /// duration, channels, meetings in person. Reactions, mentions and follows do not count.
  public var pastStrength: Double
  /// From 0 to 1: ``Weights/newPosition`` when the exports show a new company or title since the
  /// last contact, plus the rest times how little was said (1 − the intensity part of strength).
  public var novelty: Double
  /// Whether the exports show a new company or title since the last contact.
  public var newPosition: Bool
  /// The factor of the silence: grows to 1 at three years, then fades 15 % a year.
  public var silenceFactor: Double
  /// `silenceFactor × ((1 − noveltyWeight) × pastStrength + noveltyWeight × novelty)`.
  public var total: Double

  /// The share of novelty in the value, and of a new position in novelty.
  public struct Weights: Sendable, Equatable {
    /// The share of novelty in the value (the rest is past strength).
    public var novelty = 0.4
    /// The share of a new position in novelty (the rest is how little was said).
    public var newPosition = 0.6

    public init() {}
  }

  public init(_ tie: TieActivity, strength: TieStrength, silenceFactor: Double, weights: Weights = Weights())
  {
    pastStrength = strength.total
    newPosition = Self.hasNewPosition(tie)
    novelty =
      weights.newPosition * (newPosition ? 1 : 0) + (1 - weights.newPosition) * (1 - strength.intensity)
    self.silenceFactor = silenceFactor
    total = silenceFactor * ((1 - weights.novelty) * pastStrength + weights.novelty * novelty)
  }

  /// True when a job change was seen after the last contact.
  static func hasNewPosition(_ tie: TieActivity) -> Bool {
    guard let change = tie.jobChange else { return false }
    return tie.lastInteraction.map { change.date > $0 } ?? true
  }
}
