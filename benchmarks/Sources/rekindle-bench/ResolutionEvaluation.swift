/// Pairwise and B-cubed precision, recall and F1 of predicted groups against true persons.
struct ResolutionEvaluation {
  var predictedPairs = 0
  var truePairs = 0
  var correctPairs = 0
  var bCubedPrecision = 0.0
  var bCubedRecall = 0.0
  var predictedClusters = 0
  var trueClusters = 0

  var precision: Double { predictedPairs == 0 ? 1 : Double(correctPairs) / Double(predictedPairs) }
  var recall: Double { truePairs == 0 ? 1 : Double(correctPairs) / Double(truePairs) }
  var f1: Double { Self.harmonicMean(precision, recall) }
  var bCubedF1: Double { Self.harmonicMean(bCubedPrecision, bCubedRecall) }

  /// Compares `groups` (of item ids) with `truth` (item id → true person); items without a truth
  /// are ignored.
  init(groups: [[Int64]], truth: [Int64: Int]) {
    var trueSizes: [Int: Int] = [:]
    for person in truth.values { trueSizes[person, default: 0] += 1 }
    trueClusters = trueSizes.count
    truePairs = trueSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    var items = 0
    for group in groups {
      let persons = group.compactMap { truth[$0] }
      guard !persons.isEmpty else { continue }
      predictedClusters += 1
      predictedPairs += persons.count * (persons.count - 1) / 2
      var overlap: [Int: Int] = [:]
      for person in persons { overlap[person, default: 0] += 1 }
      for (person, shared) in overlap {
        correctPairs += shared * (shared - 1) / 2
        // B-cubed: each of the `shared` items scores shared/|group| and shared/|true person|.
        bCubedPrecision += Double(shared) * Double(shared) / Double(persons.count)
        bCubedRecall += Double(shared) * Double(shared) / Double(trueSizes[person] ?? shared)
      }
      items += persons.count
    }
    if items > 0 {
      bCubedPrecision /= Double(items)
      bCubedRecall /= Double(items)
    }
  }

  private static func harmonicMean(_ a: Double, _ b: Double) -> Double {
    a + b == 0 ? 0 : 2 * a * b / (a + b)
  }
}
