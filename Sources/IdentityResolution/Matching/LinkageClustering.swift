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
  private var neighbours: [[(Int, Double)]] = []

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
    // The pairs worth a look, and apart from them those where a partial name fits a full one
    // (which may decide later, when only one person fits).
    let scored = ParallelChunks.map(candidates.count) { range in
      var found: [(edge: Edge, fitOwner: Int?)] = []
      for candidate in candidates[range] {
        let a = Int(candidate >> 32)
        let b = Int(candidate & 0xFFFF_FFFF)
        guard groupOf[a] != groupOf[b], !isolated.contains(a), !isolated.contains(b) else { continue }
        let score = scorer.score(a, b)
        guard score.isInformative else { continue }
        let fitOwner = Self.partialFitOwner(score, a, b, table: scorer.table)
        guard score.probability >= nearMissThreshold || fitOwner != nil else { continue }
        found.append((Edge(a: a, b: b, weight: score.weight), fitOwner))
      }
      return found
    }
    let fits = scored.compactMap { found in found.fitOwner.map { (found.edge, $0) } }
    var edges = scored.compactMap { 1 / (1 + exp2(-$0.edge.weight)) >= nearMissThreshold ? $0.edge : nil }
    edges.sort { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }
    for index in 0..<sets.count { members[sets.find(index), default: []].append(index) }
    // The pairs near enough to a merge to be a rival of one.
    let rivalFloor = log2(matchThreshold / (1 - matchThreshold)) - assignmentMargin
    neighbours = Array(repeating: [], count: sets.count)
    for edge in edges where edge.weight >= rivalFloor {
      neighbours[edge.a].append((edge.b, edge.weight))
      neighbours[edge.b].append((edge.a, edge.weight))
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
      join(edge, rootA, rootB)
    }
    assignUniqueFits(fits)
  }

  private mutating func join(_ edge: Edge, _ rootA: Int, _ rootB: Int) {
    sets.union(rootA, rootB)
    let root = sets.find(rootA)
    let joined = (members.removeValue(forKey: rootA) ?? []) + (members.removeValue(forKey: rootB) ?? [])
    members[root] = joined
    merged.append(edge)
  }

  /// A partial name decides when one person of the whole network fits it and nothing contradicts
  /// the pair, though the pair alone scores below the threshold: a handle that spells a name
  /// (`etraore` joins the one Emre Traoré; a first name counts only when one person has it), and
  /// a first name alone or with a family initial (a Twitter/X account named "Albert" or
  /// "Albert I." joins the one Albert of the network).
  private mutating func assignUniqueFits(_ edges: [(edge: Edge, owner: Int)]) {
    let table = scorer.table
    var fits: [Int: [Edge]] = [:]
    for (edge, owner) in edges { fits[owner, default: []].append(edge) }
    var joinedFits: Set<UInt64> = []
    for (owner, candidates) in fits.sorted(by: { $0.key < $1.key }) {
      let ownerRoot = sets.find(owner)
      // Only an identity not joined to any full name yet (`she codes` may be none).
      guard (members[ownerRoot] ?? []).allSatisfy({ table.mayBeNameless($0) }) else { continue }
      let roots = Set(candidates.map { sets.find($0.a == owner ? $0.b : $0.a) })
      guard roots.count == 1, let root = roots.first, root != ownerRoot,
        let best = candidates.max(by: { $0.weight < $1.weight }),
        !contradicts(members[ownerRoot] ?? [], members[root] ?? [])
      else { continue }
      var edge = best
      edge.reason = "the only person of your network whose name fits"
      joinedFits.insert(Self.pack(edge.a, edge.b))
      join(edge, ownerRoot, root)
    }
    if !joinedFits.isEmpty { nearMisses.removeAll { joinedFits.contains(Self.pack($0.a, $0.b)) } }
  }

  /// True when something holds the identities of a partial name apart from the one person it
  /// fits: two accounts of one platform, your rule, a personal mailbox of each, or a pair whose
  /// first name, family name or company disagree. A pair that merely scores low (`Delbert H.`
  /// against `Del Holowick`: a nickname and an initial) does not: the name is partial, so the
  /// average of the pairs says how much it tells, not whether it fits.
  private func contradicts(_ partial: [Int], _ person: [Int]) -> Bool {
    if cannotJoin(partial, person) || eachHasOwnMailbox(partial, person) { return true }
    let table = scorer.table
    for a in partial {
      // A one-word display name that may be no name (`Builder 🚀` beside the Instagram `vcook` of
      // its handle) says nothing against a first name.
      let mayBeNoName = !table.entries[a].hasFullName && table.mayBeNoName(table.entries[a])
      for b in person {
        var vector = table.compare(a, b)
        if mayBeNoName { vector.firstName = 0 }
        if Self.disagrees(vector) { return true }
      }
    }
    return false
  }

  /// True when a comparison says the two are different people: their first names, family names
  /// or companies disagree.
  static func disagrees(_ vector: ComparisonVector) -> Bool {
    vector.firstName == 6 || vector.familyName == 5 || vector.company == 3
  }

  /// True when each group has an address at a personal provider and none is shared: two people
  /// who share a name (families share mailboxes, a person rarely keeps two apart).
  private func eachHasOwnMailbox(_ first: [Int], _ second: [Int]) -> Bool {
    let mailboxes = { (group: [Int]) in Set(group.flatMap { self.scorer.table.personalEmailsOfEntry[$0] }) }
    let firstMailboxes = mailboxes(first)
    guard !firstMailboxes.isEmpty else { return false }
    let secondMailboxes = mailboxes(second)
    return !secondMailboxes.isEmpty && firstMailboxes.isDisjoint(with: secondMailboxes)
  }

  /// The partial name of `score`, when it is one fitting a full name without contradicting it:
  /// an identity without a full name of its own (or named `she codes`, which may be none) whose
  /// handle spells the other's name, or whose first name is the same or a nickname with a family
  /// initial that agrees if it gives one, when it is the only person of the network with that
  /// first name (and initial). `nil` when the pair is no such fit.
  static func partialFitOwner(_ score: PairScorer.Score, _ a: Int, _ b: Int, table: MatchingTable) -> Int? {
    let vector = score.vector
    guard !disagrees(vector) else { return nil }
    let spells: Set<HandleSpelling> = [
      .firstAndFamily, .firstAndFamilyInitial, .initialAndFamily, .firstOnly,
    ]
    if vector.handleOwner != 0, HandleSpelling(rawValue: Int(vector.handleName)).map(spells.contains) == true
    {
      let (owner, other) = vector.handleOwner == 1 ? (a, b) : (b, a)
      return table.entries[other].hasFullName && table.mayBeNameless(owner) ? owner : nil
    }
    let (owner, other) = table.entries[a].hasFullName ? (b, a) : (a, b)
    guard table.entries[other].hasFullName, !table.entries[owner].hasFullName else { return nil }
    let fits =
      [1, 2].contains(vector.firstName) && [0, 2].contains(vector.familyName) && table.partialFits[owner] == 1
    return fits ? owner : nil
  }

  /// An identity of a group that the merge of `edge` competes with, when the evidence does not
  /// prefer the merge by ``assignmentMargin``: for one identity of the two groups, a group nearly
  /// as strongly linked to it that cannot be one person with the merged two (the other LinkedIn
  /// Samantha Menon; ``cannotBeOne(_:_:)``), or two such groups that cannot be one (then it is as
  /// likely to be either).
  private mutating func rival(of edge: Edge, _ rootA: Int, _ rootB: Int) -> Int? {
    let groupA = members[rootA] ?? []
    let groupB = members[rootB] ?? []
    let union = groupA + groupB
    for group in [groupA, groupB] {
      for member in group {
        // The groups this member is nearly as strongly linked to, which its own group could join
        // (another account of its platform is no alternative for it).
        var rivals: [(root: Int, identity: Int)] = []
        for (other, weight) in neighbours[member] where weight >= edge.weight - assignmentMargin {
          let root = sets.find(other)
          guard root != rootA, root != rootB, !rivals.contains(where: { $0.root == root }),
            !cannotJoin(members[root] ?? [], group)
          else { continue }
          rivals.append((root, other))
        }
        for rival in rivals where cannotBeOne(members[rival.root] ?? [], union) { return rival.identity }
        for (offset, first) in rivals.enumerated() {
          for second in rivals[(offset + 1)...]
          where cannotBeOne(members[first.root] ?? [], members[second.root] ?? []) {
            return first.identity
          }
        }
      }
    }
    return nil
  }

  /// True when two groups cannot be one person: they can never join (``cannotJoin(_:_:)``), or the
  /// clustering would keep them apart (their names disagree on average, each has a personal
  /// mailbox of its own). An Instagram `allyn342` that fits Allison Norley and Althea Norobrook is
  /// as likely to be either: the two are plainly two people, though no platform says so.
  private func cannotBeOne(_ first: [Int], _ second: [Int]) -> Bool {
    cannotJoin(first, second) || conflict(between: first, and: second) != nil
  }

  /// True when two groups can never be one person: they hold two accounts of one platform, or a
  /// pair the user said are not one person.
  private func cannotJoin(_ first: [Int], _ second: [Int]) -> Bool {
    // Two accounts of one kind on one platform are two different identities of those groups.
    let table = scorer.table
    var accounts: Set<UInt16> = []
    for a in first {
      let entry = table.entries[a]
      if let kind = entry.accountKind { accounts.insert(UInt16(entry.platform) << 8 | UInt16(kind)) }
    }
    for b in second {
      let entry = table.entries[b]
      if let kind = entry.accountKind, accounts.contains(UInt16(entry.platform) << 8 | UInt16(kind)) {
        return true
      }
    }
    guard !cannotLink.isEmpty else { return false }
    for a in first {
      for b in second where cannotLink.contains(Self.pack(a, b)) { return true }
    }
    return false
  }

  /// Two indices packed as one key, the smaller first.
  static func pack(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

  /// Why two groups must stay apart, or `nil` when they may merge.
  private func conflict(between first: [Int], and second: [Int]) -> String? {
    if eachHasOwnMailbox(first, second) { return "each has a personal e-mail address of their own" }
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
