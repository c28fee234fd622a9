import IdentityResolution
import RekindleModel

/// The true pairs that the exports give evidence for (defined in docs/identity-resolution.md
/// before it was measured): two identities of one person are linkable when
///
/// 1. they share a hard key (e-mail, phone, handle) or reuse one handle on two platforms; or
/// 2. they carry compatible first and family names (equal, nickname, initial, or within two
///    typos), and neither full name is carried by an identity of another person; or
/// 3. the handle of one spells the other's first and family name, first name and family initial,
///    or initial and family name (``HandleSpelling``), and that full name is carried by no other
///    person;
///
/// directly or through other identities of the person. A Twitter account named `Builder 🚀` with
/// an unrelated handle is not linkable, and neither is a Facebook "Samantha Menon" when two people
/// of that name are in the network: nothing in the exports says whose it is.
enum LinkablePairs {
  /// For each identity id, the number of its linkable component (identities of one person that
  /// evidence connects).
  static func components(
    _ identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int]
  ) -> [Int64: Int] {
    var byPerson: [Int: [Int]] = [:]
    for (index, identity) in identities.enumerated() {
      if let person = truth[identity.id] { byPerson[person, default: []].append(index) }
    }
    let features = identities.map { IdentityFeatures($0.record) }
    // Full names carried by identities of more than one person.
    var personsOfName: [String: Set<Int>] = [:]
    for (index, identity) in identities.enumerated() {
      guard let name = fullName(features[index]), let person = truth[identity.id] else { continue }
      personsOfName[name, default: []].insert(person)
    }
    let shared = Set(personsOfName.filter { $0.value.count > 1 }.keys)
    var component: [Int64: Int] = [:]
    var next = 0
    for members in byPerson.values {
      var parent = Dictionary(uniqueKeysWithValues: members.map { ($0, $0) })
      func find(_ index: Int) -> Int {
        var current = index
        while let up = parent[current], up != current { current = up }
        return current
      }
      for (offset, a) in members.enumerated() {
        for b in members[(offset + 1)...]
        where linked(
          features[a], identities[a].record, features[b], identities[b].record, sharedNames: shared)
        {
          parent[find(a)] = find(b)
        }
      }
      var numbers: [Int: Int] = [:]
      for member in members {
        let root = find(member)
        if numbers[root] == nil {
          numbers[root] = next
          next += 1
        }
        component[identities[member].id] = numbers[root]
      }
    }
    return component
  }

  /// `first family`, for a name given as a name (not read from a handle or an address).
  private static func fullName(_ features: IdentityFeatures) -> String? {
    guard !features.nameIsGuessed, let first = features.name.first, let family = features.name.familyKey
    else {
      return nil
    }
    return first + " " + family
  }

  /// Of `candidates` (indices into `identities`), those without a full name of their own whose
  /// partial name or handle fits the full names of two or more people (by rules 2 and 3 above):
  /// an Instagram `chuckt278` when Charles Torgaard and Charles Tammisen are both in the network,
  /// a Twitter/X "Tanya S." beside Tanya and Tatiana Sokolova. The definition counts a pair through
  /// such an identity as linked; a resolver that does not guess between namesakes keeps it apart.
  static func ambiguousPartials(
    _ identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int], among candidates: Set<Int>
  ) -> Set<Int64> {
    let features = identities.map { IdentityFeatures($0.record) }
    var named: [(person: Int, index: Int)] = []
    var seen: Set<String> = []
    for (index, identity) in identities.enumerated() {
      guard let person = truth[identity.id], let name = fullName(features[index]),
        (features[index].name.familyKey?.count ?? 0) >= 2, seen.insert("\(person) \(name)").inserted
      else { continue }
      named.append((person, index))
    }
    var byPerson: [Int: [Int]] = [:]
    for (index, identity) in identities.enumerated() {
      if let person = truth[identity.id] { byPerson[person, default: []].append(index) }
    }
    var ambiguous: Set<Int64> = []
    for candidate in candidates {
      guard let person = truth[identities[candidate].id] else { continue }
      // The identities that hard keys or one handle tie it to (an Instagram `jessies533` and the
      // Twitter/X "Jessie" of that handle) are judged together.
      var tied = [candidate]
      var next = 0
      while next < tied.count {
        let current = tied[next]
        next += 1
        let handle = reducedHandle(identities[current].record)
        for other in byPerson[person] ?? [] where !tied.contains(other) {
          if !features[current].hardKeys.isDisjoint(with: features[other].hardKeys)
            || (handle != nil && handle == reducedHandle(identities[other].record))
          {
            tied.append(other)
          }
        }
      }
      var persons: Set<Int> = []
      var decided = false
      for member in tied {
        let feature = features[member]
        let byName = Set(named.filter { namesAreCompatible(feature, features[$0.index]) }.map(\.person))
        // A full name of its own that fits someone decides (namesakes are rule 2's own clause); a
        // full name that fits no one (`Data nerd`) may be no name, and its handle is what is left.
        if (feature.name.familyKey?.count ?? 0) >= 2, fullName(feature) != nil, !byName.isEmpty {
          decided = true
          break
        }
        let record = identities[member].record
        persons.formUnion(byName)
        persons.formUnion(named.filter { handleSpellsName(record, features[$0.index]) }.map(\.person))
      }
      if !decided, persons.count > 1 { ambiguous.insert(identities[candidate].id) }
    }
    return ambiguous
  }

  private static func linked(
    _ a: IdentityFeatures, _ recordA: IdentityRecord, _ b: IdentityFeatures, _ recordB: IdentityRecord,
    sharedNames: Set<String>
  )
    -> Bool
  {
    if !a.hardKeys.isDisjoint(with: b.hardKeys) { return true }
    if let handleA = reducedHandle(recordA), handleA == reducedHandle(recordB) { return true }
    for (owner, named) in [(recordA, b), (recordB, a)] {
      guard let name = fullName(named), !sharedNames.contains(name) else { continue }
      if handleSpellsName(owner, named) { return true }
    }
    if [fullName(a), fullName(b)].contains(where: { $0.map(sharedNames.contains) == true }) { return false }
    return namesAreCompatible(a, b)
  }

  /// Rule 3: the handle of `owner` spells the first and family name, first name and family
  /// initial, or initial and family name of `named`.
  private static func handleSpellsName(_ owner: IdentityRecord, _ named: IdentityFeatures) -> Bool {
    guard let handle = reducedHandle(owner), fullName(named) != nil, let first = named.name.first,
      let family = named.name.familyKey
    else { return false }
    let spelling = HandleSpelling.spelling(of: handle, first: first, family: family)
    return [HandleSpelling.firstAndFamily, .firstAndFamilyInitial, .initialAndFamily].contains(spelling)
  }

  /// Rule 2, without its namesake clause: first and family names equal, nicknames, initials or
  /// within two typos.
  private static func namesAreCompatible(_ a: IdentityFeatures, _ b: IdentityFeatures) -> Bool {
    guard let firstA = a.name.first, let firstB = b.name.first, let familyA = a.name.familyKey,
      let familyB = b.name.familyKey
    else { return false }
    let firstCompatible =
      Nicknames.areVariants(firstA, firstB)
      || ((firstA.count == 1 || firstB.count == 1) && firstA.first == firstB.first)
      || editDistance(firstA, firstB) <= 2
    let familyCompatible =
      familyA == familyB || ((familyA.count == 1 || familyB.count == 1) && familyA.first == familyB.first)
      || editDistance(familyA, familyB) <= 2
    return firstCompatible && familyCompatible
  }

  private static func reducedHandle(_ record: IdentityRecord) -> String? {
    guard let handle = record.handle ?? (record.key.kind == .username ? record.key.nativeId : nil) else {
      return nil
    }
    return handle.lowercased().filter { $0.isLetter || $0.isNumber }
  }

  private static func editDistance(_ a: String, _ b: String) -> Int {
    let left = Array(a.utf8)
    let right = Array(b.utf8)
    var previous = Array(0...right.count)
    for (i, x) in left.enumerated() {
      var current = [i + 1]
      for (j, y) in right.enumerated() {
        current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[right.count]
  }
}
