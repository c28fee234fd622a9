import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// What an archive is and what Rekindle reads of it, found by reading it without storing
/// anything (`rekindle doctor`).
public struct ArchiveDiagnosis: Sendable {
  /// One importer that recognized the archive, and what it read.
  public struct Reading: Sendable {
    public var platform: Platform
    /// The export's era, when the importer can tell ("2024 or later").
    public var era: String?
    public var summary: ImportSummary

    /// True when the importer recognized the archive but read no record: the silent failure of
    /// a changed export (a header moved, a key renamed).
    public var readNothing: Bool { summary.readNothing }
  }

  /// The archive, folder or file looked at.
  public var archive: String
  /// Why the archive could not be opened, if it could not.
  public var openFailure: String?
  public var readings: [Reading] = []
  /// The archive's entries that no importer read.
  public var unreadEntries: [String] = []

  /// True when the archive was recognized and every importer read records without an issue.
  public var isHealthy: Bool {
    openFailure == nil && !readings.isEmpty
      && readings.allSatisfy { !$0.readNothing && $0.summary.issues.isEmpty }
  }
}

extension ArchiveImporter {
  /// Reads the archive at `url` as `importArchive` would, storing nothing, and says what it is,
  /// which entries were read (with their records) and which were not.
  public func diagnose(at url: URL, platform: Platform? = nil) -> ArchiveDiagnosis {
    var diagnosis = ArchiveDiagnosis(archive: url.path)
    let source: any ArchiveSource
    switch openSource(url) {
    case .success(let opened): source = opened
    case .failure(let failure):
      diagnosis.openFailure = failure.message
      return diagnosis
    }
    var read = Set<String>()
    for importer in Self.importers(for: source, platform: platform) {
      // The discarding destination stores nothing and never fails.
      let summary = try? self.read(source, with: importer, into: DiscardingDestination())
      guard let summary else { continue }
      read.formUnion(summary.entries.map(\.path))
      diagnosis.readings.append(
        .init(platform: importer.platform, era: importer.era(of: source), summary: summary))
    }
    diagnosis.unreadEntries = source.entries.map(\.path).filter { !read.contains($0) }.sorted()
    return diagnosis
  }
}
