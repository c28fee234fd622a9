import RekindleModel

/// The identities reduced to what the probabilistic comparison needs, with names and companies
/// interned as small integers: comparing two identities then costs a few integer comparisons, and
/// a Jaro–Winkler only when the names differ.
struct MatchingTable {
  /// One identity.
  struct Entry {
    var firstName: Int32 = -1
    var familyName: Int32 = -1
    var company: Int32 = -1
    /// The identity's own account handle, without `.`, `_`, `-` (`arlene.eze50` → `areneeze50`).
    var handle: Int32 = -1
    var platform: UInt8 = 0
    /// The identity's key kind when it names an account on a social platform (not a card in an
    /// address book or a calendar guest): two different keys of one kind on one platform are two
    /// accounts (two Facebook friends, two Twitter accounts).
    var accountKind: UInt8?
    /// Whether the name was read from a handle or an address (`atlas.studio2`), where words that
    /// are no name are common: disagreeing with it is no evidence.
    var nameIsGuessed = false
    /// The letters of the account's own handle that can spell a name (``HandleSpelling``), by
    /// number in ``handleLetters``.
    var handleLetters: Int32 = -1
    /// Whether the identity gives a full name of its own (first and family name, not read from a
    /// handle or an address): what a handle is compared with.
    var hasFullName = false
  }

  /// The identities, in input order. An entry holds no reference (no array, no string), so that
  /// reading one in the comparison of every pair costs no reference counting.
  var entries: [Entry] = []
  /// Each identity's addresses at personal providers (``EmailAddress/isPersonal(_:)``), by number
  /// in ``personalEmails``.
  var personalEmailsOfEntry: [[Int32]] = []
  var firstNames = InternedStrings()
  /// Each first name (by number) with umlaut spellings folded as family names are, so that
  /// swapped names compare (`Mueller Robert` and `Robert Müller`).
  var foldedFirstNames: [String] = []
  /// For each first name (by number), the numbers of its nicknames present (not itself).
  var firstNameVariants: [[Int32]] = []
  var familyNames = InternedStrings()
  /// The family name without particles, by family name number (`vanderberg` → `berg`).
  var familyCores: [String] = []
  var companies = InternedStrings()
  var handles = InternedStrings()
  /// The words of each company (by company number) of at least 3 letters.
  var companyWords: [Set<String>] = []
  /// The letters of the handles that can spell a name (``HandleSpelling/letters(of:)``).
  var handleLetters = InternedStrings()
  /// Canonical addresses at personal providers.
  var personalEmails = InternedStrings()
  /// Each first name (by number) and its nicknames, folded as handles are.
  var firstNameSpellings: [[[UInt8]]] = []
  /// Whether each first name (by number) is a name of the nickname table: a display name whose
  /// first word is not (`Builder 🚀`, `she codes`) may be no name at all.
  var firstNameIsKnown: [Bool] = []
  /// Each family name (by number), with and without particles.
  var familySpellings: [[[UInt8]]] = []
  /// The family names that come with each first-name spelling (a name or a nickname of it) among
  /// the full names: a handle or an account that gives a first name alone says whose it is only
  /// when that is one.
  var familiesOfSpelling: [[UInt8]: Set<Int32>] = [:]
  /// The number of identities whose first name can be written each way (the name or a nickname
  /// of it, folded as handles are): how many a handle that spells `danny` fits by first name.
  var firstNamesOfSpelling: [[UInt8]: Int] = [:]
  /// For each identity with a partial name (a first name alone, or with a family initial), the
  /// number of people of the network whose full name fits it (``peopleFitting(partial:)``); -1
  /// for the others.
  private(set) var partialFits: [Int32] = []

