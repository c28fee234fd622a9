import RekindleModel

/// A ranked report over the persons' activity: it keeps and scores the ties it is about
/// (`scored`), and puts the listed ones into words (`describe`); ranking, the limit and numbering
/// are shared.
public protocol TieReport: Sendable {
  var filter: ReportFilter { get }

  /// The tie with its strength and score, or `nil` when the report leaves it out.
  func scored(_ tie: TieActivity) -> ScoredTie?

  /// The entry of a kept tie: its reason in plain words and what else the report says.
  func describe(_ scored: ScoredTie) -> ReportEntry
}

extension TieReport {
  /// The report's ranked entries among `ties`.
  public func entries(_ ties: [TieActivity]) -> [ReportEntry] {
    filter.ranked(ties.compactMap(scored), describe: describe)
  }

  /// The entry of one tie, unranked, or `nil` when the report leaves it out.
  public func entry(_ tie: TieActivity) -> ReportEntry? { scored(tie).map(describe) }
}
