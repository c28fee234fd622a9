import RekindleModel
import Testing

@testable import IdentityResolution

/// Handles that spell part of a name, and namesakes that no evidence tells apart.
struct HandleSpellingTests {
  private func spelling(_ handle: String, _ first: String, _ family: String) -> HandleSpelling {
    let spellings = ([first] + Nicknames.variants(of: first).subtracting([first]).sorted()).map {
      Array(PersonName.folded($0).utf8)
    }
    return HandleSpelling.level(
      HandleSpelling.letters(of: handle), firstSpellings: spellings,
      family: [Array(PersonName.folded(PersonName(family).tokens.joined()).utf8)])
  }

  @Test(arguments: [
    ("noahg360", "noah", "Guo", HandleSpelling.firstAndFamilyInitial),
    ("patl206", "patricia", "Lewandowski", .firstAndFamilyInitial),
    ("dannyy862", "daniel", "Young", .firstAndFamilyInitial),
    ("francoisn408", "francois", "Novák", .firstAndFamilyInitial),
    ("sunita_mcdonald", "sunita", "McDonald", .firstAndFamily),
    ("sunita.mcdonald", "sunita", "McDonald", .firstAndFamily),
    ("noahguo", "noah", "Guo", .firstAndFamily),
    ("mcdonald_sunita", "sunita", "McDonald", .firstAndFamily),
    ("jsmith", "john", "Smith", .initialAndFamily),
    ("smithj77", "john", "Smith", .initialAndFamily),
    ("mcdonald88", "sunita", "McDonald", .familyOnly),
    ("thesunita29", "sunita", "McDonald", .firstOnly),
    ("realnoah", "noah", "Guo", .firstOnly),
    ("sunita_official", "sunita", "McDonald", .firstOnly),
    ("matt_silva", "matthew", "Silva", .firstAndFamily),
    ("dimaa41", "dmitry", "Antonov", .firstAndFamilyInitial),
    ("robert.mueller", "robert", "Müller", .firstAndFamily),
    ("craft.orbit2", "noah", "Guo", .nothing),
    ("noahz", "noah", "Guo", .nothing),
  ])
  func `every handle habit is read`(handle: String, first: String, family: String, expected: HandleSpelling) {
    #expect(spelling(handle, first, family) == expected, "\(handle)")
  }

  @Test func `handles too short to spell anything are no evidence`() {
    #expect(HandleSpelling.letters(of: "x_1").isEmpty)
    // Folded letters are counted: `zoe` is `zo`.
    #expect(HandleSpelling.letters(of: "zoe").isEmpty)
    #expect(HandleSpelling.letters(of: "user3000001930").isEmpty)
    #expect(spelling("x_1", "noah", "Guo") == .unknown)
  }
}

struct HandleResolutionTests {
  @Test func `a username that spells first name and family initial joins the full name, and says so`() {
    let result = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Noah Quillfeather", nativeId: "https://www.linkedin.com/in/noah-q"),
        identity(2, .instagram, nil, kind: .username, handle: "noahq360", nativeId: "noahq360"),
      ])
    #expect(group(of: 1, in: result) == [1, 2])
    let link = result.links.first { $0.merged && Set([$0.first, $0.second]) == [1, 2] }
    #expect(
      link?.evidence.text.contains("handle `noahq360` spells Noah + Q.") == true,
      "\(link?.evidence.text ?? "")")
  }

  @Test func `a first name alone decides only when one person of the network has it`() {
    let alone = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Sunita Okereke"),
        identity(2, .instagram, nil, kind: .username, handle: "thesunita29", nativeId: "thesunita29"),
      ])
    let two = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Sunita Okereke"),
        identity(3, .facebook, "Sunita Varga"),
        identity(2, .instagram, nil, kind: .username, handle: "thesunita29", nativeId: "thesunita29"),
      ])
    // With one Sunita the handle is evidence for her; with two it is evidence for neither.
    let aloneLink = alone.links.first { Set([$0.first, $0.second]) == [1, 2] }
    #expect(aloneLink?.evidence.text.contains("spells Sunita, the only Sunita of your network") == true)
    #expect(!group(of: 2, in: two).contains(1) && !group(of: 2, in: two).contains(3))
    #expect(
      !two.links.contains {
        Set([$0.first, $0.second]) == [1, 2] && $0.evidence.text.contains("spells Sunita")
      })
  }
}

