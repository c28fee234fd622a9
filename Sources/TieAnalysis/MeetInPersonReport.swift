import Foundation
import RekindleModel

/// "Whom do I know only online, and should meet in person?"
///
/// A person with meaningful online interaction (at least ``minimumMessages`` messages, some each
/// way) and no evidence of ever meeting in person: no calendar event with a physical location
/// that both attended (a video call is not a meeting) and no meeting the owner logged with
/// `rekindle met`. Entries are ranked by tie strength times recency (closeness fades by 15 % a
/// year without contact), and say where the two could meet when the data does: an upcoming event
/// with a place that both are invited to. Nothing else is invented.
public struct MeetInPersonReport: TieReport {
  public var filter: ReportFilter
  /// Messages (both ways together) that make an online tie meaningful.
  public var minimumMessages = 4
  /// The yearly decay of the recency factor.
  public var yearlyDecay = 0.15
  public var weights = TieStrength.Weights()

  public init(filter: ReportFilter = ReportFilter()) {
    self.filter = filter
  }

  public func scored(_ tie: TieActivity) -> ScoredTie? {
    guard filter.includes(tie), tie.meetingsInPerson == 0, tie.messages >= minimumMessages,
      tie.messagesSent > 0, tie.messagesReceived > 0, let last = tie.lastInteraction
    else { return nil }
    let strength = TieStrength(tie, weights: weights)
    let years = max(0, filter.asOf.timeIntervalSince(last) / TieStrength.year)
    return ScoredTie(tie: tie, strength: strength, score: strength.total * pow(1 - yearlyDecay, years))
  }

  public func describe(_ scored: ScoredTie) -> ReportEntry {
    let tie = scored.tie
    var reasons = [TieDescription.messages(tie)].compactMap { $0 }
    reasons.append(
      tie.meetingsOnline > 0
        ? "\(tie.meetingsOnline) video call\(tie.meetingsOnline == 1 ? "" : "s"), never met in person"
        : "never met in person")
    let silence = Int((tie.lastInteraction.map { filter.asOf.timeIntervalSince($0) } ?? 0) / 86_400)
    reasons.append("last contact \(TieDescription.span(days: silence)) ago")
    let whereToMeet = tie.upcomingMeeting.map { meeting in
      "both invited to " + (meeting.location.map { "\($0) " } ?? "an event ") + "on "
        + TieDescription.day(meeting.date)
    }
    return ReportEntry(
      tie, strength: scored.strength, score: scored.score, asOf: filter.asOf,
      reason: reasons.joined(separator: "; "), whereToMeet: whereToMeet)
  }
}
