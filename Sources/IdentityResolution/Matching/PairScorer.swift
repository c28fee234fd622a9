import Foundation

/// Scores pairs of identities with a ``MatchModel``: compares them field by field, sums the
/// weights of the levels and the prior, and explains the sum. The weights are looked up in tables
/// computed once (one per level, and one per value for the term-frequency-adjusted exact levels).
struct PairScorer {
  let table: MatchingTable
  let model: MatchModel
  /// The weight of each level, by field.
  private let levelWeights: [[Double]]
  /// The weight of an exact agreement on each value, by field (empty for the platform).
  private let exactWeights: [[Double]]
  /// The weight of an initial agreeing with a name, by field and letter.
  private let initialWeights: [[Double]]
  /// The share of first names, and of family names, that start with each letter.
  private let letterShares: (first: [Double], family: [Double])

  /// How often an initial agrees with the person's name (typos aside).
  static let initialAgreement = 0.95

  init(table: MatchingTable, model: MatchModel) {
    self.table = table
    self.model = model
    levelWeights = ComparedField.allCases.map { field in
      field.levels.indices.map { model.weight(field, level: $0) }
    }
    exactWeights = ComparedField.allCases.map { field in
      guard let values = table.values(of: field), let level = field.exactLevel else { return [] }
      return values.counts.indices.map {
        model.weight(field, level: level, sharedValueFrequency: values.frequency(Int32($0)))
      }
    }
    // An initial on one side is a habit of the platform, not a sign of a match or not: given one,
    // the evidence is whether the letter agrees, against the share of names with that letter.
    let shares = { (values: InternedStrings) -> [Double] in
      var letters = [Int](repeating: 0, count: 26)
      for (index, bytes) in values.bytes.enumerated() {
        guard let first = bytes.first, (97...122).contains(first) else { continue }
        letters[Int(first - 97)] += values.counts[index]
      }
      let total = Double(max(1, letters.reduce(0, +)))
      return letters.map { max(Double($0), 1) / total }
    }
    let letters = (first: shares(table.firstNames), family: shares(table.familyNames))
    letterShares = letters
    initialWeights = ComparedField.allCases.map { field in
      switch field {
      case .firstName: letters.first.map { log2(Self.initialAgreement / $0) }
      case .familyName: letters.family.map { log2(Self.initialAgreement / $0) }
      default: []
      }
    }
  }

  /// A scored pair.
  struct Score {
    var vector: ComparisonVector
    /// The match weight: log2 of the posterior odds that the pair is one person.
    var weight: Double
    /// The posterior probability that the pair is one person.
    var probability: Double { 1 / (1 + exp2(-weight)) }
    /// Whether any field but the platform was comparable (else the score is the prior alone and
    /// says nothing).
    var isInformative: Bool {
      vector.firstName != 0 || vector.familyName != 0 || vector.handle != 0 || vector.company != 0
        || vector.handleName != 0
    }
  }

  func score(_ a: Int, _ b: Int) -> Score {
    let vector = table.compare(a, b)
    var weight = model.priorWeight
    for field in ComparedField.allCases { weight += self.weight(field, vector, a, b) }
    return Score(vector: vector, weight: weight)
  }

  /// The weight of `level` in `field` for identities `a` and `b`: the value's own weight when they
  /// agree exactly on one value, else the level's.
  private func weight(_ field: ComparedField, _ vector: ComparisonVector, _ a: Int, _ b: Int) -> Double {
    let level = vector[field]
    if level == field.exactLevel, let value = table.sharedValue(field, a, b) {
      return exactWeights[field.rawValue][Int(value)]
    }
    if level == field.initialLevel, let letter = table.initial(field, a), (97...122).contains(letter) {
      return initialWeights[field.rawValue][Int(letter - 97)]
    }
    if field == .handleName, vector.handleOwner != 0,
      let u = handleSpellingNonMatch(
        level, owner: vector.handleOwner == 1 ? a : b, named: vector.handleOwner == 1 ? b : a)
    {
      return log2(model.matchProbabilities[field.rawValue][level] / u)
    }
    return levelWeights[field.rawValue][level]
  }

  /// u of a handle that spells a name, adjusted for how common the name's parts are among the
  /// identities (term-frequency adjustment): a handle spelling `sunita` says more than one
  /// spelling `john`. The chance that a random full name fits the handle that way, with a part
  /// never rarer than one identity's. The first name's part is that of the letters the handle
  /// spells (`danny`: the Daniels, Dannys and Dans who can be written so), not of the name it is
  /// compared with, so two people whom a handle fits alike get the same weight.
  private func handleSpellingNonMatch(_ level: Int, owner: Int, named index: Int) -> Double? {
    guard let spelling = HandleSpelling(rawValue: level), spelling != .unknown, spelling != .nothing else {
      return nil
    }
    let named = table.entries[index]
    guard named.firstName >= 0, named.familyName >= 0 else { return nil }
    let floor = 1 / Double(max(1, table.count))
    let first = {
      max(
        self.spelledFirstNameShare(owner: owner, named: named)
          ?? self.table.firstNames.frequency(named.firstName), floor)
    }
    let family = max(table.familyNames.frequency(named.familyName), floor)
    let letter = { (bytes: [UInt8], shares: [Double]) -> Double in
      guard let byte = bytes.first, (97...122).contains(byte) else { return 1 }
      return shares[Int(byte - 97)]
    }
    let firstInitial = letter(table.firstNames.bytes[Int(named.firstName)], letterShares.first)
    let familyInitial = letter(table.familyNames.bytes[Int(named.familyName)], letterShares.family)
    let share: Double
    switch spelling {
    case .firstAndFamily: share = first() * family
    case .firstAndFamilyInitial: share = first() * familyInitial
    case .initialAndFamily: share = firstInitial * family
    case .familyOnly: share = family
    case .firstOnly: share = first()
    case .unknown, .nothing: return nil
    }
    let known = 1 - model.nonMatchProbabilities[ComparedField.handleName.rawValue][0]
    return max(known * share, 1e-12)
  }