extension HandleSpellingTests {
  /// Marta Wexford on LinkedIn (a common first name, a family initial many share), and an
  /// address-book card that gives only "Marta W.".
  private func marta(cardEmail: String? = nil) -> [IdentityResolver.Input] {
    let others = ["Walsh", "Webb", "Wilde", "Ward", "Wolfe"]
    let wFamilies = (0..<100).map { index in
      identity(
        Int64(5000 + index), .facebook,
        "\(["Bruno", "Greta", "Jonas", "Rosa"][index % 4]) \(others[index % 5])",
        nativeId: "w-\(index)")
    }
    return population(3000) + wFamilies + [
      IdentityResolver.Input(
        id: 1,
        record: IdentityRecord(
          key: IdentityKey(
            platform: .linkedin, nativeId: "https://www.linkedin.com/in/marta-w", kind: .profileURL),
          displayName: "Marta Wexford", emails: ["marta.wexford@gmail.com"])),
      IdentityResolver.Input(
        id: 2,
        record: IdentityRecord(
          key: IdentityKey(platform: .contacts, nativeId: "card-2", kind: .displayName),
          displayName: "Marta W.", emails: cardEmail.map { [$0] } ?? [])),
    ]
  }

  @Test func `a partial name joins the one person it fits though the pair alone scores low`() {
    // A common first name and a common initial: the pair scores below one half. Of the whole
    // network only Marta Wexford fits "Marta W.", and nothing contradicts it.
    let result = IdentityResolver().resolve(marta())
    #expect(group(of: 2, in: result) == [1, 2])
    let link = result.links.first { $0.merged && Set([$0.first, $0.second]) == [1, 2] }
    #expect(link?.evidence.text.contains("the only person of your network whose name fits") == true)
  }

  @Test func `a partial name with a personal mailbox of its own stays apart from the one person it fits`() {
    let result = IdentityResolver().resolve(marta(cardEmail: "mw.photos@outlook.com"))
    #expect(group(of: 2, in: result) == [2])
    #expect(group(of: 1, in: result) == [1])
  }
}

struct NoNameDisplayTests {
  private func records(_ twitterName: String, handle: String, other: String) -> [IdentityRecord] {
    [
      IdentityRecord(
        key: IdentityKey(platform: .calendar, nativeId: "guest@example.org", kind: .email), displayName: other
      ),
      IdentityRecord(
        key: IdentityKey(platform: .twitter, nativeId: "3000000560", kind: .accountID),
        displayName: twitterName, handle: handle),
    ]
  }

  @Test func `a handle is compared with full names when the display name is no name`() {
    // "she codes" looks like a first and a family name, but `she` is no first name.
    let named = records("she codes", handle: "diahcalsen", other: "Diah Calsen")
    let table = MatchingTable(records: named, features: named.map { IdentityFeatures($0) })
    #expect(Blocking().candidatePairs(table) == [1])
    #expect(table.compare(0, 1).handleName == UInt8(HandleSpelling.firstAndFamily.rawValue))
    // A real name that shares nothing with the other's gets no such candidate by its handle.
    let real = records("Maria Lopez", handle: "diahcalsen", other: "Diah Calsen")
    let realTable = MatchingTable(records: real, features: real.map { IdentityFeatures($0) })
    #expect(Blocking().candidatePairs(realTable).isEmpty)
  }

  @Test func `a one-word display name that is no first name gives way to a handle that spells the name`() {
    let named = records("Builder 🚀", handle: "brianabaker", other: "Briana Baker")
    let table = MatchingTable(records: named, features: named.map { IdentityFeatures($0) })
    let vector = table.compare(0, 1)
    #expect(vector.handleName == UInt8(HandleSpelling.firstAndFamily.rawValue))
    #expect(vector.firstName == 0, "`builder` against `briana` is no evidence against her")
    // A first name the table knows still counts against a name it is not.
    let known = records("Dorothy", handle: "brianabaker", other: "Briana Baker")
    let knownTable = MatchingTable(records: known, features: known.map { IdentityFeatures($0) })
    #expect(knownTable.compare(0, 1).firstName == 6)
  }

  @Test func `an account named she codes whose handle spells a name is a partial name that may fit`() {
    let named = records("she codes", handle: "equenberg", other: "Erin Quenberg")
    let table = MatchingTable(records: named, features: named.map { IdentityFeatures($0) })
    let scorer = PairScorer(table: table, model: MatchModel.estimate(from: table, matches: []))
    #expect(table.compare(0, 1).handleName == UInt8(HandleSpelling.initialAndFamily.rawValue))
    #expect(LinkageClustering.partialFitOwner(scorer.score(0, 1), 0, 1, table: table) == 1)
    #expect(LinkageClustering.partialFitOwner(scorer.score(1, 0), 1, 0, table: table) == 1)
    // A name the table knows is a name: such an account is no partial name.
    let real = records("Maria Lopez", handle: "equenberg", other: "Erin Quenberg")
    let realTable = MatchingTable(records: real, features: real.map { IdentityFeatures($0) })
    let realScorer = PairScorer(table: realTable, model: MatchModel.estimate(from: realTable, matches: []))
    #expect(LinkageClustering.partialFitOwner(realScorer.score(0, 1), 0, 1, table: realTable) == nil)
  }

