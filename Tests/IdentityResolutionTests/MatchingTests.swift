import RekindleModel
import Testing

@testable import IdentityResolution

struct JaroWinklerTests {
  @Test(arguments: [
    ("jon", "john", 0.933), ("smith", "smyth", 0.893), ("martha", "marhta", 0.961), ("robert", "bob", 0.5),
    ("dixon", "dicksonx", 0.813),
  ])
  func `known similarities`(a: String, b: String, expected: Double) {
    #expect(abs(JaroWinkler.similarity(Array(a.utf8), Array(b.utf8)) - expected) < 0.001)
  }

  @Test func `the bound is never below the similarity, and tells strangers apart`() {
    let names = [
      "jon", "john", "smith", "smyth", "martha", "marhta", "robert", "bob", "dixon", "dicksonx", "rosoro",
      "rsoro", "müller", "mueller", "zhou", "zoe", "abcd", "dcba", "aaaa", "a", "ékaterina", "katya",
    ]
    for a in names {
      for b in names {
        let (left, right) = (Array(a.utf8), Array(b.utf8))
        #expect(
          JaroWinkler.upperBound(left, right) >= JaroWinkler.similarity(left, right) - 1e-12, "\(a) \(b)")
      }
    }
    #expect(JaroWinkler.upperBound(Array("kowalski".utf8), Array("tamura".utf8)) < 0.80)
  }

  @Test func `equal strings are 1, empty ones 0`() {
    #expect(JaroWinkler.similarity(Array("kenji".utf8), Array("kenji".utf8)) == 1)
    #expect(JaroWinkler.similarity([], Array("kenji".utf8)) == 0)
  }
}

struct TypoTests {
  @Test(arguments: [
    ("rosoro", "rsoro", true), ("meyer", "meer", true), ("varida", "vairda", true), ("silva", "silba", true),
    ("norford", "norfords", true), ("meyer", "meyer", false), ("silva", "sivla", true),
    ("silva", "salvi", false),
    ("tamsen", "tammisen", false), ("ab", "ba", true),
  ])
  func `one typo apart`(a: String, b: String, expected: Bool) {
    #expect(EditDistance.isOne(Array(a.utf8), Array(b.utf8)) == expected)
    #expect(EditDistance.isOne(Array(b.utf8), Array(a.utf8)) == expected)
  }

  @Test(arguments: [
    ("robert", "R163"), ("rupert", "R163"), ("tymczak", "T522"), ("pfister", "P236"), ("ashcraft", "A261"),
    ("meyer", "M600"), ("meer", "M600"), ("varida", "V630"), ("vairda", "V630"), ("lee", "L000"),
  ])
  func `Soundex codes as published`(name: String, expected: String) {
    let code = Soundex.code(Array(name.utf8))
    let text = String(
      decoding: (0..<4).reversed().map { UInt8(truncatingIfNeeded: code >> (8 * $0)) }, as: UTF8.self)
    #expect(text.uppercased() == expected)
  }

  @Test func `a family name with a typo near its start merges`() {
    // Jaro–Winkler finds `rosoro`/`rsoro` only alike (0.83); one typo apart, they are similar.
    let result = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Samira Rosoro"), identity(2, .facebook, "Samira Rsoro"),
        identity(3, .linkedin, "Matteo Meyer"), identity(4, .facebook, "Matteo Meer"),
      ])
    #expect(group(of: 1, in: result) == [1, 2])
    #expect(group(of: 3, in: result) == [3, 4])
    let records = ["Samira Rosoro", "Samira Rsoro"].map {
      IdentityRecord(key: IdentityKey(platform: .facebook, nativeId: $0, kind: .displayName), displayName: $0)
    }
    let table = MatchingTable(records: records, features: records.map { IdentityFeatures($0) })
    #expect(table.compare(0, 1).familyName == 3)
  }
}

struct CompanyNameTests {
  @Test(arguments: [
    ("ACME Robotics, Inc.", "acme robotics"), ("Acme Robotics GmbH", "acme robotics"),
    ("Société Générale S.A.", "societe generale"), ("The Group", nil),
    ("McDonald’s Corp.", "mcdonalds"), ("O'Reilly Media, Inc.", "oreilly media"), ("3M Company", "3m"),
    ("Zürcher Kantonalbank AG", "zurcher kantonalbank"), ("A-B & C", nil),
  ])
  func `legal forms and diacritics dropped`(text: String, expected: String?) {
    #expect(CompanyName.normalized(text) == expected)
  }
}

