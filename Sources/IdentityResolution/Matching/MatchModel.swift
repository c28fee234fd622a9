import Foundation

/// A Fellegi–Sunter match model: for each compared field and level, how often true matches land
/// on it (m) and how often non-matches do (u), and the prior odds that two identities are one
/// person. A pair's match weight is the prior plus log2(m/u) of each of its levels.
///
/// The parameters are estimated from the identities themselves (`estimate(from:matches:seed:)`):
/// u from random pairs, m from the pairs that hard evidence already joined, the prior from
/// deterministic rules.
public struct MatchModel: Sendable {
  /// m-probabilities, by field (the `rawValue` of a ``ComparedField``) and level.
  public internal(set) var matchProbabilities: [[Double]]
  /// u-probabilities, by field and level.
  public internal(set) var nonMatchProbabilities: [[Double]]
  /// log2 of the prior odds that two random identities are one person.
  public internal(set) var priorWeight: Double
  /// The pairs the m-probabilities were learned from.
  public internal(set) var labelledPairs: Int
  /// The random pairs the u-probabilities were counted on.
  public internal(set) var sampledPairs: Int

  /// How much the prior m-probabilities weigh against the labelled pairs, in pairs.
  static let priorStrength = 20.0
  /// The share of true matches that the deterministic rules behind the prior are assumed to find
  /// (Splink's `estimate_probability_two_random_records_match` asks the same guess; the prior
  /// moves by log2 of its error only).
  static let deterministicRecall = 0.8

  /// The weight of `level` in `field`: log2(m/u), 0 for an unknown value. On the exact level,
  /// `sharedValueFrequency` (the share of identities knowing the field that carry the shared
  /// value) replaces u (term-frequency adjustment): a shared `mueller` weighs more than a shared
  /// `smith`.
  public func weight(_ field: ComparedField, level: Int, sharedValueFrequency: Double? = nil) -> Double {
    if field.hasUnknownLevel && level == 0 { return 0 }
    let m = matchProbabilities[field.rawValue][level]
    var u = nonMatchProbabilities[field.rawValue][level]
    if level == field.exactLevel, let frequency = sharedValueFrequency {
      // Two random identities agree on this value when both know the field and the second one
      // carries the value too.
      let known = field.hasUnknownLevel ? 1 - nonMatchProbabilities[field.rawValue][0] : 1
      u = max(known * frequency, 1e-9)
    }
    return log2(m / u)
  }

