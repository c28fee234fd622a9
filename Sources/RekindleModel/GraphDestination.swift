import Foundation

/// Where imported archives go: a store that takes each archive's records atomically.
public protocol GraphDestination {
  /// Runs `body` with a sink whose records are kept only if `body` returns: an archive is stored
  /// whole, or (when the store itself fails or the process dies) not at all. The summary `body`
  /// returns is logged with the archive.
  func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary

  /// When an archive of this fingerprint (``ImportSummary/fingerprint``) was stored completely
  /// and without issues, or `nil`: the importer then skips reading it again.
  func importDate(ofFingerprint fingerprint: String) throws -> Date?
}

extension GraphDestination {
  /// A destination that keeps no history answers `nil`: every archive is read.
  public func importDate(ofFingerprint fingerprint: String) throws -> Date? { nil }
}