  init(records: [IdentityRecord], features: [IdentityFeatures]) {
    let kinds = Dictionary(uniqueKeysWithValues: NativeIDKind.allCases.enumerated().map { ($1, UInt8($0)) })
    let addressBooks: Set<Platform> = [.contacts, .calendar, .log, .graph]
    let platforms = Dictionary(uniqueKeysWithValues: Platform.allCases.enumerated().map { ($1, UInt8($0)) })
    entries.reserveCapacity(records.count)
    for (record, feature) in zip(records, features) {
      var entry = Entry()
      entry.platform = platforms[record.key.platform] ?? 0
      entry.accountKind = addressBooks.contains(record.key.platform) ? nil : kinds[record.key.kind]
      entry.nameIsGuessed = feature.nameIsGuessed
      let rawHandle = Self.ownRawHandle(of: record, feature)
      if let first = feature.name.first {
        let written = rawHandle.flatMap { Self.formalFirstName(first, family: feature.name, handle: $0) }
        entry.firstName = firstNames.intern(written ?? first)
      }
      if let family = feature.name.familyKey {
        entry.familyName = familyNames.intern(family)
        if Int(entry.familyName) == familyCores.count {
          familyCores.append(feature.name.familyCore ?? family)
        }
      }
      if let handle = Self.ownHandle(of: record, feature) { entry.handle = handles.intern(handle) }
      if let handle = rawHandle {
        let letters = HandleSpelling.letters(of: handle)
        if !letters.isEmpty {
          entry.handleLetters = handleLetters.intern(String(decoding: letters, as: UTF8.self))
        }
      }
      personalEmailsOfEntry.append(
        feature.emails.filter(EmailAddress.isPersonal).sorted().map { personalEmails.intern($0) })
      entry.hasFullName =
        !feature.nameIsGuessed && entry.firstName >= 0 && (feature.name.familyKey?.count ?? 0) >= 2
      if let company = feature.company {
        entry.company = companies.intern(company)
        if Int(entry.company) == companyWords.count {
          companyWords.append(Set(company.split(separator: " ").filter { $0.count >= 3 }.map(String.init)))
        }
      }
      entries.append(entry)
    }
    foldedFirstNames = firstNames.values.map(PersonName.folded)
    firstNameVariants = firstNames.values.map { name in
      Nicknames.variants(of: name).compactMap { $0 == name ? nil : firstNames.number(of: $0) }
    }
    firstNameIsKnown = firstNames.values.map(Nicknames.isKnownName)
    firstNameSpellings = firstNames.values.map { name in
      return HandleSpelling.firstNameForms(of: name).map { Array(PersonName.folded($0).utf8) }
    }
    familySpellings = familyNames.bytes.indices.map { number in
      let key = familyNames.bytes[number]
      let core = Array(familyCores[number].utf8)
      return core == key ? [key] : [key, core]
    }
    var spellingCounts: [[UInt8]: Int] = [:]
    for (number, spellings) in firstNameSpellings.enumerated() {
      for spelling in Set(spellings) { spellingCounts[spelling, default: 0] += firstNames.counts[number] }
    }
    firstNamesOfSpelling = spellingCounts
    var families: [[UInt8]: Set<Int32>] = [:]
    for entry in entries where entry.hasFullName && entry.familyName >= 0 {
      for spelling in firstNameSpellings[Int(entry.firstName)] {
        families[spelling, default: []].insert(entry.familyName)
      }
    }
    familiesOfSpelling = families
    var fitting: [Int64: Int32] = [:]
    partialFits = entries.map { entry in
      guard !entry.hasFullName, !entry.nameIsGuessed, entry.firstName >= 0 else { return -1 }
      let initial: Int64 =
        entry.familyName >= 0
        ? Int64(
          familyNames.bytes[Int(entry.familyName)].count == 1
            ? familyNames.bytes[Int(entry.familyName)][0] : 255) : 0
      guard initial != 255 else { return -1 }
      let key = Int64(entry.firstName) << 8 | initial
      if let known = fitting[key] { return known }
      let count = Int32(peopleFitting(partial: entry) ?? -1)
      fitting[key] = count
      return count
    }
  }

  var count: Int { entries.count }

  /// The handle of the identity's own account (not the profiles it links to), reduced to its
  /// letters and digits: people reuse a handle on several platforms with `.` or `_` as allowed.
  static func ownHandle(of record: IdentityRecord, _ features: IdentityFeatures) -> String? {
    let prefix = record.key.platform.rawValue + ":"
    guard record.key.platform != .linkedin,
      let handle = features.handles.filter({ $0.hasPrefix(prefix) }).min()
    else { return nil }
    let local = handle.dropFirst(prefix.count).split(separator: "@").first ?? ""
    // Kept into a String's own scalar view: filtering a Substring's rebuilds it per scalar.
    var kept = String.UnicodeScalarView()
    for scalar in local.unicodeScalars {
      let isKept =
        scalar.isASCII
        ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        : scalar.properties.isAlphabetic
      if isKept { kept.append(scalar) }
    }
    let reduced = String(kept)
    return reduced.count >= 4 ? reduced : nil
  }