/// A population of made-up persons, each seen on two platforms under one name, so that the model
/// has random pairs to learn its u-probabilities from and exact-name pairs to set its prior, like
/// a real set of archives.
func population(_ count: Int, firstId: Int64 = 1000, companies: Bool = false) -> [IdentityResolver.Input] {
  let firsts = [
    "Amara", "Bruno", "Chiara", "Dario", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kaia", "Lior",
    "Marta", "Nuno", "Oona", "Pavel", "Quinn", "Rosa", "Sven", "Tala",
  ]
  let families = [
    "Abara", "Bexley", "Castell", "Dorsey", "Eklund", "Farrow", "Galvin", "Hartig", "Iskra", "Jovic",
    "Kessler",
    "Lindahl", "Moreno", "Nakai", "Okoro", "Pryce", "Quist", "Rahimi", "Sorensen", "Tamura",
  ]
  let platforms: [Platform] = [.linkedin, .facebook, .contacts, .twitter]
  return (0..<count).map { index in
    let person = index / 2
    let name = "\(firsts[person % firsts.count]) \(families[(person / firsts.count) % families.count])"
    let platform = platforms[(person + index % 2) % platforms.count]
    let employers = ["Northwind", "Tailspin", "Litware", "Proseware", "Woodgrove", "Adatum", "Relecloud"]
    return IdentityResolver.Input(
      id: firstId + Int64(index),
      record: IdentityRecord(
        key: IdentityKey(platform: platform, nativeId: "\(platform)-\(index)", kind: .displayName),
        displayName: name, company: companies && index % 3 != 0 ? employers[person % employers.count] : nil))
  }
}

func identity(
  _ id: Int64, _ platform: Platform, _ name: String?, kind: NativeIDKind = .displayName,
  handle: String? = nil,
  company: String? = nil, nativeId: String? = nil
) -> IdentityResolver.Input {
  IdentityResolver.Input(
    id: id,
    record: IdentityRecord(
      key: IdentityKey(platform: platform, nativeId: nativeId ?? name ?? handle ?? "\(id)", kind: kind),
      displayName: name, handle: handle, company: company))
}

/// One identity on `platform` for each of `names`, numbered from `firstId`.
func identities(named names: [String], on platform: Platform, firstId: Int64 = 4000) -> [IdentityResolver
  .Input]
{
  names.enumerated().map { identity(firstId + Int64($0), platform, $1) }
}

func group(of id: Int64, in result: IdentityResolver.Result) -> [Int64] {
  result.groups.first { $0.contains(id) } ?? []
}

struct ExplanationTextTests {
  @Test(arguments: ["noah", "van der berg", "o", "zoe lindqvist", "", "mcdonald88"])
  func `names are capitalized as Foundation capitalizes them`(name: String) {
    #expect(PairScorer.capitalized(name) == name.capitalized)
  }
}

