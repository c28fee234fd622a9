import AddressBookImport
import ArchiveAccess
import CalendarImport
import FacebookImport
import Foundation
import GraphFileImport
import ImportSupport
import InstagramImport
import LinkedInImport
import MastodonImport
import MeetingLogImport
import RekindleModel
import TelegramImport
import TwitterImport
import WhatsAppImport

/// Imports archives: opens each, recognizes its platform from its content, and runs the matching
/// importer into a destination, one archive at a time.
///
/// Bad input never stops a batch: an archive that cannot be opened or recognized, or an entry
/// that cannot be read, is reported in that archive's `ImportSummary` and the next one is read.
public struct ArchiveImporter {
  /// Every importer, in the order they are asked to recognize an archive.
  public static let importers: [any Importer.Type] = [
    LinkedInImporter.self, FacebookImporter.self, InstagramImporter.self, TwitterImporter.self,
    MastodonImporter.self, TelegramImporter.self, WhatsAppImporter.self, AddressBookImporter.self,
    CalendarImporter.self, MeetingLogImporter.self, GraphFileImporter.self,
  ]

  public var limits: ReadLimits
  /// Names the user goes by, for exports that do not name their owner (WhatsApp chats).
  public var ownerNames: [String] = []
  /// Called now and then with the progress of the archive being read, on the thread that reads
  /// it (not the caller's).
  public var onProgress: (@Sendable (ImportProgress) -> Void)?
  /// Reads archives the destination already holds unchanged (same ``ArchiveFingerprint``) again
  /// instead of skipping them.
  public var rereadsUnchanged = false

  public init(limits: ReadLimits = .standard) {
    self.limits = limits
  }

  /// The importers that read `source`: the platform importer whose export it looks most like,
  /// plus every importer of files that can sit in any archive (address books, calendars) that
  /// finds its files there. Empty when nothing recognizes it.
  public static func recognize(_ source: any ArchiveSource) -> [any Importer.Type] {
    let scored = importers.map { ($0, $0.recognitionScore(of: source)) }.filter { $0.1 > 0 }
    let platform = scored.filter { !$0.0.readsFilesInAnyArchive }.max { $0.1 < $1.1 }.map { [$0.0] } ?? []
    return platform + scored.filter { $0.0.readsFilesInAnyArchive }.map(\.0)
  }

  /// Imports the archive, folder or file at `url` into `destination`: one summary per importer
  /// that read it (a Google Takeout zip gives one for its contacts and one for its calendars), or
  /// one that says why nothing could be read.
  ///
  /// - Parameters:
  ///   - url: a zip file, an unpacked archive folder or a single export file.
  ///   - platform: reads the archive as this platform's, skipping recognition.
  ///   - destination: where the records go (the store, or a ``DiscardingDestination``).
  /// - Throws: only errors of the destination (the store), after which nothing of the importer
  ///   that was running is kept.
  public func importArchive(at url: URL, platform: Platform? = nil, into destination: any GraphDestination)
    throws -> [ImportSummary]
  {
    let source: any ArchiveSource
    switch openSource(url) {
    case .success(let opened): source = opened
    case .failure(let failure): return [Self.failure(url, entry: failure.entry, message: failure.message)]
    }
    let chosen = Self.importers(for: source, platform: platform)
    guard !chosen.isEmpty else {
      return [
        Self.failure(
          url,
          message:
            "not a recognized LinkedIn, Facebook, Instagram, Twitter/X, Mastodon, Telegram, WhatsApp, address-book, calendar or graph export "
            + "(\(source.entries.count) entries looked at); if it is one, name it with --platform"
            + source.refusedEntries.map { "; not read: \($0.entry ?? "") \($0.reason)" }.joined())
      ]
    }
    return try chosen.map { importer in
      let fingerprint = ArchiveFingerprint.of(source, platform: importer.platform, ownerNames: ownerNames)
      if !rereadsUnchanged, let fingerprint, let date = try destination.importDate(ofFingerprint: fingerprint)
      {
        var summary = ImportSummary(archive: url.path, platform: importer.platform)
        summary.fingerprint = fingerprint
        summary.unchangedSince = date
        return summary
      }
      return try read(source, with: importer, into: destination, fingerprint: fingerprint)
    }
  }

  /// Why an archive could not be opened: the entry at fault, if one was, and the reason.
  struct OpenFailure: Error {
    var entry: String?
    var message: String
  }

  /// Opens the archive, folder or file at `url` within ``limits``.
  func openSource(_ url: URL) -> Result<any ArchiveSource, OpenFailure> {
    do {
      return .success(try ArchiveOpener.open(url, limits: limits))
    } catch let error as ArchiveError {
      return .failure(OpenFailure(entry: error.entry, message: error.reason))
    } catch {
      return .failure(OpenFailure(message: "cannot be opened (\(error))"))
    }
  }

  /// The importers that read `source`: `platform`'s when given, else those that recognize it.
  static func importers(for source: any ArchiveSource, platform: Platform?) -> [any Importer.Type] {
    platform.map { platform in importers.filter { $0.platform == platform } } ?? recognize(source)
  }

  /// Reads `source` with `importer` into `destination` (one transaction of the store), which
  /// keeps `fingerprint` with the summary when the archive is read cleanly.
  func read(
    _ source: any ArchiveSource, with importer: any Importer.Type, into destination: any GraphDestination,
    fingerprint: String? = nil
  ) throws -> ImportSummary {
    try destination.storeArchive { writer in
      // Read on a thread of its own, written on this one (the transaction's).
      try PipedReading.run(
        { sink in
          let context = ImportContext(source: source, sink: sink, platform: importer.platform, limits: limits)
          context.onProgress = onProgress
          context.ownerNames = ownerNames
          try context.run(importer.init())
          var summary = context.summary
          summary.fingerprint = fingerprint
          return summary
        }, into: writer)
    }
  }

  private static func failure(_ url: URL, entry: String? = nil, message: String) -> ImportSummary {
    var summary = ImportSummary(archive: url.path)
    summary.issues.append(ImportIssue(archive: url.path, entry: entry, message: message))
    return summary
  }
}
