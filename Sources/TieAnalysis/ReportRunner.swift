import Foundation
import RekindleModel

/// Computes reports over a store as `rekindle report` does, once: everyone's tie at a date, each
/// tie's rhythm where a report needs it, the reports, the last message of every listed person,
/// and pseudonyms when the reports are to be shared.
///
/// ```swift
/// let runner = ReportRunner(store: database, asOf: Date())
/// let dormant = DormantTiesReport(filter: ReportFilter(asOf: runner.asOf))
/// let ties = try runner.ties(rhythmFor: dormant.needsRhythm)
/// let sections = try runner.sections(of: ties) { [.init(key: "dormant", title: "Dormant", entries: dormant.entries($0))] }
/// ```
public struct ReportRunner {
  /// Where the ties are read: a `GraphDatabase`, or any other `TieStore`.
  public let store: any TieStore
  /// The date the reports are computed at.
  public var asOf: Date
  /// Whether names, the last message and places become stable pseudonyms (`--redact`).
  public var redacts = false

  public init(store: any TieStore, asOf: Date, redacts: Bool = false) {
    self.store = store
    self.asOf = asOf
    self.redacts = redacts
  }

  /// Everyone's tie at ``asOf``, with the contact days (the rhythm) of those `needsRhythm` picks
  /// (a dormant report's candidates: reading every tie's days would cost a scan per person).
  public func ties(rhythmFor needsRhythm: (TieActivity) -> Bool = { _ in false }) throws -> [TieActivity] {
    var ties = try store.tieActivities(asOf: asOf)
    try store.fillContactDays(&ties, for: Set(ties.filter(needsRhythm).map(\.personId)), asOf: asOf)
    return ties
  }

  /// The sections `build` makes of `ties`, built once, with the last message of each listed
  /// person (read for the listed persons only) and, when redacting, pseudonyms.
  public func sections(of ties: [TieActivity], _ build: ([TieActivity]) -> [ReportPage.Section]) throws
    -> [ReportPage.Section]
  {
    var sections = build(ties)
    let listed = Set(sections.flatMap { $0.entries.map(\.personId) })
    var withTexts = ties.filter { listed.contains($0.personId) }
    try store.fillLastTexts(&withTexts, for: listed)
    let texts = Dictionary(
      uniqueKeysWithValues: withTexts.compactMap { tie in tie.last?.text.map { (tie.personId, $0) } })
    let pseudonyms = redacts ? Pseudonymizer(key: try store.redactionKey()) : nil
    for section in sections.indices {
      for index in sections[section].entries.indices {
        var entry = sections[section].entries[index]
        if let text = texts[entry.personId] { entry.last?.excerpt = ReportEntry.excerpt(text) }
        if let pseudonyms { entry = entry.redacted(by: pseudonyms) }
        sections[section].entries[index] = entry
      }
    }
    return sections
  }

  /// The HTML page of `sections` over `ties`: the lists, messages per month with everyone and
  /// with the first listed persons, and how long ties have been silent.
  public func page(_ sections: [ReportPage.Section], ties: [TieActivity]) throws -> ReportPage {
    let listed = Set(sections.flatMap { $0.entries.prefix(HTMLReportPage.timelineRows).map(\.personId) })
    return ReportPage(
      asOf: asOf, sections: sections, monthlyTotals: try store.monthlyInteractions(asOf: asOf),
      personMonths: try store.monthlyInteractions(asOf: asOf, personIds: listed.sorted()),
      silenceDays: ReportPage.silenceDays(ties, asOf: asOf))
  }
}
