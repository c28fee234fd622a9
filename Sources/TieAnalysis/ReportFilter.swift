import Foundation
import GraphStore

/// What every report shares: the date it is computed at, how many entries it lists, and which
/// persons it considers.
public struct ReportFilter: Sendable {
  /// The date the report is computed at: interactions after it are ignored (default: now).
  public var asOf: Date
  /// The most entries listed (`nil`: all).
  public var limit: Int?
  /// Only persons with an identity on one of these platforms (empty: all).
  public var platforms: Set<String>
  /// Only persons whose company contains this text, ignoring case.
  public var company: String?

  public init(asOf: Date = Date(), limit: Int? = nil, platforms: Set<String> = [], company: String? = nil) {
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

  /// `entries` ranked by score (then name), numbered, and cut to the limit.
  func ranked(_ entries: [ReportEntry]) -> [ReportEntry] {
    let sorted = entries.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.displayName < $1.displayName
    }
    return sorted.prefix(limit ?? sorted.count).enumerated().map { index, entry in
      var entry = entry
      entry.rank = index + 1
      return entry
    }
  }
}
