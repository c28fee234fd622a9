/// The links behind a resolution, in order: hard evidence, scored merges and near-misses, rules.
///
/// A scored link's evidence (the comparison in words, a few hundred bytes) is written when the
/// link is read, not when the resolution ends: a store of tens of thousands of near-misses is
/// then explained one link at a time while the links are saved, instead of holding every text at
/// once.
public struct ResolvedLinks: RandomAccessCollection, Sendable {
  /// A pair the clustering scored: merged, or a near-miss kept apart (with why, when it was not
  /// simply below the threshold).
  struct ScoredPair: Sendable {
    var first: Int
    var second: Int
    var weight: Double
    var merged: Bool
    var keptApartBecause: String? = nil
    /// Why a merge happened when the pair alone was not enough.
    var note: String? = nil
  }

  private let leading: [IdentityResolver.Link]
  private let scored: [ScoredPair]
  private let trailing: [IdentityResolver.Link]
  private let scorer: PairScorer?
  private let ids: [Int64]

  init(
    leading: [IdentityResolver.Link], scored: [ScoredPair] = [], scorer: PairScorer? = nil, ids: [Int64] = [],
    trailing: [IdentityResolver.Link] = []
  ) {
    self.leading = leading
    self.scored = scored
    self.scorer = scorer
    self.ids = ids
    self.trailing = trailing
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { leading.count + scored.count + trailing.count }

  public subscript(position: Int) -> IdentityResolver.Link {
    if position < leading.count { return leading[position] }
    let scoredPosition = position - leading.count
    guard scoredPosition < scored.count, let scorer else {
      return trailing[scoredPosition - scored.count]
    }
    let pair = scored[scoredPosition]
    var evidence = scorer.explanation(pair.first, pair.second)
    if let reason = pair.keptApartBecause { evidence += "; kept apart: " + reason }
    if let note = pair.note { evidence += "; merged: " + note }
    return IdentityResolver.Link(
      first: ids[pair.first], second: ids[pair.second], evidence: .scored(evidence), weight: pair.weight,
      merged: pair.merged)
  }
}