  /// The share of the other identities whose first name can be written the way the handle of
  /// `owner` spells the first name of `named` (`danny` for Daniel Young), or `nil` when the
  /// handle spells no first name of theirs.
  private func spelledFirstNameShare(owner: Int, named: MatchingTable.Entry) -> Double? {
    let handle = table.entries[owner].handleLetters
    guard handle >= 0 else { return nil }
    let spellings = table.firstNameSpellings[Int(named.firstName)]
    let reading = HandleSpelling.reading(
      table.handleLetters.bytes[Int(handle)], firstSpellings: spellings,
      family: table.familySpellings[Int(named.familyName)])
    guard let index = reading.first, let count = table.firstNamesOfSpelling[spellings[index]] else {
      return nil
    }
    return table.firstNames.frequency(ofCount: count)
  }

  /// The comparison in words, with each level's weight: `p=0.9980 (weight 9.1): first name
  /// nickname +2.3, family name exact +10.2, company unknown, platform different +0.4,
  /// prior -7.9`.
  func explanation(_ a: Int, _ b: Int) -> String {
    let score = score(a, b)
    var parts: [String] = []
    for field in ComparedField.allCases {
      let level = score.vector[field]
      let levelName = field.levels[level]
      if field == .handleName, level != 0, let words = handleSpellingWords(score.vector, a, b) {
        parts.append("\(words) \(Self.signed(weight(field, score.vector, a, b)))")
        continue
      }
      parts.append(
        field.hasUnknownLevel && level == 0
          ? "\(field.name) \(levelName)"
          : "\(field.name) \(levelName) \(Self.signed(weight(field, score.vector, a, b)))")
    }
    parts.append("prior \(Self.signed(model.priorWeight))")
    return
      "p=\(Self.decimal(score.probability, places: 4)) (weight \(Self.decimal(score.weight, places: 1))): "
      + parts.joined(separator: ", ")
  }

  /// "handle `noahg360` spells Noah + G.": the handle and the parts of the other side's name it
  /// spells.
  private func handleSpellingWords(_ vector: ComparisonVector, _ a: Int, _ b: Int) -> String? {
    let level = vector[.handleName]
    guard vector.handleOwner != 0 else { return nil }
    let (owner, named) =
      vector.handleOwner == 1 ? (table.entries[a], table.entries[b]) : (table.entries[b], table.entries[a])
    guard owner.handleLetters >= 0, named.firstName >= 0, named.familyName >= 0,
      let spelling = HandleSpelling(rawValue: level)
    else { return nil }
    let handle =
      owner.handle >= 0
      ? table.handles.values[Int(owner.handle)] : table.handleLetters.values[Int(owner.handleLetters)]
    let first = Self.capitalized(table.firstNames.values[Int(named.firstName)])
    let family = Self.capitalized(table.familyNames.values[Int(named.familyName)])
    let spelled: String
    switch spelling {
    case .firstAndFamily: spelled = "spells \(first) \(family)"
    case .firstAndFamilyInitial: spelled = "spells \(first) + \(family.prefix(1))."
    case .initialAndFamily: spelled = "spells \(first.prefix(1)). + \(family)"
    case .familyOnly: spelled = "spells \(family)"
    case .firstOnly: spelled = "spells \(first), the only \(first) of your network"
    case .nothing: spelled = "spells nothing of \(first) \(family)"
    case .unknown: return nil
    }
    return "handle `\(handle)` \(spelled)"
  }

  /// A normalized name (lowercase ASCII words) with each word's first letter in capitals, as
  /// Foundation's `capitalized` gives it, without its cost on Linux (this runs for every link).
  static func capitalized(_ name: String) -> String {
    var previous = UInt8(ascii: " ")
    let bytes = name.utf8.map { byte -> UInt8 in
      defer { previous = byte }
      return previous == UInt8(ascii: " ") && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        ? byte - 32 : byte
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func signed(_ value: Double) -> String {
    (value < 0 ? "" : "+") + decimal(value, places: 1)
  }

  /// `value` with `places` decimals (`String(format:)` is slow on Linux, and this runs for every
  /// merge and near-miss).
  static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let fraction = String(scaled % scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return sign + String(scaled / scale) + "." + String(repeating: "0", count: places - fraction.count)
      + fraction
  }
}