  /// The formal first name that the account's own handle writes out where the display name gives
  /// a nickname of it: a Twitter/X "Dora Bakker" whose handle is `theodora_bakker` is Theodora,
  /// and is no candidate for Eldora Bakker. `nil` when the handle does not spell the whole name
  /// through a longer form of its first name.
  static func formalFirstName(_ first: String, family name: PersonName, handle: String) -> String? {
    guard let family = name.familyKey, family.count >= 2 else { return nil }
    let letters = HandleSpelling.letters(of: handle)
    let forms = HandleSpelling.firstNameForms(of: first)
    guard !letters.isEmpty, forms.count > 1 else { return nil }
    let spellings = forms.map { Array(PersonName.folded($0).utf8) }
    let families = Set([family, name.familyCore ?? family]).map { Array($0.utf8) }
    let reading = HandleSpelling.reading(letters, firstSpellings: spellings, family: families)
    guard reading.level == .firstAndFamily, let index = reading.first, index > 0,
      spellings[index].count > spellings[0].count
    else { return nil }
    return forms[index]
  }

  /// The handle of the identity's own account as written (`noahg360`, `sunita.mcdonald`), on the
  /// platforms whose handles people choose (not LinkedIn's generated slugs).
  static func ownRawHandle(of record: IdentityRecord, _ features: IdentityFeatures) -> String? {
    let prefix = record.key.platform.rawValue + ":"
    guard record.key.platform != .linkedin,
      let handle = features.handles.filter({ $0.hasPrefix(prefix) }).min()
    else { return nil }
    return String(handle.dropFirst(prefix.count))
  }

  /// True when `a` and `b` are two different accounts on one platform, which are almost never
  /// one person: only hard evidence or the user's rule joins them.
  func areDistinctAccounts(_ a: Int, _ b: Int) -> Bool {
    let first = entries[a]
    let second = entries[b]
    return first.platform == second.platform && first.accountKind != nil
      && first.accountKind == second.accountKind
  }

  /// How identities `a` and `b` compare, field by field.
  func compare(_ a: Int, _ b: Int) -> ComparisonVector {
    let first = entries[a]
    let second = entries[b]
    var vector = compareNames(a, b)
    vector.company = companyLevel(first.company, second.company)
    vector.platform = first.platform == second.platform ? 1 : 0
    if first.handle >= 0, second.handle >= 0, first.platform != second.platform {
      vector.handle = first.handle == second.handle ? 1 : 2
    }
    if first.platform != second.platform && vector.handle != 1 {
      // A handle against the other side's full name (unless the two share the handle itself,
      // which says more). When the handle is also where the owner's name was read from, or the
      // owner's display name is no name, the spelling replaces the names: the same letters
      // count once.
      if let (owner, spelling) = handleSpellingSide(a, b, namesDisagree: namesDisagree(vector)) {
        vector.handleName = UInt8(spelling.rawValue)
        vector.handleOwner = owner == a ? 1 : 2
        let entry = entries[owner]
        if entry.nameIsGuessed || (entry.hasFullName && spelling != .unknown)
          || (mayBeNoName(entry) && spelling.spellsFullName)
        {
          vector.firstName = 0
          vector.familyName = 0
        }
      }
    }
    return vector
  }

  /// Whether the name `entry` gives may be no name at all: its first word is no first name the
  /// nickname table knows (`Builder 🚀`, `she codes`, `Data nerd`). Its handle is then compared
  /// with the full names even when the name looks whole, and a handle that spells another's full
  /// name (or first name and initial, or initial and family name) replaces the name.
  func mayBeNoName(_ entry: Entry) -> Bool {
    entry.firstName >= 0 && !entry.nameIsGuessed && !firstNameIsKnown[Int(entry.firstName)]
  }

  /// Whether identity `index` gives no full name of its own, or one that may be no name
  /// (``mayBeNoName(_:)``): what counts as a partial name when one person of the network fits it.
  func mayBeNameless(_ index: Int) -> Bool {
    !entries[index].hasFullName || mayBeNoName(entries[index])
  }