struct ProbabilisticResolutionTests {
  @Test func `nicknames and transliterations merge on names alone`() {
    let result = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Robert Müller", company: "Acme Robotics GmbH"),
        identity(2, .facebook, "Bob Mueller"),
        identity(3, .contacts, "Robert Muller", company: "ACME Robotics, Inc."),
      ])
    #expect(group(of: 1, in: result) == [1, 2, 3])
    let evidence = result.links.filter { $0.merged && [$0.first, $0.second].contains(2) }.map(\.evidence.text)
    #expect(evidence.contains { $0.contains("first name nickname") && $0.contains("family name exact") })
  }

  @Test func `links come as hard evidence, then scored merges and near-misses, then rules`() {
    var inputs = population(300)
    inputs += [
      identity(1, .linkedin, "Robert Müller", company: "Acme Robotics GmbH"),
      identity(2, .facebook, "Bob Mueller"),
      identity(5, .contacts, "Helga Sørensen"),
    ]
    inputs += [(3, Platform.contacts), (4, Platform.calendar)].map { id, platform in
      IdentityResolver.Input(
        id: id,
        record: IdentityRecord(
          key: IdentityKey(platform: platform, nativeId: "priya@example.org", kind: .email),
          displayName: "Priya Natarajan", emails: ["priya@example.org"]))
    }
    let result = IdentityResolver().resolve(inputs, mustLink: [(5, 1)])
    let kinds = result.links.map { link in
      link.evidence == .rule ? "rule" : link.weight == nil ? "hard" : "scored"
    }
    #expect(kinds.first == "hard")
    #expect(kinds.last == "rule")
    #expect(kinds.filter { $0 == "rule" }.count == 1)
    let order = ["hard", "scored", "rule"]
    #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
    #expect(kinds.contains("scored"))
    // A scored link is written when read, the same each time.
    let scored = result.links.first { $0.first == 1 && $0.second == 2 && $0.merged }
    #expect(scored?.evidence.text.hasPrefix("p=") == true)
    #expect(scored?.evidence == result.links.first { $0.first == 1 && $0.second == 2 && $0.merged }?.evidence)
  }

  @Test func `a pair the user rejected is never joined by names`() {
    let inputs =
      population(300) + [
        identity(1, .linkedin, "Robert Müller", company: "Acme Robotics GmbH"),
        identity(2, .facebook, "Bob Mueller"),
      ]
    #expect(group(of: 1, in: IdentityResolver().resolve(inputs)) == [1, 2])
    let result = IdentityResolver().resolve(inputs, cannotLink: [(2, 1)])
    #expect(group(of: 1, in: result) == [1])
    #expect(
      result.links.contains {
        !$0.merged && $0.evidence.text.contains("you said they are not the same person")
      })
  }

  @Test func `a name that is too common to tell is not enough in a large population`() {
    // The same name is shared by many people here: its exact match weighs little.
    var inputs = population(400)
    inputs += (0..<40).map { identity(Int64(10 + $0), .contacts, "Amara Abara", nativeId: "card-\($0)") }
    inputs.append(identity(100, .instagram, "A Abara", kind: .username, nativeId: "aabara"))
    let result = IdentityResolver().resolve(inputs)
    #expect(group(of: 100, in: result) == [100])
  }

  @Test func `two accounts of one platform never merge on names`() {
    let result = IdentityResolver().resolve(
      population(200) + [
        identity(1, .twitter, "Maria Castellano", kind: .accountID, nativeId: "111"),
        identity(2, .twitter, "Maria Castellano", kind: .accountID, nativeId: "222"),
        identity(3, .linkedin, "Maria Castellano"),
      ])
    #expect(group(of: 1, in: result) != group(of: 2, in: result))
    let keptApart = result.links.filter {
      !$0.merged && $0.evidence.text.contains("two accounts on one platform")
    }
    #expect(!keptApart.isEmpty)
  }

  @Test func `a weak link does not chain two different people`() {
    let result = IdentityResolver().resolve(
      population(200) + [
        identity(1, .linkedin, "Robert Wexford"),
        identity(2, .twitter, "R. Wexford", kind: .accountID, nativeId: "42"),
        identity(3, .facebook, "Rachel Wexford"),
      ])
    #expect(!group(of: 1, in: result).contains(3))
  }

  @Test func `a handle reused on two platforms links the accounts`() {
    let result = IdentityResolver().resolve(
      population(200) + [
        identity(1, .instagram, nil, kind: .username, handle: "craft.orbit2", nativeId: "craft.orbit2"),
        identity(2, .twitter, "coffee first", kind: .accountID, handle: "craft_orbit2", nativeId: "77"),
      ])
    #expect(group(of: 1, in: result) == [1, 2])
  }

  @Test func `split identities stay apart from name matches; merge rules join anything`() {
    let inputs =
      population(200) + [identity(1, .linkedin, "Robert Müller"), identity(2, .facebook, "Bob Mueller")]
    #expect(IdentityResolver().resolve(inputs, isolated: [2]).groups.contains([2]))
    #expect(group(of: 1, in: IdentityResolver().resolve(inputs, mustLink: [(1, 1000)])).contains(1000))
  }

  @Test func `without names, only hard evidence merges`() {
    var resolver = IdentityResolver()
    resolver.usesNames = false
    let result = resolver.resolve(
      population(50) + [identity(1, .linkedin, "Robert Müller"), identity(2, .facebook, "Robert Müller")])
    #expect(group(of: 1, in: result) == [1])
    #expect(result.model == nil)
  }
}

