/// Where imported archives go: a store that takes each archive's records atomically.
public protocol GraphDestination {
  /// Runs `body` with a sink whose records are kept only if `body` returns: an archive is stored
  /// whole, or (when the store itself fails or the process dies) not at all. The summary `body`
  /// returns is logged with the archive.
  func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary
}
