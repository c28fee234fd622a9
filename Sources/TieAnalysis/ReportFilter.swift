import Foundation
import RekindleModel

/// What every report shares: the date it is computed at, how many entries it lists, and which
/// persons it considers.
public struct ReportFilter: Sendable {
  /// The date the report is computed at: interactions after it are ignored (default: now).
  public var asOf: Date
  /// The most entries listed (`nil`: all).
  public var limit: Int?
  /// Only persons with an identity on one of these platforms (empty: all).
  public var platforms: Set<Platform>
  /// Only persons whose company contains this text, ignoring case.
  public var company: String?

  public init(asOf: Date = Date(), limit: Int? = nil, platforms: Set<Platform> = [], company: String? = nil) {
    self.asOf = asOf
    self.limit = limit
    self.platforms = platforms
    self.company = company
  }

  func includes(_ tie: TieActivity) -> Bool {
    if !platforms.isEmpty, platforms.isDisjoint(with: tie.platforms) { return false }
    if let company, !company.isEmpty {
      guard let actual = tie.company, actual.lowercased().contains(company.lowercased()) else { return false }
    }
    return true
  }

  /// The ties of `scored` ranked by score (then named persons before handles and ids, then by
  /// name) and cut to the limit, then described by `describe` and numbered: only the listed ties
  /// are put into words.
  func ranked(_ scored: [ScoredTie], describe: (ScoredTie) -> ReportEntry) -> [ReportEntry] {
    let sorted = scored.sorted {
      if $0.score != $1.score { return $0.score > $1.score }
      if $0.tie.isNamed != $1.tie.isNamed { return $0.tie.isNamed }
      return $0.tie.displayName < $1.tie.displayName
    }
    return sorted.prefix(limit ?? sorted.count).enumerated().map { index, scored in
      var entry = describe(scored)
      entry.rank = index + 1
      return entry
    }
  }
}

/// A tie a report keeps, with its strength and score, before it is put into words.
public struct ScoredTie: Sendable {
  public var tie: TieActivity
  public var strength: TieStrength
  public var score: Double
  /// Where a silent tie stands, and the rhythm it was judged against (the dormant report).
  public var state: TieState?
  public var rhythm: TieRhythm?
  /// The value of reconnecting, in parts (the dormant report).
  public var value: ReconnectionValue?

  public init(tie: TieActivity, strength: TieStrength, score: Double) {
    self.tie = tie
    self.strength = strength
    self.score = score
  }
}
