/// A problem with one entry of an archive, or one line of it, that an import reports and reads
/// past: what went wrong, in words a user can act on, and where. Every reader's error conforms
/// (the archive's own, CSV, JSON, XML, an importer's), so a caller handles them as one.
public protocol EntryProblem: Error, Sendable {
  /// What went wrong, in words a user can act on.
  var message: String { get }
  /// The line of the entry, when known.
  var line: Int? { get }
}

extension EntryProblem {
  public var line: Int? { nil }
}

extension ArchiveError: EntryProblem {
  public var message: String { reason }
}
