import Foundation
import IdentityResolution
import RekindleModel

/// "Whom do I know at the companies I am targeting?" (`rekindle at`).
///
/// For each target (``CompanyTarget``), every person the evidence ties to it
/// (`EmploymentHistory`): those who work there now, then those who worked there before, each
/// group ranked by ``score(_:employment:)``, the worth of the person as a first contact inside:
///
/// - the tie's strength (``TieStrength``), the largest part: a contact who knows you answers;
/// - where the tie stands: a dormant tie (silent three years after a real relationship) is the
///   best reason to write (Levin, Walter & Murnighan: reconnected dormant ties give novel advice
///   and keep their trust), then a cooling or silent one, then a tie in touch this year, and last
///   a connection never written to;
/// - whether you met in person;
/// - how recent the evidence of the employment is: a company stated by this year's export beats
///   one stated five years ago.
public struct CompanyContactsReport: Sendable {
  public var targets: [CompanyTarget]
  /// The date the list is computed at: interactions after it are ignored.
  public var asOf: Date
  /// The most persons listed per company (`nil`: all).
  public var limit: Int?
  public var weights = TieStrength.Weights()
  public var scoreWeights = Weights()
  /// How the silent ties' state is judged (the dormant report's rules: silent after a year,
  /// cooling past eight times the tie's rhythm, dormant after three years).
  public var dormant: DormantTiesReport

  /// The weights of the parts of the score.
  public struct Weights: Sendable, Equatable {
    public var strength = 0.45
    public var state = 0.25
    public var inPerson = 0.15
    public var recency = 0.15
    /// The age of the evidence at which its part falls to 0 (it is 1 for evidence under a year).
    public var staleYears = 5.0

    public init() {}
  }

  public init(targets: [CompanyTarget], asOf: Date, limit: Int? = nil) {
    self.targets = targets
    self.asOf = asOf
    self.limit = limit
    dormant = DormantTiesReport(filter: ReportFilter(asOf: asOf))
  }

  /// The persons whose contact days the states need (`TieStore.fillContactDays(_:for:asOf:)`).
  public func needsRhythm(_ tie: TieActivity) -> Bool { dormant.needsRhythm(tie) }

  /// The persons at each target, in the targets' order.
  public func contacts(ties: [TieActivity], evidence: [EmploymentEvidence]) -> [CompanyContacts] {
    let histories = Dictionary(grouping: evidence, by: \.personId).mapValues(EmploymentHistory.init)
    return targets.map { target in
      var matchedNames: [String: Int] = [:]
      var scored: [(entry: ReportEntry, isCurrent: Bool, isNamed: Bool)] = []
      for tie in ties {
        guard let history = histories[tie.personId],
          let (evidence, isCurrent) = history.employment(at: target)
        else { continue }
        matchedNames[evidence.company, default: 0] += 1
        // "since the 2026 export" when the newer export's job change is what names the company.
        let change = tie.jobChange.flatMap { change in
          isCurrent && evidence.source == .profile && change.company.map(target.matches(company:)) == true
            ? change : nil
        }
        let employment = Employment(
          evidence, isCurrent: isCurrent, since: change, now: isCurrent ? nil : history.currentJob)
        scored.append((entry(tie, employment: employment), isCurrent, tie.isNamed))
      }
      // Current employees first; then by score, named persons first, by name (as the reports).
      let ranked = scored.sorted { a, b in
        if a.isCurrent != b.isCurrent { return a.isCurrent }
        if a.entry.score != b.entry.score { return a.entry.score > b.entry.score }
        if a.isNamed != b.isNamed { return a.isNamed }
        return a.entry.displayName < b.entry.displayName
      }
      let entries = ranked.prefix(limit ?? ranked.count).enumerated().map { index, item in
        var entry = item.entry
        entry.rank = index + 1
        return entry
      }
      let names = matchedNames.map { CompanyContacts.KnownName(name: $0.key, persons: $0.value) }
      return CompanyContacts(
        target: target.text, matchedNames: names.sorted(by: Self.morePersonsFirst), entries: entries,
        suggestions: entries.isEmpty ? suggestions(for: target, evidence: evidence) : [])
    }
  }

  /// The worth of `tie` as a first contact at a company, from 0 to 1.
  public func score(_ tie: TieActivity, employment: Employment) -> Double {
    score(tie, strength: TieStrength(tie, weights: weights), state: state(of: tie), employment: employment)
  }

