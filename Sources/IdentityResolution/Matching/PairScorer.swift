import Foundation

/// Scores pairs of identities with a ``MatchModel``: compares them field by field, sums the
/// weights of the levels and the prior, and explains the sum.
struct PairScorer {
  let table: MatchingTable
  let model: MatchModel

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
    for field in ComparedField.allCases {
      let level = vector[field]
      let frequency = level == field.exactLevel ? table.sharedValueFrequency(field, a, b) : nil
      weight += model.weight(field, level: level, sharedValueFrequency: frequency)
    }
    return Score(vector: vector, weight: weight)
  }

  /// The comparison in words, with each level's weight: `p=0.998 (weight 9.1): first name
  /// nickname +2.3, family name exact +10.2, company unknown, platform different +0.4,
  /// prior -7.9`.
  func explanation(_ a: Int, _ b: Int) -> String {
    let score = score(a, b)
    var parts: [String] = []
    for field in ComparedField.allCases {
      let level = score.vector[field]
      let frequency = level == field.exactLevel ? table.sharedValueFrequency(field, a, b) : nil
      let weight = model.weight(field, level: level, sharedValueFrequency: frequency)
      let levelName = field.levels[level]
      parts.append(
        field.hasUnknownLevel && level == 0
          ? "\(field.name) \(levelName)" : "\(field.name) \(levelName) \(Self.signed(weight))")
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