  /// The first- and family-name levels of `a` and `b`.
  private func compareNames(_ a: Int, _ b: Int) -> ComparisonVector {
    let first = entries[a]
    let second = entries[b]
    var vector = ComparisonVector()
    if first.firstName >= 0, second.firstName >= 0, first.familyName >= 0, second.familyName >= 0,
      first.firstName != second.firstName,
      foldedFirstNames[Int(first.firstName)] == familyNames.values[Int(second.familyName)],
      familyNames.values[Int(first.familyName)] == foldedFirstNames[Int(second.firstName)]
    {
      // Given and family names swapped (`Tanaka Kenji`, `Kenji Tanaka`).
      vector.firstName = 1
      vector.familyName = 1
    } else {
      vector.firstName = firstNameLevel(first.firstName, second.firstName)
      vector.familyName = familyNameLevel(first.familyName, second.familyName)
    }
    if first.nameIsGuessed || second.nameIsGuessed {
      if vector.firstName == 6 { vector.firstName = 0 }
      if vector.familyName == 5 { vector.familyName = 0 }
    }
    return vector
  }

  /// Whether the names of a pair share nothing (first and family name each different or unknown):
  /// a display name such as `she codes` or `Data nerd` may be no name at all, and then a handle
  /// that spells the other's name says whose account it is.
  private func namesDisagree(_ vector: ComparisonVector) -> Bool {
    [0, 6].contains(vector.firstName) && [0, 5].contains(vector.familyName)
  }

  /// Which of `a` and `b` has the handle that is compared with the other's full name, and how it
  /// spells it: the more telling of the two directions (`unknown` tells least); `nil` when the
  /// comparison applies to neither. `disagree`: whether their names share nothing.
  func handleSpellingSide(_ a: Int, _ b: Int, namesDisagree disagree: Bool) -> (
    owner: Int, spelling: HandleSpelling
  )? {
    guard entries[a].platform != entries[b].platform else { return nil }
    let forward = handleSpelling(owner: entries[a], named: entries[b], ownerNameDisagrees: disagree)
    let backward = handleSpelling(owner: entries[b], named: entries[a], ownerNameDisagrees: disagree)
    let rank = { (spelling: HandleSpelling) in spelling == .unknown ? Int.max : spelling.rawValue }
    switch (forward, backward) {
    case (let f?, let g?): return rank(f) <= rank(g) ? (a, f) : (b, g)
    case (let f?, nil): return (a, f)
    case (nil, let g?): return (b, g)
    case (nil, nil): return nil
    }
  }

  /// How the handle of `owner` spells the full name of `named` (``HandleSpelling``), or `nil` when
  /// the comparison does not apply: it is made for an owner who gives no full name of their own
  /// (an Instagram username, a first-name-only Twitter/X account). A first name alone counts only
  /// when one person of the network has it (else `.unknown`: no evidence either way).
  ///
  /// An owner with a full name of its own is compared only when that name shares nothing with the
  /// other's (`ownerNameDisagrees`), and only a handle that spells the other's full name, or first
  /// name and family initial, or initial and family name, counts: else `nil`.
  func handleSpelling(owner: Entry, named: Entry, ownerNameDisagrees: Bool = false) -> HandleSpelling? {
    guard owner.handleLetters >= 0, !owner.hasFullName || ownerNameDisagrees, named.hasFullName,
      named.familyName >= 0
    else { return nil }
    let spelling = HandleSpelling.level(
      handleLetters.bytes[Int(owner.handleLetters)], firstSpellings: firstNameSpellings[Int(named.firstName)],
      family: familySpellings[Int(named.familyName)])
    if owner.hasFullName { return spelling.spellsFullName ? spelling : nil }
    if spelling == .firstOnly {
      // The first name the handle spells (without its affix), and how many people carry it.
      let letters = handleLetters.bytes[Int(owner.handleLetters)]
      let carriers =
        HandleSpelling.cores(letters).map { familiesOfSpelling[Array($0)]?.count ?? 0 }.max() ?? 0
      if carriers > 1 { return .unknown }
    }
    return spelling
  }

  private func firstNameLevel(_ a: Int32, _ b: Int32) -> UInt8 {
    guard a >= 0, b >= 0 else { return 0 }
    if a == b { return 1 }
    if firstNameVariants[Int(a)].contains(b) { return 2 }
    let leftBytes = firstNames.bytes[Int(a)]
    let rightBytes = firstNames.bytes[Int(b)]
    if leftBytes.count == 1 || rightBytes.count == 1 { return leftBytes[0] == rightBytes[0] ? 3 : 6 }
    // Two strangers' names, most pairs: told apart without the full comparison.
    if JaroWinkler.upperBound(leftBytes, rightBytes) < 0.80 { return 6 }
    let similarity = JaroWinkler.similarity(leftBytes, rightBytes)
    return similarity >= 0.92 ? 4 : similarity >= 0.80 ? 5 : 6
  }