  @Test func `a one-word display name that may be no name does not hold its handle apart`() {
    // The Instagram `vcook` and the Twitter/X `Builder 🚀` of that handle are one account pair; the
    // handle fits Vina Cook alone, and "Builder" is no first name that disagrees with Vina.
    // Cook is a common family name here, so the handle alone scores below a merge.
    let cooks = [
      "Amara", "Bruno", "Chiara", "Dario", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kaia", "Lior",
      "Marta", "Nuno", "Oona", "Pavel", "Quinn", "Rosa", "Sven", "Tala",
    ]
    .map { "\($0) Cook" }
    let inputs =
      population(300) + identities(named: cooks, on: .linkedin) + [
        identity(1, .linkedin, "Vina Cook"),
        identity(2, .facebook, "Louvinia Cook"),
        identity(3, .instagram, nil, kind: .username, handle: "vcook", nativeId: "vcook"),
        identity(4, .twitter, "Builder 🚀", kind: .accountID, handle: "vcook", nativeId: "4000000017"),
      ]
    let result = IdentityResolver().resolve(inputs)
    #expect(group(of: 1, in: result) == [1, 2, 3, 4])
  }

  @Test func `a handle that writes out the formal first name tells which it is`() {
    #expect(
      MatchingTable.formalFirstName("dora", family: PersonName("Dora Bakker"), handle: "theodora_bakker")
        == "theodora")
    #expect(
      MatchingTable.formalFirstName("dora", family: PersonName("Dora Bakker"), handle: "dora_bakker") == nil)
    #expect(
      MatchingTable.formalFirstName("theodora", family: PersonName("Theodora Bakker"), handle: "dora_bakker")
        == nil)
    #expect(
      MatchingTable.formalFirstName("dora", family: PersonName("Dora Bakker"), handle: "theodora88") == nil)
    // Theodora and Eldora Bakker both go by Dora on Twitter/X; their handles say which is which.
    let inputs =
      population(300) + [
        identity(1, .linkedin, "Theodora Bakker"),
        identity(2, .contacts, "Dora Bakker"),
        identity(
          3, .twitter, "Dora Bakker", kind: .accountID, handle: "theodora_bakker", nativeId: "3000000001"),
        identity(4, .linkedin, "Eldora Bakker"),
        identity(
          5, .twitter, "Dora Bakker", kind: .accountID, handle: "eldora_bakker", nativeId: "3000000002"),
      ]
    let result = IdentityResolver().resolve(inputs)
    #expect(group(of: 3, in: result).contains(1))
    #expect(group(of: 5, in: result) == [4, 5])
  }

  @Test func `a handle that fits two people alike weighs the same for both`() {
    // `mattiet964` is Mattie T.: Martha Tormigaard and Matthew Tamley can both be written Mattie.
    // Matthew is the commoner name here; what the handle spells (`mattie`) is as common for both.
    let matthews = ["Abara", "Bexley", "Castell", "Dorsey", "Eklund", "Farrow", "Galvin", "Hartig"]
      .map { "Matthew \($0)" }
    let inputs =
      population(300) + identities(named: matthews, on: .facebook) + [
        identity(1, .linkedin, "Martha Tormigaard"),
        identity(2, .linkedin, "Matthew Tamley"),
        identity(3, .instagram, nil, kind: .username, handle: "mattiet964", nativeId: "mattiet964"),
      ]
    let result = IdentityResolver().resolve(inputs)
    #expect(group(of: 3, in: result) == [3])
    let near = result.links.filter { !$0.merged && [$0.first, $0.second].contains(3) }
    let weights = near.compactMap { link -> Substring? in
      guard let range = link.evidence.text.range(of: "spells ") else { return nil }
      return link.evidence.text[range.upperBound...].split(separator: ",").first?.split(separator: " ").last
    }
    #expect(weights.count == 2 && weights.first == weights.last, "\(near.map(\.evidence.text))")
  }
}

