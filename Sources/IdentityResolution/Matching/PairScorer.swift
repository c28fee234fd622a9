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
    initialWeights = ComparedField.allCases.map { field in
      guard field.initialLevel != nil, let values = table.values(of: field) else { return [] }
      var letters = [Int](repeating: 0, count: 26)
      for (index, bytes) in values.bytes.enumerated() {
        guard let first = bytes.first, (97...122).contains(first) else { continue }
        letters[Int(first - 97)] += values.counts[index]
      }
      let total = Double(max(1, letters.reduce(0, +)))
      return letters.map { log2(Self.initialAgreement / max(Double($0), 1) * total) }
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
    }
  }

  func score(_ a: Int, _ b: Int) -> Score {
    let vector = table.compare(a, b)
    var weight = model.priorWeight
    for field in ComparedField.allCases { weight += self.weight(field, vector[field], a, b) }
    return Score(vector: vector, weight: weight)
  }

  /// The weight of `level` in `field` for identities `a` and `b`: the value's own weight when they
  /// agree exactly on one value, else the level's.
  private func weight(_ field: ComparedField, _ level: Int, _ a: Int, _ b: Int) -> Double {
    if level == field.exactLevel, let value = table.sharedValue(field, a, b) {
      return exactWeights[field.rawValue][Int(value)]
    }
    if level == field.initialLevel, let letter = table.initial(field, a), (97...122).contains(letter) {
      return initialWeights[field.rawValue][Int(letter - 97)]
    }
    return levelWeights[field.rawValue][level]
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
      parts.append(
        field.hasUnknownLevel && level == 0
          ? "\(field.name) \(levelName)"
          : "\(field.name) \(levelName) \(Self.signed(weight(field, level, a, b)))")
    }
    parts.append("prior \(Self.signed(model.priorWeight))")
    return
      "p=\(Self.decimal(score.probability, places: 4)) (weight \(Self.decimal(score.weight, places: 1))): "
      + parts.joined(separator: ", ")
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
