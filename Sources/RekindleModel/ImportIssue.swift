/// Something in an archive that could not be imported: an unreadable entry, a bad row.
public struct ImportIssue: Sendable, CustomStringConvertible {
  /// The archive, folder or file the user gave.
  public var archive: String
  /// The entry inside it, when the issue concerns one.
  public var entry: String?
  /// The line (CSV) where the problem is, when known.
  public var line: Int?
  /// What went wrong and, where it helps, what to do about it.
  public var message: String

  public init(archive: String, entry: String? = nil, line: Int? = nil, message: String) {
    self.archive = archive
    self.entry = entry
    self.line = line
    self.message = message
  }

  public var description: String {
    var place = archive
    if let entry { place += ": \(entry)" }
    if let line, !message.hasPrefix("line ") { place += ":\(line)" }
    return "\(place): \(message)"
  }
}
