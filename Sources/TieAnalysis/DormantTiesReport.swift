import Foundation
import RekindleModel

/// "Whom did I once talk to a lot, and have not talked to in a long time?"
///
/// A tie is listed when it had a real two-way relationship (at least ``minimumEachWay`` messages
/// each way, or ``minimumEachWay`` meetings in person) and has been silent on every platform for
/// at least ``silentFor``, or for more than ``coolingFactor`` times its own rhythm
/// (``TieRhythm``). Each entry says where it stands (``TieState``): *cooling* past its rhythm,
/// *dormant* after ``dormantAfter`` (three years), else *silent*. Ties that never were active (an
/// accepted invitation and nothing since) are weak ties, not dormant ones, and are left out.
///
/// Entries are ranked by the value of reconnecting (``ReconnectionValue``): the strength the tie
/// had and its novelty (a new position since, little said before), times a factor that grows with
/// the silence up to three years (Levin, Walter & Murnighan's dormant ties) and fades by 15 % a
/// year after that (Dunbar's decay of closeness without contact).
public struct DormantTiesReport: TieReport {
  public var filter: ReportFilter
  /// The silence from which a tie is dormant (default: 365 days).
  public var silentFor: TimeInterval = 365 * 86_400
  /// Messages each way (or meetings in person) that make a relationship two-way.
  public var minimumEachWay = 2
  /// A tie silent for more than this many times its own rhythm is cooling (Navarro et al. 2017).
  public var coolingFactor = 8.0
  /// The least silence that counts as cooling, whatever the rhythm: a fortnight away from a daily
  /// tie is a holiday, not a decay.
  public var minimumCoolingSilence: TimeInterval = 30 * 86_400
  /// The silence from which a tie is dormant in Levin, Walter & Murnighan's sense (three years).
  public var dormantAfter: TimeInterval = 3 * TieStrength.year
  /// Years of silence at which the reconnection factor reaches 1.
  public var fullDormancyYears = 3.0
  /// The yearly decay of the factor after that.
  public var yearlyDecay = 0.15
  public var weights = TieStrength.Weights()
  public var valueWeights = ReconnectionValue.Weights()

  public init(filter: ReportFilter = ReportFilter()) {
    self.filter = filter
  }

  public func scored(_ tie: TieActivity) -> ScoredTie? {
    guard filter.includes(tie), let last = tie.lastInteraction else { return nil }
    let silence = filter.asOf.timeIntervalSince(last)
    let rhythm = TieRhythm(tie)
    let cooling =
      rhythm.map { silence > coolingFactor * $0.typicalGapDays * 86_400 && silence >= minimumCoolingSilence }
      ?? false
    guard isTwoWay(tie), silence >= silentFor || cooling else { return nil }
    let strength = TieStrength(tie, weights: weights)
    let years = silence / TieStrength.year
    let factor = min(1, years / fullDormancyYears) * pow(1 - yearlyDecay, max(0, years - fullDormancyYears))
    let value = ReconnectionValue(tie, strength: strength, silenceFactor: factor, weights: valueWeights)
    var scored = ScoredTie(tie: tie, strength: strength, score: value.total)
    scored.value = value
    scored.state = silence >= dormantAfter ? .dormant : cooling ? .cooling : .silent
    scored.rhythm = rhythm
    return scored
  }

  /// Whether the report needs `tie`'s contact days to judge it (a two-way tie silent for long
  /// enough to be cooling): the persons to pass to `TieStore.fillContactDays(_:for:asOf:)`.
  public func needsRhythm(_ tie: TieActivity) -> Bool {
    guard let last = tie.lastInteraction else { return false }
    return isTwoWay(tie) && filter.asOf.timeIntervalSince(last) >= min(minimumCoolingSilence, silentFor)
  }

  /// A real relationship: ``minimumEachWay`` messages each way, or as many meetings in person.
  private func isTwoWay(_ tie: TieActivity) -> Bool {
    (tie.messagesSent >= minimumEachWay && tie.messagesReceived >= minimumEachWay)
      || tie.meetingsInPerson >= minimumEachWay
  }

  public func describe(_ scored: ScoredTie) -> ReportEntry {
    let tie = scored.tie
    var reasons = [TieDescription.messages(tie)].compactMap { $0 }
    if tie.meetingsInPerson > 0 {
      reasons.append("met \(tie.meetingsInPerson) time\(tie.meetingsInPerson == 1 ? "" : "s") in person")
    }
    let silence = tie.lastInteraction.map { filter.asOf.timeIntervalSince($0) } ?? 0
    if let rhythm = scored.rhythm { reasons.append("usually \(rhythm.text)") }
    // The state is said when it adds to the silence: past the tie's rhythm, or past three years.
    let state = scored.state.flatMap { $0 == .silent ? nil : ", \($0.rawValue)" } ?? ""
    reasons.append("silent \(TieDescription.span(days: Int(silence / 86_400)))" + state)
    if let change = tie.jobChange {
      reasons.append("now \(change.after) (was \(change.before))")
    }
    var entry = ReportEntry(
      tie, strength: scored.strength, score: scored.score, asOf: filter.asOf,
      reason: reasons.joined(separator: "; "), whereToMeet: nil)
    entry.state = scored.state
    entry.value = scored.value
    entry.typicalGapDays = scored.rhythm.map { ($0.typicalGapDays * 10).rounded() / 10 }
    return entry
  }
}
