import Foundation
import IdentityResolution

/// Made-up persons for the identity-resolution benchmark: names drawn with a long-tailed
/// frequency from multilingual lists (so that common names collide into namesakes the way they do
/// in real networks), with nicknames, a company, an e-mail address, a phone and a handle.
struct ResolutionPeople {
  struct Person {
    var index: Int
    var first: String
    /// A nickname from the nickname table, when the first name has one.
    var nickname: String?
    var middleInitial: String?
    var family: String
    /// The names in Cyrillic, for persons who write them so on some platforms.
    var cyrillic: (first: String, family: String)?
    var company: String
    var emailLocal: String
    var phone: String
    var handle: String
  }

  static let firstNames = [
    "Robert", "William", "Elizabeth", "Katherine", "Margaret", "James", "Michael", "Jennifer", "Christopher",
    "Jessica", "Daniel", "Matthew", "Anthony", "Patricia", "Richard", "Joseph", "Thomas", "Charles", "Susan",
    "Barbara", "Andrew", "Joshua", "Nicholas", "Rebecca", "Alexander", "Benjamin", "Samuel", "Jonathan",
    "Victoria", "Stephanie", "Timothy", "Kimberly", "Deborah", "Edward", "Catherine", "Gregory", "Alexandra",
    "Zachary", "Abigail", "Theodore", "Frederick", "Isabella", "Penelope", "Josephine", "Dorothy", "Douglas",
    "Jacqueline", "Priya", "Kenji", "Amara", "Zoë", "Funke", "Samira", "Omar", "Ingrid", "Mateo", "Aisha",
    "Wei",
    "Yuki", "Oluwaseun", "Siobhan", "Niamh", "Björn", "Søren", "Łukasz", "Élodie", "Renée", "François",
    "Jürgen", "José", "Francisco", "Ignacio", "Manuel", "Dolores", "Guadalupe", "Giuseppe", "Giovanni",
    "Alessandro", "Johannes", "Friedrich", "Franziska", "Katharina", "Stefanie", "Katarzyna", "Małgorzata",
    "Agnieszka", "Wojciech", "Krzysztof", "Tomasz", "Jakub", "Pieter", "Willem", "Hendrik", "Nguyen", "Anh",
    "Hiroshi", "Sakura", "Chidi", "Ngozi", "Kwame", "Fatima", "Youssef", "Leila", "Arjun", "Ananya", "Rohan",
    "Meera", "Sofía", "Lucía", "Camila", "Valentina", "Joaquín", "Sebastián", "Astrid", "Freya", "Maja",
    "Henrik", "Lars", "Sigrid", "Ahmet", "Elif", "Emre", "Zeynep", "Dario", "Chiara", "Matteo", "Giulia",
    "Nadia", "Tariq", "Hamza", "Ines", "Thiago", "Beatriz", "Rafael", "Mariana", "Ewa", "Marek", "Ilona",
  ]

