import RekindleModel

/// Chooses the pairs worth comparing: identities that share a blocking key (the same family name
/// with a first name that is equal, a nickname of it, or of the same initial; the same first name
/// or a nickname of it with a family name of the same first or last three letters, or of the same
/// Soundex code; the same two
/// names swapped; a one-word name against the first names, a family initial against the family
/// names it starts; the same handle on two platforms; a handle against the full names whose first
/// or family name it begins or ends with).
/// Cost grows with the number of identities, not its square: a block larger than its kind's limit
/// (the John Smiths of a million identities, whom a name cannot tell apart anyway) is skipped,
/// which the other keys make up for.
struct Blocking {
  /// The largest block of the exact-name keys (first name or nickname, and family name).
  var maximumNameBlock = 60
  /// The largest block of the looser keys (initials, family-name prefixes and suffixes, swapped
  /// names, handles).
  var maximumLooseBlock = 30
  /// The most pairs a partial-name block may add (partial names times the block).
  var maximumPartialPairs = 600

  private struct KeyedMember {
    var key: UInt64
    var member: UInt32
    var kind: KeyKind
    /// For the partial-name keys: whether this member's name is partial (one word, or a family
    /// name reduced to its initial).
    var isPartial: Bool
  }

  private enum KeyKind: UInt64 {
    case firstAndFamily = 1, initialAndFamily, firstAndFamilyPrefix, firstAndFamilySuffix, swapped,
      oneWordName
    /// The first name, and the family name's Soundex code.
    case firstAndFamilySound
    case handle, familyInitial
    /// A handle that begins with a first name (or nickname), against the full names with it.
    case handleFirst
    /// A handle that begins or ends with a family name, against the full names with it.
    case handleFamily
  }

  /// The candidate pairs, each as `(a << 32) | b` with `a < b`, sorted and distinct.
  func candidatePairs(_ table: MatchingTable) -> [UInt64] {
    let variants = table.firstNames.values.indices.map { [Int32($0)] + table.firstNameVariants[$0] }
    var keyed: [KeyedMember] = []
    keyed.reserveCapacity(table.count * 6)
    for (index, entry) in table.entries.enumerated() {
      let member = UInt32(index)
      Self.forEachKey(of: entry, table, variants) { kind, a, b, partial in
        keyed.append(
          KeyedMember(key: Self.mix(kind.rawValue, a, b), member: member, kind: kind, isPartial: partial))
      }
    }
    // Members of one block need no order among themselves: the pairs are sorted at the end.
    keyed.sort { $0.key < $1.key }

    var pairs: [UInt64] = []
    var start = 0
    while start < keyed.count {
      var end = start + 1
      while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
      let block = keyed[start..<end]
      start = end
      guard block.count > 1 else { continue }
      let kind = block[block.startIndex].kind
      if kind == .oneWordName || kind == .familyInitial || kind == .handleFirst || kind == .handleFamily {
        // Partial names against every member: a `Kenji` against the Kenjis with a family name.
        let partial = block.filter(\.isPartial)
        guard partial.count * block.count <= maximumPartialPairs else { continue }
        // A handle is compared with full names only (two handles compare by the handle key).
        let handlesOnly = kind == .handleFirst || kind == .handleFamily
        for single in partial {
          for other in block where other.member != single.member && !(handlesOnly && other.isPartial) {
            pairs.append(Self.pair(single.member, other.member))
          }
        }
        continue
      }
      guard block.count <= (kind == .firstAndFamily ? maximumNameBlock : maximumLooseBlock) else { continue }
      let members = block.map(\.member)
      for (offset, a) in members.enumerated() {
        for b in members[(offset + 1)...] where a != b { pairs.append(Self.pair(a, b)) }
      }
    }
    pairs.sort()
    // Duplicates dropped in place: a second array as large would double the peak.
    var kept = 0
    for index in pairs.indices where kept == 0 || pairs[kept - 1] != pairs[index] {
      pairs[kept] = pairs[index]
      kept += 1
    }
    pairs.removeLast(pairs.count - kept)
    return pairs
  }