  /// Estimates a model for the identities of `table`, given pairs already known to match.
  static func estimate(from table: MatchingTable, matches: [(Int, Int)], seed: UInt64 = 0x5EED)
    -> MatchModel
  {
    let fields = ComparedField.allCases
    let count = table.count
    let totalPairs = max(1, Double(count) * Double(count - 1) / 2)

    // u: random pairs are almost all non-matches. The pairs are drawn in order, then compared on
    // all cores (each chunk counts its own levels; the sums do not depend on the order).
    let pairs = randomPairs(count: count, limit: 400_000, seed: seed)
    let levelCounts = fields.map(\.levels.count)
    let chunkCounts = ParallelChunks.map(pairs.count) { range in
      var counts = levelCounts.map { [Int](repeating: 0, count: $0) }
      for pair in pairs[range] {
        let vector = table.compare(Int(pair >> 32), Int(pair & 0xFFFF_FFFF))
        for field in fields { counts[field.rawValue][vector[field]] += 1 }
      }
      return [counts]
    }
    var nonMatchCounts = levelCounts.map { [Double](repeating: 0, count: $0) }
    for counts in chunkCounts {
      for field in fields.indices {
        for level in counts[field].indices { nonMatchCounts[field][level] += Double(counts[field][level]) }
      }
    }
    let nonMatch = nonMatchCounts.map { levels in
      let total = levels.reduce(0, +) + Double(levels.count)
      return levels.map { ($0 + 1) / total }
    }

    // m: the pairs hard evidence joined, pulled towards the typical m-probabilities.
    var matchCounts = fields.map { [Double](repeating: 0, count: $0.levels.count) }
    for (a, b) in matches {
      let vector = table.compare(a, b)
      for field in fields { matchCounts[field.rawValue][vector[field]] += 1 }
    }
    let initialShares = table.initialShares
    let match = fields.map { field in
      var prior = field.priorMatchProbabilities
      // A pair has an initial on one side at most twice as often as identities carry one: the
      // typical m of the initial level is capped by what the data makes possible.
      if let level = field.initialLevel {
        let share = field == .firstName ? initialShares.first : initialShares.family
        let capped = min(prior[level], 2 * share)
        let scale = (1 - capped) / (1 - prior[level])
        prior = prior.indices.map { $0 == level ? capped : prior[$0] * scale }
      }
      let levels = matchCounts[field.rawValue]
      guard field.hasUnknownLevel else {
        let total = levels.reduce(0, +) + priorStrength
        return levels.indices.map { (levels[$0] + priorStrength * prior[$0]) / total }
      }
      // How often the field is known on both sides, and how the known pairs spread over the
      // levels, each pulled towards the prior separately: labelled pairs that rarely know a field
      // (hard evidence seldom joins two accounts with handles) leave its levels to the prior.
      let knownCount = levels.dropFirst().reduce(0, +)
      let priorKnown = 1 - prior[0]
      var known = (knownCount + priorStrength * priorKnown) / (levels.reduce(0, +) + priorStrength)
      if field == .handleName {
        // Whether a handle meets a full name depends on the two platforms, not on whether the two
        // are one person, and the labelled pairs (which share an address) seldom carry a handle:
        // the share is the random pairs'.
        known = 1 - nonMatch[field.rawValue][0]
      }
      return levels.indices.map { level in
        level == 0
          ? 1 - known
          : known * (levels[level] + priorStrength * prior[level] / priorKnown) / (knownCount + priorStrength)
      }
    }

    // Prior: pairs found by deterministic rules (hard evidence; the same first and family name on
    // two platforms), over the recall assumed for those rules.
    let deterministic = Double(matches.count + table.exactNamePairsAcrossPlatforms())
    let lambda = min(0.5, max(1, deterministic / deterministicRecall) / totalPairs)
    return MatchModel(
      matchProbabilities: match, nonMatchProbabilities: nonMatch, priorWeight: log2(lambda / (1 - lambda)),
      labelledPairs: matches.count, sampledPairs: pairs.count)
  }

  /// The pairs u is counted on, packed as `(a << 32) | b`: every pair of `count` identities when
  /// there are at most `limit`, else `limit` pairs drawn at random (the same ones for one seed).
  private static func randomPairs(count: Int, limit: Int, seed: UInt64) -> [UInt64] {
    guard count >= 2 else { return [] }
    var pairs: [UInt64] = []
    if Double(count) * Double(count - 1) / 2 <= Double(limit) {
      pairs.reserveCapacity(count * (count - 1) / 2)
      for a in 0..<count { for b in (a + 1)..<count { pairs.append(UInt64(a) << 32 | UInt64(b)) } }
      return pairs
    }
    pairs.reserveCapacity(limit)
    var random = SplitMix64(seed: seed)
    for _ in 0..<limit {
      let a = Int(random.next() % UInt64(count))
      var b = Int(random.next() % UInt64(count - 1))
      if b >= a { b += 1 }
      pairs.append(UInt64(a) << 32 | UInt64(b))
    }
    return pairs
  }
}

/// A small, fast, seeded random generator (Vigna's SplitMix64): resolution is deterministic.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

extension MatchingTable {
  /// The shares of identities whose first name, and whose family name, is a single letter.
  var initialShares: (first: Double, family: Double) {
    var first = 0
    var family = 0
    for entry in entries {
      if entry.firstName >= 0, firstNames.bytes[Int(entry.firstName)].count == 1 { first += 1 }
      if entry.familyName >= 0, familyNames.bytes[Int(entry.familyName)].count == 1 { family += 1 }
    }
    let count = Double(max(1, entries.count))
    return (Double(first) / count, Double(family) / count)
  }

  /// The pairs of identities on different platforms with the same first and family name.
  func exactNamePairsAcrossPlatforms() -> Int {
    var byName: [Int64: [UInt8: Int]] = [:]
    for entry in entries where entry.firstName >= 0 && entry.familyName >= 0 {
      let key = Int64(entry.firstName) << 32 | Int64(entry.familyName)
      byName[key, default: [:]][entry.platform, default: 0] += 1
    }
    var pairs = 0
    for platforms in byName.values {
      let total = platforms.values.reduce(0, +)
      pairs += total * (total - 1) / 2 - platforms.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    }
    return pairs
  }
}
