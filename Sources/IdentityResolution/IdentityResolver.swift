import Foundation
import RekindleModel

/// Groups identities into persons.
///
/// 1. **Hard evidence** first: the same account handle merges always (one account seen from two
///    places), and so does a distinctive handle reused on two platforms; the same canonical e-mail or E.164 phone merges when the first names agree (equal,
///    nickname variants, or one unknown), since families share landlines and mailboxes; a key
///    shared by more than ``maximumSharing`` identities (a team address) is not evidence.
/// 2. **Names and companies**, scored by a Fellegi–Sunter ``MatchModel`` estimated from the
///    identities themselves, on the pairs that blocking proposes.
/// 3. **Clustering** that does not chain: scored pairs are taken strongest first, and two groups
///    merge only when their pairs agree on average (average linkage) and they do not hold two
///    accounts of one platform.
///
/// The user's rules apply last. Every merge keeps its evidence, and the near-misses kept apart are
/// reported too, so that a person can be explained.
public struct IdentityResolver {
  /// One identity to resolve: its store id and what the archives say about it.
  public struct Input: Sendable {
    public var id: Int64
    public var record: IdentityRecord

    public init(id: Int64, record: IdentityRecord) {
      self.id = id
      self.record = record
    }
  }

  /// Why two identities were merged, or why a near-miss was kept apart.
  public typealias Link = PersonLink

  /// The outcome: groups of identity ids (each group one person), and the links behind them.
  public struct Result: Sendable {
    public var groups: [[Int64]]
    /// Hard evidence, scored merges and near-misses, then rules; a scored link's evidence is
    /// written when the link is read.
    public var links: ResolvedLinks
    /// The model the names were scored with (`nil` when names were not used).
    public var model: MatchModel?
    /// The number of pairs blocking proposed and the model scored.
    public var scoredPairs: Int
    /// Seconds spent in each phase, in order (`features`, `hard evidence`, ...), for benchmarks.
    public var timings: [(phase: String, seconds: Double)]
  }

  /// Keys shared by more identities than this are ignored.
  public var maximumSharing = 4
  /// The region of phone numbers written without a country code.
  public var defaultRegion: String
  /// Whether names and companies are scored (else hard evidence only).
  public var usesNames = true
  /// The posterior probability from which a scored pair merges.
  public var matchThreshold = 0.5
  /// The posterior probability from which a pair kept apart is reported as a near-miss.
  public var nearMissThreshold = 0.1

  public init(defaultRegion: String = "US") {
    self.defaultRegion = defaultRegion
  }