  /// The score from the tie's strength and state, computed once by the caller.
  private func score(_ tie: TieActivity, strength: TieStrength, state: TieState?, employment: Employment)
    -> Double
  {
    let stateValue: Double =
      switch state {
      case .dormant: 1
      case .cooling: 0.8
      case .silent: 0.7
      case nil: tie.lastInteraction == nil ? 0 : 0.6
      }
    let met = min(1, Double(tie.meetingsInPerson) / weights.saturatingMeetings)
    let recency: Double
    if let seen = employment.seen {
      let years = max(0, asOf.timeIntervalSince(seen) / TieStrength.year)
      recency = years <= 1 ? 1 : max(0, 1 - (years - 1) / (scoreWeights.staleYears - 1))
    } else {
      recency = 0.3
    }
    return scoreWeights.strength * strength.total + scoreWeights.state * stateValue + scoreWeights.inPerson
      * met
      + scoreWeights.recency * recency
  }

  /// Where a silent tie stands (``TieState``), or `nil` for a tie in touch within the dormant
  /// report's silence (a year), or never in touch.
  public func state(of tie: TieActivity) -> TieState? {
    if let scored = dormant.scored(tie) { return scored.state }
    guard let last = tie.lastInteraction, asOf.timeIntervalSince(last) >= dormant.silentFor else {
      return nil
    }
    return .silent
  }

  private func entry(_ tie: TieActivity, employment: Employment) -> ReportEntry {
    let strength = TieStrength(tie, weights: weights)
    let state = state(of: tie)
    let score = score(tie, strength: strength, state: state, employment: employment)
    var reasons = [employment.text]
    reasons += [TieDescription.messages(tie)].compactMap { $0 }
    if let last = tie.lastInteraction {
      let silence = Int(asOf.timeIntervalSince(last) / 86_400)
      if let state {
        reasons.append("\(state.rawValue) \(TieDescription.span(days: silence))")
      } else if tie.messages + tie.calls > 0 {
        reasons.append("in touch \(TieDescription.span(days: silence)) ago")
      }
    } else {
      reasons.append("never in touch")
    }
    if tie.meetingsInPerson > 0 {
      reasons.append(tie.meetingsInPerson == 1 ? "met once" : "met \(tie.meetingsInPerson) times")
    }
    var entry = ReportEntry(
      tie, strength: strength, score: score, asOf: asOf,
      reason: reasons.joined(separator: "; "), whereToMeet: nil)
    entry.state = state
    entry.employment = employment
    // The platform last written on; else the one that says where they work, when it is an
    // account one can write to; else their first.
    entry.reachOn =
      tie.last?.platform
      ?? ([.contacts, .calendar].contains(employment.platform) ? nil : employment.platform)
      ?? tie.platforms.first
    return entry
  }

  /// The company names closest to `target`, with their persons, when nobody matched.
  private func suggestions(for target: CompanyTarget, evidence: [EmploymentEvidence])
    -> [CompanyContacts.KnownName]
  {
    var persons: [String: Set<String>] = [:]
    var written: [String: [String: Int]] = [:]
    for piece in evidence where piece.source != .workEmail {
      guard let key = CompanyName.normalized(piece.company) else { continue }
      persons[key, default: []].insert(piece.personId)
      written[key, default: [:]][piece.company, default: 0] += 1
    }
    let close = persons.keys.compactMap { key -> (KnownNameCloseness)? in
      // The spelling most persons use, else the shortest ("Contoso" before "Contoso, Inc.").
      guard
        let name = written[key]?.min(by: {
          ($0.value, $1.key.count, $1.key) > ($1.value, $0.key.count, $0.key)
        })?.key
      else { return nil }
      let closeness = target.closeness(to: name)
      guard closeness >= 0.88 else { return nil }
      return KnownNameCloseness(
        name: .init(name: name, persons: persons[key]?.count ?? 0), closeness: closeness)
    }
    return close.sorted {
      $0.closeness != $1.closeness ? $0.closeness > $1.closeness : Self.morePersonsFirst($0.name, $1.name)
    }.prefix(3).map(\.name)
  }

  private struct KnownNameCloseness {
    var name: CompanyContacts.KnownName
    var closeness: Double
  }

  private static func morePersonsFirst(_ a: CompanyContacts.KnownName, _ b: CompanyContacts.KnownName) -> Bool
  {
    a.persons != b.persons ? a.persons > b.persons : a.name < b.name
  }

}
