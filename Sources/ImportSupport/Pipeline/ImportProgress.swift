/// A snapshot of an import in progress, for a progress line.
public struct ImportProgress: Sendable {
  public var archive: String
  public var entry: String
  public var entriesRead: Int
  public var entriesTotal: Int
  public var records: Int
  public var bytesRead: UInt64
}