  private func familyNameLevel(_ a: Int32, _ b: Int32) -> UInt8 {
    guard a >= 0, b >= 0 else { return 0 }
    if a == b || familyCores[Int(a)] == familyCores[Int(b)] { return 1 }
    let leftBytes = familyNames.bytes[Int(a)]
    let rightBytes = familyNames.bytes[Int(b)]
    if leftBytes.count == 1 || rightBytes.count == 1 { return leftBytes[0] == rightBytes[0] ? 2 : 5 }
    // One typo in a name of four letters or more is similar, wherever it is (`rosoro`/`rsoro`).
    if min(leftBytes.count, rightBytes.count) >= 4 && EditDistance.isOne(leftBytes, rightBytes) { return 3 }
    // Two strangers' names, most pairs: told apart without the full comparison.
    if JaroWinkler.upperBound(leftBytes, rightBytes) < 0.80 { return 5 }
    let similarity = JaroWinkler.similarity(leftBytes, rightBytes)
    return similarity >= 0.92 ? 3 : similarity >= 0.80 ? 4 : 5
  }

  private func companyLevel(_ a: Int32, _ b: Int32) -> UInt8 {
    guard a >= 0, b >= 0 else { return 0 }
    if a == b { return 1 }
    return companyWords[Int(a)].isDisjoint(with: companyWords[Int(b)]) ? 3 : 2
  }

  /// The number of people of the network whose full name fits the partial name of `entry` (a
  /// first name alone, or with a family initial), when it has one: the different family names
  /// (with that initial) that come with its first name among the full names.
  func peopleFitting(partial entry: Entry) -> Int? {
    guard !entry.hasFullName, !entry.nameIsGuessed, entry.firstName >= 0 else { return nil }
    let initial: UInt8?
    if entry.familyName >= 0 {
      let family = familyNames.bytes[Int(entry.familyName)]
      guard family.count == 1 else { return nil }
      initial = family[0]
    } else {
      initial = nil
    }
    let spelling = Array(foldedFirstNames[Int(entry.firstName)].utf8)
    let families = familiesOfSpelling[spelling] ?? []
    guard let initial else { return families.count }
    return families.filter { familyNames.bytes[Int($0)].first == initial }.count
  }

  /// The value that `a` and `b` share in `field` (its number), when they carry the same one.
  func sharedValue(_ field: ComparedField, _ a: Int, _ b: Int) -> Int32? {
    let first = entries[a]
    let second = entries[b]
    switch field {
    case .firstName:
      return first.firstName == second.firstName && first.firstName >= 0 ? first.firstName : nil
    case .familyName:
      return first.familyName == second.familyName && first.familyName >= 0 ? first.familyName : nil
    case .company: return first.company == second.company && first.company >= 0 ? first.company : nil
    case .handle: return first.handle == second.handle && first.handle >= 0 ? first.handle : nil
    case .handleName, .platform: return nil
    }
  }

  /// The first letter of identity `a`'s value in `field` (a first or family name).
  func initial(_ field: ComparedField, _ a: Int) -> UInt8? {
    let entry = entries[a]
    switch field {
    case .firstName: return entry.firstName >= 0 ? firstNames.bytes[Int(entry.firstName)].first : nil
    case .familyName: return entry.familyName >= 0 ? familyNames.bytes[Int(entry.familyName)].first : nil
    case .company, .handle, .handleName, .platform: return nil
    }
  }

  /// The interned values of `field`, for term-frequency adjustments (`nil` for the platform).
  func values(of field: ComparedField) -> InternedStrings? {
    switch field {
    case .firstName: firstNames
    case .familyName: familyNames
    case .company: companies
    case .handle: handles
    case .handleName, .platform: nil
    }
  }

  /// The share of identities carrying the value that `a` and `b` agree on exactly in `field`,
  /// for the term-frequency adjustment; `nil` when the field has no single shared value.
  func sharedValueFrequency(_ field: ComparedField, _ a: Int, _ b: Int) -> Double? {
    guard let value = sharedValue(field, a, b), let values = values(of: field) else { return nil }
    return values.frequency(value)
  }
}
