import Foundation
import RekindleModel

/// Writes the keep-in-touch list (`KeepInTouch`) in any ``TableRenderer/Format``.
public struct KeepInTouchRenderer: Sendable {
  public var format: TableRenderer.Format
  public var asOf: Date

  public init(format: TableRenderer.Format, asOf: Date) {
    self.format = format
    self.asOf = asOf
  }

  public func render(_ list: [KeepInTouch]) throws -> String {
    let table = TableRenderer(
      format: format, title: "Due to keep in touch, as of \(TieDescription.day(asOf))",
      columns: [
        .init("personId", "Person id"), .init("name", "Person"), .init("cadenceDays", "Every (days)"),
        .init("cadenceSource", "Cadence of"), .init("lastInteraction", "Last contact"),
        .init("lastPlatform", "On"), .init("lastKind", "Kind"), .init("due", "Due"),
        .init("overdueDays", "Days overdue"),
      ],
      emptyText: "Nobody is due. Set cadences with: rekindle cadence PERSON 30d")
    let rows = list.map { entry in
      [
        entry.personId, entry.displayName, String(entry.cadenceDays), entry.cadenceSource,
        entry.lastInteraction.map(TieDescription.day) ?? "", entry.lastPlatform?.rawValue ?? "",
        entry.lastKind?.rawValue ?? "",
        entry.due.map(TieDescription.day) ?? "", entry.overdueDays.map(String.init) ?? "",
      ]
    }
    return try table.render(list, rows: rows) { line(list[$0]) }
  }

  /// "Kevin Marsh: every 14 days (tag:family); last 2024-07-02 on Facebook (message); 858 days
  /// overdue".
  public func line(_ entry: KeepInTouch) -> String {
    "\(entry.displayName): \(state(entry))"
  }

  /// "every 14 days (tag:family); last 2024-07-02 on Facebook (message); 858 days overdue".
  public func state(_ entry: KeepInTouch) -> String {
    let cadence =
      "every \(entry.cadenceDays) days" + (entry.cadenceSource == "person" ? "" : " (\(entry.cadenceSource))")
    guard let last = entry.lastInteraction, let overdue = entry.overdueDays else {
      return "\(cadence); never in touch: due now"
    }
    let due = overdue > 0 ? "\(overdue) days overdue" : overdue == 0 ? "due today" : "due in \(-overdue) days"
    return "\(cadence); last \(TieDescription.day(last)) on "
      + "\(entry.lastPlatform?.inSentence ?? "") (\(entry.lastKind?.rawValue ?? "")); \(due)"
  }
}
