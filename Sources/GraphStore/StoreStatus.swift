import Foundation

/// What the store holds, per platform.
public struct StoreStatus: Sendable {
  /// The counts of one platform.
  public struct PlatformCounts: Sendable {
    /// The platform as the store wrote it: a status counts every row, even of a platform (or an
    /// interaction kind, below) this version of Rekindle does not know, so it stays a string.
    public var platform: String
    public var owner: String?
    public var identities: Int
    public var connections: Int
    /// Interactions per kind.
    public var interactions: [String: Int]
    public var firstInteraction: Date?
    public var lastInteraction: Date?
  }

  /// One import of the log.
  public struct ImportRecord: Sendable {
    public var location: String
    public var platform: String?
    public var finishedAt: Date?
    public var interactionsAdded: Int
    public var issues: Int
  }

  public var path: String
  public var persons: Int
  public var platforms: [PlatformCounts]
  public var recentImports: [ImportRecord]
}
