import Foundation
import RekindleModel

/// Two identities that resolution scored as possibly one person, below the confidence at which it
/// merges them and above the floor of the review queue: for the user to accept or reject.
public struct MergeCandidate: Sendable, Equatable, Codable {
  /// One identity of the pair, and the person it belongs to now.
  public struct Side: Sendable, Equatable, Codable {
    /// The identity's id, as `export` writes it (`i-…`).
    public var identityId: String
    public var personId: String
    public var platform: Platform
    public var nativeId: String
    public var displayName: String?
  }

  /// The candidate's id (`m-…`), stable for the pair: `rekindle review accept ID`.
  public var id: String
  public var first: Side
  public var second: Side
  /// The posterior probability that the two are one person.
  public var probability: Double
  /// The match weight (log2 of the posterior odds).
  public var weight: Double
  /// The comparison in words, field by field, and why the pair was kept apart.
  public var evidence: String
}
