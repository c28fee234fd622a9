import Foundation
import RekindleModel

/// Writes the merge review queue (`MergeCandidate`) in any ``TableRenderer/Format``.
public struct MergeCandidateRenderer: Sendable {
  public var format: TableRenderer.Format

  public init(format: TableRenderer.Format) {
    self.format = format
  }

  public func render(_ candidates: [MergeCandidate]) throws -> String {
    let table = TableRenderer(
      format: format, title: "Merges to review",
      columns: [
        .init("id", "Id"), .init("probability", "p"), .init("first", "First"), .init("firstPerson", "Person"),
        .init("second", "Second"), .init("secondPerson", "Person"), .init("evidence", "Evidence"),
      ],
      emptyText: "Nothing to review: every pair was either merged with confidence or clearly apart.")
    func side(_ side: MergeCandidate.Side) -> String {
      (side.displayName ?? side.nativeId) + " (\(side.platform.inSentence))"
    }
    let rows = candidates.map { candidate in
      [
        candidate.id, ReportRenderer.decimal(candidate.probability), side(candidate.first),
        candidate.first.personId, side(candidate.second), candidate.second.personId, candidate.evidence,
      ]
    }
    return try table.render(candidates, rows: rows) { index in
      let candidate = candidates[index]
      return
        "\(candidate.id)  p=\(ReportRenderer.decimal(candidate.probability))  \(side(candidate.first))  ~  "
        + "\(side(candidate.second))\n    \(candidate.evidence)"
    }
  }
}
