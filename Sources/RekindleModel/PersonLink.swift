/// Why two identities are one person, or why a near-miss between them was kept apart: what
/// resolution found and the store keeps, so that `explain` can say it.
public struct PersonLink: Equatable, Sendable {
  /// The two identities, by store id.
  public var first: Int64
  public var second: Int64
  /// The shared key (`email:…`, `phone:…`, a handle such as `linkedin:…`), `rule:merge`, or the
  /// scored comparison (`p=0.9990 (weight 10.0): first name nickname +2.1, …`); read back as a
  /// ``MergeEvidence``.
  public var evidence: String
  /// The match weight of a scored pair (log2 of its posterior odds); `nil` for hard evidence
  /// and rules.
  public var weight: Double?
  /// True for merges, false for near-misses kept apart.
  public var merged: Bool

  public init(first: Int64, second: Int64, evidence: String, weight: Double?, merged: Bool) {
    self.first = first
    self.second = second
    self.evidence = evidence
    self.weight = weight
    self.merged = merged
  }
}

/// What a merge rests on, read from a ``PersonLink``'s evidence.
public enum MergeEvidence: Sendable, Equatable {
  /// A key both identities carry: `email:…`, `phone:…`, a handle (`linkedin:…`, `reused:…`).
  case sharedKey(String)
  /// The user's `rekindle merge` (or an accepted review).
  case rule
  /// The scored comparison, in words, with each field's weight.
  case scored(String)

  /// The evidence a link's text stands for.
  public init(_ text: String) {
    if text == Self.ruleText {
      self = .rule
    } else if text.hasPrefix("p=") {
      self = .scored(text)
    } else {
      self = .sharedKey(text)
    }
  }

  /// How a merge rule is written in a link.
  public static let ruleText = "rule:merge"
}
