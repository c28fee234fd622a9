import Foundation
import GraphStore
import TieAnalysis

/// `rekindle-bench reports --store PATH`: times each report on an existing store as `rekindle
/// report` computes it (the per-person aggregation, scoring, the listed persons' last messages,
/// JSON), three runs each, and prints the figures.
struct ReportBenchmark {
  var store: String
  var asOf: Date

  func run() throws {
    let database = try GraphDatabase(path: store)
    let status = try database.status()
    let interactions = status.platforms.reduce(0) { $0 + $1.interactions.values.reduce(0, +) }
    print("store: \(status.persons) persons, \(interactions) interactions")
    let filter = ReportFilter(asOf: asOf, limit: 50)
    for (name, report) in [
      ("dormant", { (ties: [TieActivity]) in DormantTiesReport(filter: filter).entries(ties) }),
      ("meet", { (ties: [TieActivity]) in MeetInPersonReport(filter: filter).entries(ties) }),
    ] {
      var seconds: [Double] = []
      var listed = 0
      for _ in 0..<3 {
        let start = Date()
        var ties = try database.tieActivities(asOf: asOf)
        try database.fillLastTexts(&ties, for: Set(report(ties).map(\.personId)))
        let entries = report(ties)
        _ = try ReportRenderer(format: .json).render(title: name, entries: entries)
        seconds.append(Date().timeIntervalSince(start))
        listed = entries.count
      }
      print(
        String(
          format: "report %@: %d entries, runs %@ s, median %.2f s, peak RSS %.0f MB", name, listed,
          seconds.map { String(format: "%.2f", $0) }.joined(separator: " / "), seconds.sorted()[1],
          BenchmarkCommand.peakResidentMegabytes()))
    }
  }
}
