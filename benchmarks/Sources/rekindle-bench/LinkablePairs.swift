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

  private static func linked(
    _ a: IdentityFeatures, _ recordA: IdentityRecord, _ b: IdentityFeatures, _ recordB: IdentityRecord,
    sharedNames: Set<String>
  )
    -> Bool
  {
    if !a.hardKeys.isDisjoint(with: b.hardKeys) { return true }
    if let handleA = reducedHandle(recordA), handleA == reducedHandle(recordB) { return true }
    for (owner, named) in [(recordA, b), (recordB, a)] {
      guard let handle = reducedHandle(owner), let name = fullName(named), !sharedNames.contains(name),
        let first = named.name.first, let family = named.name.familyKey
      else { continue }
      let spelling = HandleSpelling.spelling(of: handle, first: first, family: family)
      if [HandleSpelling.firstAndFamily, .firstAndFamilyInitial, .initialAndFamily].contains(spelling) {
        return true
      }
    }
    if [fullName(a), fullName(b)].contains(where: { $0.map(sharedNames.contains) == true }) { return false }
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
