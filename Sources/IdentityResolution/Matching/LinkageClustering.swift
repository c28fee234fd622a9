import Foundation

/// Clusters scored pairs without chaining: pairs are taken from the strongest down, and two groups
/// merge only when the pairs between them agree on average (average linkage over the pairs that
/// compare first and family names) and the groups do not hold two accounts of one platform. A weak link between
/// `Robert Müller` and `R. Müller` therefore cannot pull `Rachel Müller` in after it.
///
/// Nor does it guess between namesakes: a merge waits when the evidence for it is not clearly
/// stronger than for a rival that cannot be the same person (``assignmentMargin``). With two
/// LinkedIn accounts named Samantha Menon, a Facebook "Samantha Menon" joins neither unless
/// something (a company, a handle) prefers one by the margin; it is kept apart, and the pair is
/// offered for review with every candidate.
struct LinkageClustering {
  /// A scored pair of identity indices.
  struct Edge {
    var a: Int
    var b: Int
    var weight: Double
    /// Why a near-miss was kept apart, when it was not simply below the threshold.
    var reason: String?
    /// For a merge kept apart as ambiguous: an identity of the rival it was as likely to join.
    var rival: Int?
  }

  let scorer: PairScorer
  private(set) var sets: DisjointSets
  let matchThreshold: Double
  let isolated: Set<Int>
  /// How much stronger, in bits of match weight (log2 of a likelihood ratio), the evidence for a
  /// merge must be than for a rival that cannot be the same person: 2 bits, four times as likely.
  var assignmentMargin = 2.0
  /// Pairs the user said are not one person, packed as `(min << 32) | max`.
  var cannotLink: Set<UInt64> = []
  private(set) var merged: [Edge] = []
  private(set) var nearMisses: [Edge] = []
  /// The members of each group, by the group's root.
  private var members: [Int: [Int]] = [:]
  /// For each identity, the scored pairs near enough to a merge to compete with one.
  private var neighbours: [Int: [(Int, Double)]] = [:]

  init(scorer: PairScorer, sets: DisjointSets, matchThreshold: Double, isolated: Set<Int>) {
    self.scorer = scorer
    self.sets = sets
    self.matchThreshold = matchThreshold
    self.isolated = isolated
  }

  /// Scores `candidates` (packed as `(a << 32) | b`) and merges what should be merged.
  mutating func cluster(_ candidates: [UInt64], nearMissThreshold: Double) {
    // Scoring is independent per pair: on all cores.
    var roots = sets
    let groupOf = (0..<sets.count).map { roots.find($0) }
    let scorer = scorer
    let isolated = isolated
    var edges = ParallelChunks.map(candidates.count) { range in
      var found: [Edge] = []
      for candidate in candidates[range] {
        let a = Int(candidate >> 32)
        let b = Int(candidate & 0xFFFF_FFFF)
        guard groupOf[a] != groupOf[b], !isolated.contains(a), !isolated.contains(b) else { continue }
        let score = scorer.score(a, b)
        guard score.isInformative, score.probability >= nearMissThreshold else { continue }
        found.append(Edge(a: a, b: b, weight: score.weight))
      }
      return found
    }
    edges.sort { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }
    for index in 0..<sets.count { members[sets.find(index), default: []].append(index) }
    // The pairs near enough to a merge to be a rival of one.
    let rivalFloor = log2(matchThreshold / (1 - matchThreshold)) - assignmentMargin
    for edge in edges where edge.weight >= rivalFloor {
      neighbours[edge.a, default: []].append((edge.b, edge.weight))
      neighbours[edge.b, default: []].append((edge.a, edge.weight))
    }
    for var edge in edges {
      let rootA = sets.find(edge.a)
      let rootB = sets.find(edge.b)
      guard rootA != rootB else { continue }
      guard 1 / (1 + exp2(-edge.weight)) >= matchThreshold else {
        nearMisses.append(edge)
        continue
      }
      if let reason = conflict(between: members[rootA] ?? [], and: members[rootB] ?? []) {
        edge.reason = reason
        nearMisses.append(edge)
        continue
      }
      if let rival = rival(of: edge, rootA, rootB) {
        edge.rival = rival
        nearMisses.append(edge)
        continue
      }
      sets.union(rootA, rootB)
      let root = sets.find(rootA)
      let joined = (members.removeValue(forKey: rootA) ?? []) + (members.removeValue(forKey: rootB) ?? [])
      members[root] = joined
      merged.append(edge)
    }
  }

  /// An identity of a group that the merge of `edge` competes with, when the evidence does not
  /// prefer the merge by ``assignmentMargin``: a group nearly as strongly linked to the two that
  /// cannot join them (the other LinkedIn Samantha Menon), or two such groups that cannot be one
  /// (then the two are as likely to be either).
  private mutating func rival(of edge: Edge, _ rootA: Int, _ rootB: Int) -> Int? {
    let groupA = members[rootA] ?? []
    let groupB = members[rootB] ?? []
    let union = groupA + groupB
    var rivals: [(root: Int, identity: Int)] = []
    for group in [groupA, groupB] {
      for member in group {
        for (other, weight) in neighbours[member] ?? [] where weight >= edge.weight - assignmentMargin {
          let root = sets.find(other)
          guard root != rootA, root != rootB, !rivals.contains(where: { $0.root == root }) else { continue }
          // A group the member's own group could never join (another account of its platform) is
          // no alternative for it.
          guard !cannotJoin(members[root] ?? [], group) else { continue }
          rivals.append((root, other))
        }
      }
    }
    for rival in rivals where cannotJoin(members[rival.root] ?? [], union) { return rival.identity }
    for (offset, first) in rivals.enumerated() {
      for second in rivals[(offset + 1)...]
      where cannotJoin(members[first.root] ?? [], members[second.root] ?? []) {
        return first.identity
      }
    }
    return nil
  }

  /// True when two groups can never be one person: they hold two accounts of one platform, or a
  /// pair the user said are not one person.
  private func cannotJoin(_ first: [Int], _ second: [Int]) -> Bool {
    for a in first {
      for b in second where cannotLink.contains(Self.pack(a, b)) || scorer.table.areDistinctAccounts(a, b) {
        return true
      }
    }
    return false
  }

  /// Two indices packed as one key, the smaller first.
  static func pack(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

  /// Why two groups must stay apart, or `nil` when they may merge.
  private func conflict(between first: [Int], and second: [Int]) -> String? {
    var total = 0.0
    var compared = 0
    for a in first {
      for b in second {
        if cannotLink.contains(Self.pack(a, b)) { return "you said they are not the same person" }
        if scorer.table.areDistinctAccounts(a, b) { return "two accounts on one platform" }
        let score = scorer.score(a, b)
        // Only pairs that know both names on both sides can contradict: a first name alone
        // (`Thiago`) says too little to hold two groups apart.
        guard score.vector.firstName != 0, score.vector.familyName != 0 else { continue }
        total += score.probability
        compared += 1
      }
    }
    guard compared > 0 else { return nil }
    let average = total / Double(compared)
    guard average >= matchThreshold else {
      return "the groups agree at p=\(PairScorer.decimal(average, places: 3)) on average"
    }
    return nil
  }
}
