import Foundation
import GraphStore

/// "Whom did I once talk to a lot, and have not talked to in a long time?"
///
/// A dormant tie had a real two-way relationship (at least ``minimumEachWay`` messages each way,
/// or ``minimumEachWay`` meetings in person) and has been silent on every platform for at least
/// ``silentFor``. Ties that never were active (an accepted invitation and nothing since) are weak
/// ties, not dormant ones, and are left out. Entries are ranked by the value of reconnecting: the
/// strength the tie had, times a factor that grows with the silence up to three years (Levin,
/// Walter & Murnighan's dormant ties) and fades by 15 % a year after that (Dunbar's decay of
/// closeness without contact).
public struct DormantTiesReport: TieReport {
  public var filter: ReportFilter
  /// The silence from which a tie is dormant (default: 365 days).
  public var silentFor: TimeInterval = 365 * 86_400
  /// Messages each way (or meetings in person) that make a relationship two-way.
  public var minimumEachWay = 2
  /// Years of silence at which the reconnection factor reaches 1.
  public var fullDormancyYears = 3.0
  /// The yearly decay of the factor after that.
  public var yearlyDecay = 0.15
  public var weights = TieStrength.Weights()

  public init(filter: ReportFilter = ReportFilter()) {
    self.filter = filter
  }

  public func scored(_ tie: TieActivity) -> ScoredTie? {
    guard filter.includes(tie), let last = tie.lastInteraction else { return nil }
    let twoWay =
      (tie.messagesSent >= minimumEachWay && tie.messagesReceived >= minimumEachWay)
      || tie.meetingsInPerson >= minimumEachWay
    let silence = filter.asOf.timeIntervalSince(last)
    guard twoWay, silence >= silentFor else { return nil }
    let strength = TieStrength(tie, weights: weights)
    let years = silence / TieStrength.year
    let factor = min(1, years / fullDormancyYears) * pow(1 - yearlyDecay, max(0, years - fullDormancyYears))
    return ScoredTie(tie: tie, strength: strength, score: strength.total * factor)
  }

  public func describe(_ scored: ScoredTie) -> ReportEntry {
    let tie = scored.tie
    var reasons = [TieDescription.messages(tie)].compactMap { $0 }
    if tie.meetingsInPerson > 0 {
      reasons.append("met \(tie.meetingsInPerson) time\(tie.meetingsInPerson == 1 ? "" : "s") in person")
    }
    let silence = tie.lastInteraction.map { filter.asOf.timeIntervalSince($0) } ?? 0
    reasons.append("silent \(TieDescription.span(days: Int(silence / 86_400)))")
    return ReportEntry(
      tie, strength: scored.strength, score: scored.score, asOf: filter.asOf,
      reason: reasons.joined(separator: "; "), whereToMeet: nil)
  }
}