  /// Resolves `inputs`, then applies the user's rules: `mustLink` pairs (by identity id) are
  /// always one person; `isolated` identities are never merged by evidence (only by `mustLink`);
  /// `cannotLink` pairs are never joined by names (a merge review the user rejected).
  public func resolve(
    _ inputs: [Input], mustLink: [(Int64, Int64)] = [], isolated: Set<Int64> = [],
    cannotLink: [(Int64, Int64)] = []
  ) -> Result {
    var clock = PhaseClock()
    let features = Self.features(of: inputs.map(\.record), defaultRegion: defaultRegion)
    clock.lap("features")
    let isolatedIndices = Set(inputs.indices.filter { isolated.contains(inputs[$0].id) })
    var sets = DisjointSets(count: inputs.count)
    var links: [Link] = []
    let hardPairs = linkHardEvidence(inputs, features, isolated: isolatedIndices, sets: &sets, links: &links)
    clock.lap("hard evidence")

    var model: MatchModel?
    var scoredPairs = 0
    var merged: [LinkageClustering.Edge] = []
    var nearMisses: [LinkageClustering.Edge] = []
    var scorer: PairScorer?
    if usesNames, inputs.count > 1 {
      let table = MatchingTable(records: inputs.map(\.record), features: features)
      clock.lap("matching table")
      let pairScorer = PairScorer(table: table, model: .estimate(from: table, matches: hardPairs))
      scorer = pairScorer
      model = pairScorer.model
      clock.lap("model")
      let candidates = Blocking().candidatePairs(table)
      scoredPairs = candidates.count
      clock.lap("blocking")
      var clustering = LinkageClustering(
        scorer: pairScorer, sets: sets, matchThreshold: matchThreshold, isolated: isolatedIndices)
      let index = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1.id, $0) })
      clustering.cannotLink = Set(
        cannotLink.compactMap { pair in
          index[pair.0].flatMap { a in index[pair.1].map { LinkageClustering.pack(a, $0) } }
        })
      clustering.cluster(candidates, nearMissThreshold: nearMissThreshold)
      sets = clustering.sets
      merged = clustering.merged
      nearMisses = clustering.nearMisses
      clock.lap("scoring and clustering")
    }

    let position = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1.id, $0) })
    var ruleLinks: [Link] = []
    for (first, second) in mustLink {
      guard let a = position[first], let b = position[second] else { continue }
      // Listed even when the evidence already joined them: the user said so.
      sets.union(a, b)
      ruleLinks.append(
        Link(first: first, second: second, evidence: .rule, weight: nil, merged: true))
    }
    var groups: [Int: [Int64]] = [:]
    var groupMembers: [Int: [Int]] = [:]
    for index in inputs.indices {
      let root = sets.find(index)
      groups[root, default: []].append(inputs[index].id)
      groupMembers[root, default: []].append(index)
    }
    let sortedGroups = groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    // The merges, then the near-misses still apart; their words are written when read, but for
    // the ambiguous ones, which name the persons they were as likely to join.
    func person(of index: Int) -> String {
      let members = (groupMembers[sets.find(index)] ?? [index]).sorted { inputs[$0].id < inputs[$1].id }
      var label = PersonLabel()
      for member in members {
        let record = inputs[member].record
        label.offer(record.key, displayName: record.displayName, handle: record.handle)
      }
      return "\(label.text ?? "?") (\(PersonID.initial(for: inputs[members[0]].record.key)))"
    }
    let scoredLinks =
      merged.map {
        ResolvedLinks.ScoredPair(first: $0.a, second: $0.b, weight: $0.weight, merged: true, note: $0.reason)
      }
      + nearMisses.filter { sets.find($0.a) != sets.find($0.b) }.map { edge in
        var reason = edge.reason
        if let rival = edge.rival {
          reason =
            "as likely to be \(person(of: rival)) as \(person(of: edge.b)): the evidence does not tell them apart"
        }
        return ResolvedLinks.ScoredPair(
          first: edge.a, second: edge.b, weight: edge.weight, merged: false, keptApartBecause: reason)
      }
    clock.lap("links and groups")
    let resolvedLinks = ResolvedLinks(
      leading: links, scored: scoredLinks, scorer: scorer, ids: inputs.map(\.id), trailing: ruleLinks)
    return Result(
      groups: sortedGroups, links: resolvedLinks, model: model, scoredPairs: scoredPairs, timings: clock.laps)
  }

  /// Unites identities that share hard keys, records each merge, and returns the pairs that
  /// share a key (the labelled matches the model learns from).
  private func linkHardEvidence(
    _ inputs: [Input], _ features: [IdentityFeatures], isolated: Set<Int>, sets: inout DisjointSets,
    links: inout [Link]
  ) -> [(Int, Int)] {
    var byKey: [String: [Int]] = [:]
    for (index, feature) in features.enumerated() {
      for key in feature.hardKeys { byKey[key, default: []].append(index) }
    }
    var pairs: [(Int, Int)] = []
    let shared = byKey.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
    for (key, members) in shared {
      guard members.count <= maximumSharing else { continue }
      let isHandle = !key.hasPrefix("email:") && !key.hasPrefix("phone:")
      let isReusedHandle = key.hasPrefix("reused:")
      for (offset, first) in members.enumerated() {
        for second in members[(offset + 1)...] {
          guard !isolated.contains(first), !isolated.contains(second) else { continue }
          // One handle on two platforms is one person; two accounts of one platform are two.
          if isReusedHandle && inputs[first].record.key.platform == inputs[second].record.key.platform {
            continue
          }
          // Every pair sharing a key teaches the model, merged or not, so that the m-probabilities
          // are not biased towards agreeing first names.
          pairs.append((first, second))
          guard isHandle || Self.firstNamesAgree(features[first].name, features[second].name) else {
            continue
          }
          if sets.union(first, second) {
            links.append(
              Link(
                first: inputs[first].id, second: inputs[second].id, evidence: .sharedKey(key), weight: nil,
                merged: true))
          }
        }
      }
    }
    return pairs
  }

  /// The features of every record, computed on all cores (name transliteration dominates).
  static func features(of records: [IdentityRecord], defaultRegion: String) -> [IdentityFeatures] {
    ParallelChunks.map(records.count) { range in
      records[range].map { IdentityFeatures($0, defaultRegion: defaultRegion) }
    }
  }

  /// True when two names can be one person's first name: equal, nickname variants, or one of the
  /// names unknown.
  static func firstNamesAgree(_ a: PersonName, _ b: PersonName) -> Bool {
    guard let first = a.first, let second = b.first else { return true }
    return Nicknames.areVariants(first, second)
  }
}

/// Seconds between laps.
private struct PhaseClock {
  private var last = Date()
  private(set) var laps: [(phase: String, seconds: Double)] = []

  mutating func lap(_ phase: String) {
    let now = Date()
    laps.append((phase, now.timeIntervalSince(last)))
    last = now
  }
}
