import AddressBookImport
import ArchiveAccess
import FacebookImport
import Foundation
import ImportSupport
import InstagramImport
import LinkedInImport
import RekindleModel
import TwitterImport

/// Imports archives: opens each, recognizes its platform from its content, and runs the matching
/// importer into a destination, one archive at a time.
///
/// Bad input never stops a batch: an archive that cannot be opened or recognized, or an entry
/// that cannot be read, is reported in that archive's ``ImportSummary`` and the next one is read.
public struct ArchiveImporter {
  /// Every importer, in the order they are asked to recognize an archive.
  public static let importers: [any Importer.Type] = [
    LinkedInImporter.self, FacebookImporter.self, InstagramImporter.self, TwitterImporter.self,
    AddressBookImporter.self,
  ]

  public var limits: ReadLimits
  /// Called now and then with the progress of the archive being read.
  public var onProgress: ((ImportProgress) -> Void)?

  public init(limits: ReadLimits = .standard) {
    self.limits = limits
  }

  /// The importer whose platform `source` looks like, or `nil` when none recognizes it.
  public static func recognize(_ source: any ArchiveSource) -> (any Importer.Type)? {
    let scored = importers.map { ($0, $0.recognitionScore(of: source)) }
    guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
    return best.0
  }

  /// Imports the archive, folder or file at `url` into `destination`.
  ///
  /// - Parameter platform: reads the archive as this platform's, skipping recognition.
  /// - Returns: what was read, skipped and failed.
  /// - Throws: only errors of the destination (the store), after which nothing of this archive
  ///   is kept.
  public func importArchive(at url: URL, platform: Platform? = nil, into destination: any GraphDestination)
    throws -> ImportSummary
  {
    let source: any ArchiveSource
    do {
      source = try ArchiveOpener.open(url, limits: limits)
    } catch let error as ArchiveError {
      var summary = ImportSummary(archive: url.path)
      summary.issues.append(ImportIssue(archive: url.path, entry: error.entry, message: error.reason))
      return summary
    } catch {
      var summary = ImportSummary(archive: url.path)
      summary.issues.append(ImportIssue(archive: url.path, message: "cannot be opened (\(error))"))
      return summary
    }
    let importer: (any Importer.Type)?
    if let platform {
      importer = Self.importers.first { $0.platform == platform }
    } else {
      importer = Self.recognize(source)
    }
    guard let importer else {
      var summary = ImportSummary(archive: url.path)
      summary.issues.append(
        ImportIssue(
          archive: url.path,
          message: "not a recognized LinkedIn, Facebook, Instagram, Twitter/X or address-book export "
            + "(\(source.entries.count) entries looked at); if it is one, name it with --platform"))
      return summary
    }
    return try destination.storeArchive { sink in
      let context = ImportContext(source: source, sink: sink, platform: importer.platform)
      context.onProgress = onProgress
      try context.run(importer.init())
      return context.summary
    }
  }
}