  /// Calls `body` with each blocking key of `entry`: its kind, two values, and whether the
  /// entry's name is partial for it.
  private static func forEachKey(
    of entry: MatchingTable.Entry, _ table: MatchingTable, _ variants: [[Int32]],
    _ body: (KeyKind, UInt64, UInt64, Bool) -> Void
  ) {
    func add(_ kind: KeyKind, _ a: UInt64, _ b: UInt64 = 0, partial: Bool = false) {
      body(kind, a, b, partial)
    }
    if entry.handle >= 0 { add(.handle, UInt64(entry.handle)) }
    if entry.handleLetters >= 0 && (!entry.hasFullName || table.mayBeNoName(entry)) {
      // `noahg360` against the Noahs, `jsmith` and `smithj` against the Smiths (also for an
      // account named `she codes`: its name may be none).
      for core in HandleSpelling.cores(table.handleLetters.bytes[Int(entry.handleLetters)])
      where core.count >= 3 {
        for length in 3...min(core.count, 12) {
          add(.handleFirst, Self.hash(core.prefix(length)), partial: true)
        }
        for length in 3...min(core.count, 14) {
          add(.handleFamily, Self.hash(core.suffix(length)), partial: true)
          if length >= 4 && length < core.count {
            add(.handleFamily, Self.hash(core.prefix(length)), partial: true)
          }
        }
      }
    }
    if entry.hasFullName && entry.familyName >= 0 {
      for spelling in table.firstNameSpellings[Int(entry.firstName)] where spelling.count >= 3 {
        add(.handleFirst, Self.hash(spelling[...]))
      }
      for spelling in table.familySpellings[Int(entry.familyName)] where spelling.count >= 3 {
        add(.handleFamily, Self.hash(spelling[...]))
      }
    }
    guard entry.firstName >= 0 else { return }
    let first = UInt64(entry.firstName)
    guard entry.familyName >= 0 else {
      for variant in variants[Int(entry.firstName)] { add(.oneWordName, UInt64(variant), partial: true) }
      return
    }
    let family = UInt64(entry.familyName)
    for variant in variants[Int(entry.firstName)] { add(.firstAndFamily, UInt64(variant), family) }
    add(.initialAndFamily, UInt64(table.firstNames.bytes[Int(entry.firstName)][0]), family)
    let familyBytes = table.familyNames.bytes[Int(entry.familyName)]
    // Typos: the family name's first or last three letters, with the first name or a nickname.
    let prefix = familyBytes.prefix(3).reduce(0) { $0 << 8 | UInt64($1) }
    let suffix = familyBytes.suffix(3).reduce(0) { $0 << 8 | UInt64($1) }
    // A typo near both ends (`meyer`/`meer`, `varida`/`vairda`): the family name as it sounds.
    let sound = familyBytes.count >= 2 ? UInt64(Soundex.code(familyBytes)) : 0
    for variant in variants[Int(entry.firstName)] {
      add(.firstAndFamilyPrefix, UInt64(variant), prefix)
      add(.firstAndFamilySuffix, UInt64(variant), suffix)
    }
    // With the first name as written only: a nickname and a typo together are two differences.
    if sound != 0 { add(.firstAndFamilySound, first, sound) }
    let names = [
      table.foldedFirstNames[Int(entry.firstName)], table.familyNames.values[Int(entry.familyName)],
    ]
    var swapped = StableHash()
    for name in names.sorted() { swapped.combine(name) }
    add(.swapped, swapped.value)
    add(.oneWordName, first)
    // `Nelson A.` against the Nelsons whose family name starts with an A.
    if familyBytes.count == 1 {
      for variant in variants[Int(entry.firstName)] {
        add(.familyInitial, UInt64(variant), UInt64(familyBytes[0]), partial: true)
      }
    } else {
      add(.familyInitial, first, UInt64(familyBytes[0]))
    }
  }

  private static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 {
    a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
  }

  /// FNV-1a of some letters.
  private static func hash(_ letters: ArraySlice<UInt8>) -> UInt64 {
    var state: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in letters {
      state ^= UInt64(byte)
      state &*= 0x100_0000_01b3
    }
    return state
  }

  /// A 64-bit key from a kind and two values (SplitMix64's finalizer over their combination).
  private static func mix(_ kind: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    var value = kind &* 0x9E37_79B9_7F4A_7C15 ^ a &* 0xBF58_476D_1CE4_E5B9 ^ (b &+ 0x632B_E59B_D9B4_E019)
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