struct NamesakeAssignmentTests {
  /// Two LinkedIn accounts named Samantha Menon, and Samantha Menon elsewhere.
  private func namesakes(facebookCompany: String? = nil) -> [IdentityResolver.Input] {
    population(300, companies: true) + [
      identity(
        1, .linkedin, "Samantha Menon", company: "Contoso", nativeId: "https://www.linkedin.com/in/sam-1"),
      identity(
        2, .linkedin, "Samantha Menon", company: "Fabrikam", nativeId: "https://www.linkedin.com/in/sam-2"),
      identity(3, .facebook, "Samantha Menon", company: facebookCompany),
      identity(4, .calendar, "Samantha Menon", nativeId: "samantha@example.org"),
    ]
  }

  @Test func `an identity as likely to be either of two namesakes joins neither, and says why`() {
    let result = IdentityResolver().resolve(namesakes())
    #expect(group(of: 1, in: result) == [1])
    #expect(group(of: 2, in: result) == [2])
    #expect(group(of: 3, in: result).count == 1)
    #expect(group(of: 4, in: result).count == 1)
    // Both candidates are offered, each with the reason.
    let ambiguous = result.links.filter { !$0.merged && $0.evidence.text.contains("as likely to be") }
    #expect(ambiguous.contains { Set([$0.first, $0.second]) == [1, 3] })
    #expect(ambiguous.contains { Set([$0.first, $0.second]) == [2, 3] })
    let reason = ambiguous.first { Set([$0.first, $0.second]) == [1, 3] }?.evidence.text ?? ""
    #expect(reason.contains("Samantha Menon (p-"), "\(reason)")
    #expect(ambiguous.allSatisfy { ($0.weight ?? -99) >= 0 })
  }

  @Test func `evidence that prefers one candidate by the margin assigns it`() {
    let result = IdentityResolver().resolve(namesakes(facebookCompany: "Contoso"))
    #expect(group(of: 1, in: result).contains(3))
    #expect(!group(of: 2, in: result).contains(3))
    // The calendar guest still fits both, and stays apart.
    #expect(group(of: 4, in: result).count == 1)
  }

  @Test func `a handle that fits two people whom no platform holds apart joins neither`() {
    // `allyn342` spells Ally + N.: Allison Norley's and Althea Norobrook's nickname and initial.
    // The two are plainly two people (their names disagree), though they are on no platform twice.
    let handle = identity(2, .instagram, nil, kind: .username, handle: "allyn342", nativeId: "allyn342")
    let two = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Allison Norley", nativeId: "https://www.linkedin.com/in/allison-n"),
        identity(3, .contacts, "Althea Norobrook", nativeId: "card-3"), handle,
      ])
    #expect(group(of: 2, in: two) == [2])
    #expect(group(of: 1, in: two) == [1])
    #expect(
      two.links.contains {
        !$0.merged && Set([$0.first, $0.second]).contains(2) && $0.evidence.text.contains("as likely to be")
      })
    // With Allison alone, the handle is hers.
    let one = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Allison Norley", nativeId: "https://www.linkedin.com/in/allison-n"), handle,
      ])
    #expect(group(of: 1, in: one) == [1, 2])
  }

  @Test func `one candidate, and a candidate ruled out by a platform clash`() {
    // One LinkedIn Samantha: the others join her.
    let one = IdentityResolver().resolve(
      population(300) + [
        identity(1, .linkedin, "Samantha Menon", nativeId: "https://www.linkedin.com/in/sam-1"),
        identity(3, .facebook, "Samantha Menon"),
        identity(4, .calendar, "Samantha Menon", nativeId: "samantha@example.org"),
      ])
    #expect(group(of: 1, in: one) == [1, 3, 4])
    // Two LinkedIn Samanthas, but the second has a Twitter/X account of her own (a shared
    // address says so): a second Twitter/X account cannot be hers, so it can only be the first.
    let email = { (id: Int64, platform: Platform, nativeId: String, kind: NativeIDKind) in
      IdentityResolver.Input(
        id: id,
        record: IdentityRecord(
          key: IdentityKey(platform: platform, nativeId: nativeId, kind: kind), displayName: "Samantha Menon",
          emails: ["sam.menon@example.org"]))
    }
    let clash = IdentityResolver().resolve(
      population(300) + [
        identity(
          1, .linkedin, "Samantha Menon", kind: .profileURL, nativeId: "https://www.linkedin.com/in/sam-1"),
        email(2, .linkedin, "https://www.linkedin.com/in/sam-2", .profileURL),
        email(5, .twitter, "5005", .accountID),
        identity(6, .twitter, "Samantha Menon", kind: .accountID, nativeId: "6006"),
      ])
    #expect(group(of: 2, in: clash) == [2, 5])
    #expect(group(of: 1, in: clash) == [1, 6])
  }
}
