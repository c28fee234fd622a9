import Foundation

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

    public init(
      identityId: String, personId: String, platform: Platform, nativeId: String, displayName: String?
    ) {
      self.identityId = identityId
      self.personId = personId
      self.platform = platform
      self.nativeId = nativeId
      self.displayName = displayName
    }
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

  public init(id: String, first: Side, second: Side, probability: Double, weight: Double, evidence: String) {
    self.id = id
    self.first = first
    self.second = second
    self.probability = probability
    self.weight = weight
    self.evidence = evidence
  }
}
