/// Why two identities are one person, or why a near-miss between them was kept apart: what
/// resolution found and the store keeps, so that `explain` can say it.
public struct PersonLink: Equatable, Sendable {
  /// The two identities, by store id.
  public var first: Int64
  public var second: Int64
  /// The shared key (`email:…`, `phone:…`, a handle such as `linkedin:…`), the user's rule, or the
  /// scored comparison (`p=0.9990 (weight 10.0): first name nickname +2.1, …`).
  public var evidence: MergeEvidence
  /// The match weight of a scored pair (log2 of its posterior odds); `nil` for hard evidence
  /// and rules.
  public var weight: Double?
  /// True for merges, false for near-misses kept apart.
  public var merged: Bool

  public init(first: Int64, second: Int64, evidence: MergeEvidence, weight: Double?, merged: Bool) {
    self.first = first
    self.second = second
    self.evidence = evidence
    self.weight = weight
    self.merged = merged
  }
}

/// What a merge (or a near-miss kept apart) rests on.
public enum MergeEvidence: Sendable, Equatable {
  /// A key both identities carry: `email:…`, `phone:…`, a handle (`linkedin:…`, `reused:…`).
  case sharedKey(String)
  /// The user's `rekindle merge` (or an accepted review).
  case rule
  /// The scored comparison, in words, with each field's weight.
  case scored(String)

  /// The evidence a stored ``text`` stands for.
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

  /// The evidence as the store keeps it and `explain` reads it back: the key, `rule:merge`, or
  /// the scored comparison.
  public var text: String {
    switch self {
    case .sharedKey(let key): key
    case .rule: Self.ruleText
    case .scored(let comparison): comparison
    }
  }
}