struct MatchModelTests {
  @Test func `a rare shared family name weighs more than a common one`() {
    var records = population(300).map(\.record)
    records += (0..<30).map {
      IdentityRecord(
        key: IdentityKey(platform: .contacts, nativeId: "s\($0)", kind: .displayName),
        displayName: "Kim Smith")
    }
    records += ["Ada Quillfeather", "Ada Quillfeather"].enumerated().map {
      IdentityRecord(
        key: IdentityKey(platform: .twitter, nativeId: "q\($0)", kind: .accountID), displayName: $1)
    }
    let table = MatchingTable(records: records, features: records.map { IdentityFeatures($0) })
    let model = MatchModel.estimate(from: table, matches: [])
    let common = model.weight(
      .familyName, level: 1, sharedValueFrequency: table.sharedValueFrequency(.familyName, 300, 301))
    let rare = model.weight(
      .familyName, level: 1, sharedValueFrequency: table.sharedValueFrequency(.familyName, 330, 331))
    #expect(rare > common + 2)
    #expect(model.weight(.firstName, level: 0) == 0)
    #expect(model.weight(.firstName, level: 6) < 0)
    #expect(model.priorWeight < 0)
  }

  @Test func `m-probabilities are learned from the pairs that hard evidence joined`() {
    let records = population(100).map(\.record)
    let table = MatchingTable(records: records, features: records.map { IdentityFeatures($0) })
    // Pairs with different first names, labelled as matches: m of "different" must rise.
    let labelled = (0..<50).map { ($0, $0 + 1) }
    let prior = MatchModel.estimate(from: table, matches: [])
    let learned = MatchModel.estimate(from: table, matches: labelled)
    #expect(learned.matchProbabilities[0][6] > prior.matchProbabilities[0][6] * 5)
    #expect(learned.labelledPairs == 50)
  }
}

struct BlockingTests {
  @Test func `nicknames, initials, typos and swapped names are candidates; strangers are not`() {
    let records = [
      "Robert Mueller", "Bob Müller", "R. Mueller", "Robert Meuller", "Mueller Robert", "Kenji Tanaka",
      "Zoe Lind",
    ].enumerated().map { index, name in
      IdentityRecord(
        key: IdentityKey(platform: .contacts, nativeId: "\(index)", kind: .displayName), displayName: name)
    }
    let table = MatchingTable(records: records, features: records.map { IdentityFeatures($0) })
    let pairs = Set(
      Blocking().candidatePairs(table).map { ($0 >> 32, $0 & 0xFFFF_FFFF) }.map { "\($0.0)-\($0.1)" })
    #expect(pairs.isSuperset(of: ["0-1", "0-2", "0-3", "0-4"]))
    #expect(!pairs.contains("5-6") && !pairs.contains("0-5"))
  }

  @Test func `oversized blocks are skipped, so cost stays near-linear`() {
    let records = (0..<500).map { index in
      IdentityRecord(
        key: IdentityKey(platform: .contacts, nativeId: "\(index)", kind: .displayName),
        displayName: "John Smith")
    }
    let table = MatchingTable(records: records, features: records.map { IdentityFeatures($0) })
    #expect(Blocking().candidatePairs(table).isEmpty)
  }
}

struct NameFeatureTests {
  @Test func `family keys fold umlaut spellings and keep particles; cores drop them`() {
    #expect(PersonName("Robert Müller").familyKey == "muller")
    #expect(PersonName("Bob Mueller").familyKey == "muller")
    #expect(PersonName("Anna van der Berg").familyKey == "vanderberg")
    #expect(PersonName("Anna van der Berg").familyCore == "berg")
    #expect(PersonName("Franky de Jong").familyCore == "jong")
    #expect(PersonName("Kenji").familyKey == nil)
  }

  @Test func `handles lose trailing counters, keep names`() {
    #expect(ProfileHandle.nameWords("obadiah.cook46") == ["obadiah", "cook"])
    #expect(ProfileHandle.nameWords("robert-mueller-1a2b3c") == ["robert", "mueller"])
  }

  @Test func `a first name alone or with an initial is completed by the handle`() {
    let twitter = IdentityRecord(
      key: IdentityKey(platform: .twitter, nativeId: "9", kind: .accountID), displayName: "Robby T.",
      handle: "robert_takahashi60")
    let features = IdentityFeatures(twitter)
    #expect(features.name.tokens == ["robert", "takahashi"])
    #expect(features.nameIsGuessed)
    let unrelated = IdentityRecord(
      key: IdentityKey(platform: .twitter, nativeId: "8", kind: .accountID), displayName: "Builder",
      handle: "atlas_studio2")
    #expect(IdentityFeatures(unrelated).name.tokens == ["builder"])
    let phrase = IdentityRecord(
      key: IdentityKey(platform: .twitter, nativeId: "7", kind: .accountID), displayName: "she codes",
      handle: "doug_quenski86")
    #expect(IdentityFeatures(phrase).name.tokens == ["doug", "quenski"])
  }
}