  static let familyNames = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Köhler",
    "Krüger", "Größer", "Böhm", "Hoffmann", "Gómez", "Fernández", "López", "Pérez", "Sánchez", "Martín",
    "Jiménez", "Muñoz", "Álvarez", "Núñez", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
    "Colombo", "Ricci", "Marino", "Greco", "Dubois", "Lefèvre", "Moreau", "Girard", "Bérénger", "Fontaine",
    "Rousseau", "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Dąbrowski", "Ødegård", "Søndergaard", "Østergaard", "Lindqvist", "Johansson",
    "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Haugen", "Hansen", "Jensen", "Nielsen",
    "Pedersen", "van der Berg", "de Vries", "van Dijk", "Bakker", "Janssen", "Visser", "de Jong",
    "van den Broek", "Smit", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi",
    "Kato", "Yoshida", "Yamada", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Okafor", "Adeyemi", "Okonkwo",
    "Eze", "Nwosu", "Mensah", "Boateng", "Diallo", "Traoré", "Ndlovu", "Dlamini", "Khumalo", "Haddad",
    "Khoury",
    "Nasser", "Mansour", "Aziz", "Rahman", "Khan", "Patel", "Sharma", "Gupta", "Natarajan", "Iyer", "Reddy",
    "Menon", "Chatterjee", "Kapoor", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "O'Connell",
    "O'Brien", "McCarthy", "Murphy", "Kelly", "Walsh", "Byrne", "Ryan", "Whitfield", "Marsh", "Fashola",
    "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Carvalho", "Almeida", "Novak", "Horvat",
    "Kovačević", "Dvořák", "Černý", "Procházka", "Kuznetsov", "Popescu", "Ionescu", "Papadopoulos",
    "Georgiou", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Kim", "Park",
    "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill", "Green",
    "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Cooper",
  ]

  /// Russian names in both scripts (Latin as LinkedIn shows them, Cyrillic as friends write them).
  static let russianFirstNames = [
    ("Vladimir", "Владимир"), ("Dmitry", "Дмитрий"), ("Ekaterina", "Екатерина"), ("Mikhail", "Михаил"),
    ("Elena", "Елена"), ("Tatiana", "Татьяна"), ("Ivan", "Иван"), ("Nikolai", "Николай"),
  ]
  static let russianFamilyNames = [
    ("Petrov", "Петров"), ("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Volkov", "Волков"),
    ("Sokolov", "Соколов"), ("Morozov", "Морозов"), ("Lebedev", "Лебедев"), ("Novikov", "Новиков"),
  ]

  static let companies = [
    "Northwind Traders", "Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers", "Adventure Works",
    "Litware", "Proseware", "Woodgrove Bank", "Coho Winery", "Lucerne Publishing", "Alpine Ski House",
    "Blue Yonder Airlines", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance",
    "Margie's Travel", "Southridge Video", "Trey Research", "Wingtip Toys", "City Power & Light",
    "Consolidated Messenger", "Datum Corporation", "Relecloud", "VanArsdel", "Bellows College",
    "School of Fine Art", "Munson's Pickles", "Nod Publishers", "Olympia Labs",
  ]

  /// Syllables of made-up family names, the long tail of a real network (`Haldenvik`, `Morbrook`).
  static let familyStarts = [
    "Hal", "Mor", "Kes", "Vel", "Tor", "Brin", "Cal", "Dun", "Fen", "Gar", "Hol", "Ivar", "Jas", "Kor", "Lin",
    "Mar", "Nor", "Ost", "Pel", "Quen", "Ros", "Sel", "Tam", "Ul", "Var", "Wen", "Yar", "Zel", "Ash", "Bel",
  ]
  static let familyMiddles = ["a", "en", "ri", "o", "ter", "ba", "lu", "mi", "sa", "ko"]
  static let familyEnds = [
    "denvik", "brook", "stein", "wick", "ford", "ley", "mann", "berg", "dottir", "sen", "ovic", "escu",
    "ello",
    "ard", "ino", "ski", "ida", "awa", "oro", "ati", "ling", "holm", "gaard", "mont", "ville",
  ]

  static let handleWords = [
    "sunset", "pixel", "nomad", "coffee", "wander", "lens", "trail", "ocean", "studio", "craft", "atlas",
    "maple", "ember", "orbit", "quill",
  ]

  let persons: [Person]

  /// `count` persons; a share `namesakeRate` of them are namesakes of another person on purpose
  /// (the same first and family name, nothing else in common).
  init(count: Int, namesakeRate: Double = 0.01, generator: inout SeededGenerator) {
    // The curated names first, then the rest of the nickname table's full names as a long tail.
    let curated = Set(Self.firstNames.map(Self.ascii))
    let firstNames =
      Self.firstNames
      + Nicknames.allNames.filter {
        $0.count >= 4 && !curated.contains($0) && !Nicknames.variants(of: $0).isEmpty
      }
      .map(\.capitalized)
    // Flat enough that two persons share a full name about as rarely as in a real network; the
    // namesakes that matter are added on purpose below.
    let firstWeights = Self.cumulativeZipf(firstNames.count, exponent: 0.5)
    let familyWeights = Self.cumulativeZipf(Self.familyNames.count, exponent: 0.3)
    var persons: [Person] = []
    persons.reserveCapacity(count)
    var usedEmails: Set<String> = []
    var usedHandles: Set<String> = []
    for index in 0..<count {
      var first = firstNames[Self.pick(firstWeights, &generator)]
      var family =
        Double.random(in: 0..<1, using: &generator) < 0.3
        ? Self.familyNames[Self.pick(familyWeights, &generator)]
        : Self.familyStarts.element(using: &generator)
          + (Bool.random(using: &generator) ? Self.familyMiddles.element(using: &generator) : "")
          + Self.familyEnds.element(using: &generator)
      var cyrillic: (String, String)?
      if Double.random(in: 0..<1, using: &generator) < 0.015 {
        let given = Self.russianFirstNames.element(using: &generator)
        let surname = Self.russianFamilyNames.element(using: &generator)
        first = given.0
        family = given.0.hasSuffix("a") && !surname.0.hasSuffix("a") ? surname.0 + "a" : surname.0
        cyrillic = (given.1, given.0.hasSuffix("a") ? surname.1 + "а" : surname.1)
      }
      if index > 0, Double.random(in: 0..<1, using: &generator) < namesakeRate {
        // A namesake: another person's exact name, nothing else in common.
        let other = persons[Int.random(in: 0..<persons.count, using: &generator)]
        first = other.first
        family = other.family
        cyrillic = other.cyrillic
      }
      let folded = Self.ascii(first + " " + family)
      let parts = folded.split(separator: " ")
      let nicknames = Nicknames.variants(of: Self.ascii(first)).subtracting([Self.ascii(first)]).sorted()
      let nickname = nicknames.isEmpty ? nil : nicknames.randomElement(using: &generator).map(\.capitalized)
      let tag = Int.random(in: 10...99, using: &generator)
      let localName =
        (parts.first.map(String.init) ?? "x") + "." + parts.dropFirst().joined()
        + (Bool.random(using: &generator) ? "\(tag)" : "")
      // Handle habits in the shares seen across networks (Zafarani & Liu 2013; Li et al. 2018):
      // most handles spell some of the name, a third nothing of it.
      let firstWord = (nickname ?? first).lowercased()
      let familyWord = parts.dropFirst().joined()
      let digits = String(Int.random(in: 10...999, using: &generator))
      let handleBase: String
      switch Int.random(in: 0..<100, using: &generator) {
      case 0..<18: handleBase = "\(firstWord).\(familyWord)\(tag)"  // bob.mueller84
      case 18..<30: handleBase = "\(parts.first ?? "x")_\(familyWord)"  // sunita_mcdonald
      case 30..<35: handleBase = "\(parts.first ?? "x")\(familyWord)"  // noahguo
      case 35..<50: handleBase = "\(firstWord)\(familyWord.prefix(1))\(digits)"  // noahg360, patl206
      case 50..<57:
        // jsmith
        handleBase =
          "\((parts.first ?? "x").prefix(1))\(familyWord)\(Bool.random(using: &generator) ? digits : "")"
      case 57..<62: handleBase = "\(familyWord)\(digits)"  // mcdonald88
      case 62..<70:
        // thesunita29
        handleBase = ["the", "real", "its", "iam"].element(using: &generator) + firstWord + digits
      default:
        handleBase =
          Self.handleWords.element(using: &generator) + "."
          + Self.handleWords.element(using: &generator)
      }
      persons.append(
        Person(
          index: index, first: first, nickname: nickname,
          middleInitial: Double.random(in: 0..<1, using: &generator) < 0.15
            ? String(Array("ABCDEFGHJKLMNPRSTW").element(using: &generator)) : nil,
          family: family, cyrillic: cyrillic, company: Self.companies.element(using: &generator),
          emailLocal: Self.unique(Self.ascii(localName), in: &usedEmails),
          phone: "+1" + String(2_000_000_000 + index * 7 + Int.random(in: 0..<7, using: &generator)),
          handle: Self.unique(
            Self.ascii(handleBase).replacingOccurrences(of: " ", with: ""), in: &usedHandles)))
    }
    self.persons = persons
  }

  /// `base`, or `base` with a number appended when someone has it already.
  static func unique(_ base: String, in used: inout Set<String>) -> String {
    var candidate = base
    var suffix = 1
    while !used.insert(candidate).inserted {
      suffix += 1
      candidate = base + String(suffix)
    }
    return candidate
  }

  /// Lowercase ASCII (`Müller` → `muller`), as people type names into handles and addresses.
  static func ascii(_ text: String) -> String {
    (text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? text)
      .replacingOccurrences(of: "'", with: "")
  }

  /// German umlauts written out (`Müller` → `Mueller`), else diacritics dropped.
  static func writtenOut(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "ä": result += "ae"
      case "ö": result += "oe"
      case "ü": result += "ue"
      case "Ä": result += "Ae"
      case "Ö": result += "Oe"
      case "Ü": result += "Ue"
      case "ß": result += "ss"
      default: result.append(character)
      }
    }
    return result.applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? result
  }

  private static func cumulativeZipf(_ count: Int, exponent: Double) -> [Double] {
    var total = 0.0
    return (0..<count).map { rank in
      total += 1 / pow(Double(rank + 1), exponent)
      return total
    }
  }

  private static func pick(_ cumulative: [Double], _ generator: inout SeededGenerator) -> Int {
    let target = Double.random(in: 0..<(cumulative.last ?? 1), using: &generator)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
