import Foundation
import RekindleModel

/// Writes the changes between exports (`SnapshotChange`) in any ``TableRenderer/Format``.
public struct ChangeListRenderer: Sendable {
  public var format: TableRenderer.Format

  public init(format: TableRenderer.Format) {
    self.format = format
  }

  public func render(_ changes: [SnapshotChange]) throws -> String {
    let table = TableRenderer(
      format: format, title: "Changes between exports",
      columns: [
        .init("date", "Seen"), .init("kind", "Kind"), .init("personId", "Person id"), .init("name", "Person"),
        .init("platform", "Platform"), .init("relation", "Relation"), .init("before", "Before"),
        .init("after", "After"), .init("possiblyDeactivated", "Maybe deactivated"),
        .init("archive", "Archive"),
      ],
      emptyText: "No changes between exports. They are found when a newer export of a platform is imported.")
    let rows = changes.map { change in
      [
        TieDescription.day(change.date), change.kind.rawValue, change.personId, change.displayName,
        change.platform.rawValue, change.relation ?? "", change.before ?? "", change.after ?? "",
        change.possiblyDeactivated ? "true" : "false", change.archive,
      ]
    }
    return try table.render(changes, rows: rows) { index in
      let change = changes[index]
      return "\(TieDescription.day(change.date))  \(change.platform.inSentence)  "
        + "\(change.displayName): \(Self.sentence(change))"
    }
  }

  /// "new connection", "no longer follows you (gone from every list: the account may be
  /// deactivated)", "Engineer at Northwind → Staff Engineer at Contoso".
  public static func sentence(_ change: SnapshotChange) -> String {
    switch change.kind {
    case .job:
      return "\(change.before ?? "?") → \(change.after ?? "?")"
    case .new:
      let relation: [String: String] = [
        "connected": "new connection", "friend": "new friend", "follower": "now follows you",
        "following": "you now follow them", "removedFriend": "removed from your friends",
        "closeFriend": "added to your close friends",
      ]
      return relation[change.relation ?? ""] ?? "new \(change.relation ?? "connection")"
    case .gone:
      let relation: [String: String] = [
        "connected": "no longer a connection", "friend": "no longer a friend",
        "follower": "no longer follows you",
        "following": "you no longer follow them", "removedFriend": "no longer in your removed friends",
        "closeFriend": "no longer in your close friends",
      ]
      let text = relation[change.relation ?? ""] ?? "gone from \(change.relation ?? "connections")"
      return text
        + (change.possiblyDeactivated ? " (gone from every list: the account may be deactivated)" : "")
    }
  }
}
