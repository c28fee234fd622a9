import Foundation

/// What changed between two exports of one platform, seen when the newer one was imported: a
/// connection new or gone (a follower, a followed account, a LinkedIn connection, a Facebook
/// friend), or a new company or title.
public struct SnapshotChange: Sendable, Equatable, Codable {
  /// `new` and `gone` (connections) or `job`.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case new, gone, job
  }

  /// When the change was seen: the start of the import that found it.
  public var date: Date
  public var kind: Kind
  /// The person's id, as `export` writes it (`p-…`).
  public var personId: String
  public var displayName: String
  public var platform: Platform
  /// The kind of connection of `new` and `gone`: `connected`, `friend`, `follower`, `following`,
  /// `removedFriend`, `closeFriend`.
  public var relation: String?
  /// The job before and after (`job`): "Engineer at Northwind".
  public var before: String?
  public var after: String?
  /// True for a `gone` account that left every list of this export at once (no longer followed
  /// and no longer following, say): it may have been deactivated or deleted.
  public var possiblyDeactivated: Bool
  /// The archive whose import saw the change.
  public var archive: String

  public init(
    date: Date, kind: Kind, personId: String, displayName: String, platform: Platform,
    relation: String? = nil,
    before: String? = nil, after: String? = nil, possiblyDeactivated: Bool = false, archive: String
  ) {
    self.date = date
    self.kind = kind
    self.personId = personId
    self.displayName = displayName
    self.platform = platform
    self.relation = relation
    self.before = before
    self.after = after
    self.possiblyDeactivated = possiblyDeactivated
    self.archive = archive
  }
}
