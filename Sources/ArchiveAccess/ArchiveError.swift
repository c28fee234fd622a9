/// Why an archive or one of its entries could not be read.
public struct ArchiveError: Error, Sendable, CustomStringConvertible {
  /// The archive, folder or file given by the user.
  public var archive: String
  /// The entry inside the archive, when the error concerns one.
  public var entry: String?
  /// What went wrong, in words a user can act on.
  public var reason: String

  public init(archive: String, entry: String? = nil, reason: String) {
    self.archive = archive
    self.entry = entry
    self.reason = reason
  }

  public var description: String {
    if let entry { "\(archive): \(entry): \(reason)" } else { "\(archive): \(reason)" }
  }
}
