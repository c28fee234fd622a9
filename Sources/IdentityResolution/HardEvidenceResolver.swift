import RekindleModel

/// Groups identities that share hard evidence (a canonical e-mail, an E.164 phone, the same
/// account handle) into persons, conservatively:
///
/// - a key shared by more than ``maximumSharing`` identities (a team address, an office line) is
///   not evidence;
/// - a shared phone or e-mail merges two identities only when their first names agree (equal,
///   nickname variants, or one of them unknown): families share landlines and mailboxes;
/// - a shared handle merges always: it is the same account seen from two places.
///
/// Each merge keeps its evidence, so that a person can be explained.
public struct HardEvidenceResolver {
  /// One identity to resolve: its store id and what the archives say about it.
  public struct Input: Sendable {
    public var id: Int64
    public var record: IdentityRecord

    public init(id: Int64, record: IdentityRecord) {
      self.id = id
      self.record = record
    }
  }

  /// Why two identities were merged.
  public struct Evidence: Equatable, Sendable {
    public var first: Int64
    public var second: Int64
    /// The shared key: `email:…`, `phone:…`, or a handle (`linkedin:…`).
    public var key: String
  }

  /// The outcome: groups of identity ids (each group one person), and the evidence of each merge.
  public struct Result: Sendable {
    public var groups: [[Int64]]
    public var evidence: [Evidence]
  }

  /// Keys shared by more identities than this are ignored.
  public var maximumSharing = 4
  /// The region of phone numbers written without a country code.
  public var defaultRegion: String

  public init(defaultRegion: String = "US") {
    self.defaultRegion = defaultRegion
  }

  /// Resolves `inputs`, then applies the user's rules: `mustLink` pairs (by identity id) are
  /// always one person; `isolated` identities are never merged by evidence (only by `mustLink`).
  public func resolve(_ inputs: [Input], mustLink: [(Int64, Int64)] = [], isolated: Set<Int64> = []) -> Result
  {
    let features = inputs.map { IdentityFeatures($0.record, defaultRegion: defaultRegion) }
    var byKey: [String: [Int]] = [:]
    for (index, feature) in features.enumerated() {
      for key in feature.hardKeys { byKey[key, default: []].append(index) }
    }
    var sets = DisjointSets(count: inputs.count)
    var evidence: [Evidence] = []
    for (key, members) in byKey.sorted(by: { $0.key < $1.key }) where members.count > 1 {
      guard members.count <= maximumSharing else { continue }
      let isHandle = !key.hasPrefix("email:") && !key.hasPrefix("phone:")
      for (offset, first) in members.enumerated() {
        for second in members[(offset + 1)...] {
          guard !isolated.contains(inputs[first].id), !isolated.contains(inputs[second].id) else { continue }
          guard isHandle || Self.firstNamesAgree(features[first].name, features[second].name) else {
            continue
          }
          if sets.union(first, second) {
            evidence.append(Evidence(first: inputs[first].id, second: inputs[second].id, key: key))
          }
        }
      }
    }
    let position = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1.id, $0) })
    for (first, second) in mustLink {
      guard let a = position[first], let b = position[second] else { continue }
      if sets.union(a, b) { evidence.append(Evidence(first: first, second: second, key: "rule:merge")) }
    }
    var groups: [Int: [Int64]] = [:]
    for index in inputs.indices { groups[sets.find(index), default: []].append(inputs[index].id) }
    return Result(groups: groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }, evidence: evidence)
  }

  /// True when two names can be one person's first name: equal, nickname variants, or one of the
  /// names unknown.
  static func firstNamesAgree(_ a: PersonName, _ b: PersonName) -> Bool {
    guard let first = a.first, let second = b.first else { return true }
    return Nicknames.areVariants(first, second)
  }
}

/// Union-find with path halving and union by size.
struct DisjointSets {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var current = element
    while parent[current] != current {
      parent[current] = parent[parent[current]]
      current = parent[current]
    }
    return current
  }

  /// Joins the sets of `a` and `b`; false when they were already one.
  @discardableResult
  mutating func union(_ a: Int, _ b: Int) -> Bool {
    var rootA = find(a)
    var rootB = find(b)
    guard rootA != rootB else { return false }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = rootA
    size[rootA] += size[rootB]
    return true
  }
}
