import Foundation
import GraphStore
import RekindleModel
import TieAnalysis

/// `rekindle-bench reports --store PATH`: times each report on an existing store as `rekindle
/// report` computes it (``ReportRunner``: the per-person aggregation, the rhythms, scoring, the
/// listed persons' last messages; then JSON), three runs each, and prints the figures.
struct ReportBenchmark {
  var store: String
  var asOf: Date

  func run() throws {
    let database = try GraphDatabase(path: store)
    let status = try database.status()
    let interactions = status.platforms.reduce(0) { $0 + $1.interactions.values.reduce(0, +) }
    print("store: \(status.persons) persons, \(interactions) interactions")
    let filter = ReportFilter(asOf: asOf, limit: 50)
    let dormant = DormantTiesReport(filter: filter)
    let meet = MeetInPersonReport(filter: filter)
    for (name, report, needsRhythm) in [
      (
        "dormant", { (ties: [TieActivity]) in dormant.entries(ties) },
        { (tie: TieActivity) in dormant.needsRhythm(tie) }
      ),
      ("meet", { (ties: [TieActivity]) in meet.entries(ties) }, { (_: TieActivity) in false }),
    ] {
      var seconds: [Double] = []
      var listed = 0
      for _ in 0..<3 {
        let start = Date()
        // As `rekindle report` computes it: the rhythms of the dormant report's candidates too.
        let runner = ReportRunner(store: database, asOf: asOf)
        let ties = try runner.ties(rhythmFor: needsRhythm)
        let entries = try runner.sections(of: ties) { [.init(key: name, title: name, entries: report($0))] }[
          0
        ].entries
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
