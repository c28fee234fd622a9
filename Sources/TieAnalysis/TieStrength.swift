import Foundation
import RekindleModel

/// How strong a tie was, from 0 to 1, in parts that follow the dimensions of Gilbert & Karahalios
/// (2009) that the exports can observe: intensity (how much was said), reciprocity and meetings
/// in person (intimacy), duration, and multiplexity (how many channels). See `docs/analysis.md`
/// for the weights and the caps.
public struct TieStrength: Sendable, Equatable, Codable {
  /// Messages and calls, both ways, on a log scale that reaches 1 at ``Weights/saturatingMessages``.
  public var intensity: Double
  /// The smaller direction over the larger one: 1 when both write as much.
  public var reciprocity: Double
  /// Years from the first to the last interaction, over ``Weights/saturatingYears``.
  public var duration: Double
  /// Channels beyond the first (platforms with messages, and meeting in person), over 2.
  public var multiplexity: Double
  /// Meetings in person, over ``Weights/saturatingMeetings``.
  public var inPerson: Double
  /// The weighted sum.
  public var total: Double

  /// The weights of the parts and the points where each reaches 1.
  public struct Weights: Sendable, Equatable {
    public var intensity = 0.30
    public var reciprocity = 0.25
    public var duration = 0.20
    public var multiplexity = 0.10
    public var inPerson = 0.15
    public var saturatingMessages = 100.0
    public var saturatingYears = 3.0
    public var saturatingMeetings = 3.0

    public init() {}

    /// The names ``set(_:to:)`` takes: the parts' weights, and the saturation points
    /// (`messages`, `years`, `meetings`).
    public static let names = [
      "intensity", "reciprocity", "duration", "multiplexity", "in-person", "messages", "years", "meetings",
    ]

    /// Sets the weight or saturation point `name` (one of ``names``); false for an unknown name or
    /// a negative value (or a zero saturation point).
    public mutating func set(_ name: String, to value: Double) -> Bool {
      guard value >= 0 else { return false }
      switch name {
      case "intensity": intensity = value
      case "reciprocity": reciprocity = value
      case "duration": duration = value
      case "multiplexity": multiplexity = value
      case "in-person": inPerson = value
      case "messages" where value > 0: saturatingMessages = value
      case "years" where value > 0: saturatingYears = value
      case "meetings" where value > 0: saturatingMeetings = value
      default: return false
      }
      return true
    }
  }

  public init(_ tie: TieActivity, weights: Weights = Weights()) {
    let volume = Double(tie.messages + tie.calls)
    intensity = min(1, log2(1 + volume) / log2(1 + weights.saturatingMessages))
    let high = max(tie.messagesSent, tie.messagesReceived)
    reciprocity = high == 0 ? 0 : Double(min(tie.messagesSent, tie.messagesReceived)) / Double(high)
    if let first = tie.firstInteraction, let last = tie.lastInteraction {
      duration = min(1, last.timeIntervalSince(first) / Self.year / weights.saturatingYears)
    } else {
      duration = 0
    }
    let channels = tie.spans.count + (tie.meetingsInPerson > 0 ? 1 : 0)
    multiplexity = min(1, Double(max(0, channels - 1)) / 2)
    inPerson = min(1, Double(tie.meetingsInPerson) / weights.saturatingMeetings)
    total =
      weights.intensity * intensity + weights.reciprocity * reciprocity + weights.duration * duration
      + weights.multiplexity * multiplexity + weights.inPerson * inPerson
  }

  /// A year of 365.25 days, in seconds.
  static let year = 365.25 * 86_400
}
