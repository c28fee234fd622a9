import Foundation
import GraphStore
import ImportSupport
import RekindleModel

/// Imports a batch of archives into a store and resolves the identities into persons, as
/// `rekindle import` does: into an empty store the reading indexes are built once at the end;
/// each archive is stored whole or not at all; persons are resolved again when something changed
/// (or a region is given).
///
/// ```swift
/// let database = try GraphDatabase(path: "rekindle.sqlite")
/// var batch = BatchImport()
/// batch.ownerNames = ["Alex Rivera"]
/// let outcome = try batch.run([URL(fileURLWithPath: "linkedin.zip")], into: database)
/// for summary in outcome.summaries { print(summary.archive, summary.interactionsAdded) }
/// ```
public struct BatchImport {
  /// Reads the archives; its settings (limits, owner names, `--reread`) apply to every one.
  public var importer = ArchiveImporter()
  /// Reads every archive as this platform's export instead of recognizing it.
  public var platform: Platform?
  /// The country of phone numbers written without a country code; when set, persons are
  /// resolved again even if nothing changed.
  public var region: String?

  public init() {}

  /// Names the user goes by, for exports that do not name their owner (WhatsApp chats).
  public var ownerNames: [String] {
    get { importer.ownerNames }
    set { importer.ownerNames = newValue }
  }

  /// What a batch did.
  public struct Outcome: Sendable {
    /// One summary per importer that read an archive, in the order of the archives.
    public var summaries: [ImportSummary] = []
    /// The resolution that followed, when one ran.
    public var resolution: StoreResolution.Outcome?

    /// True when some input could not be read (an issue, or a recognized archive that gave no
    /// record): the rest was imported.
    public var skippedInput: Bool { summaries.contains { !$0.issues.isEmpty || $0.readNothing } }
  }

  /// Imports `urls` in order into `database`, then resolves persons when anything changed.
  ///
  /// - Parameters:
  ///   - urls: zip files, unpacked archive folders or single export files, in the order to read them.
  ///   - database: the store to import into.
  ///   - willRead: called before each archive is read (to show progress).
  ///   - didRead: called with each archive's summaries as soon as it is stored.
  /// - Throws: `StoreError` when the store fails: what earlier archives stored is kept.
  public func run(
    _ urls: [URL], into database: GraphDatabase, willRead: (URL) -> Void = { _ in },
    didRead: (URL, [ImportSummary]) -> Void = { _, _ in }
  ) throws -> Outcome {
    var outcome = Outcome()
    try database.bulkLoad {
      for url in urls {
        willRead(url)
        let summaries: [ImportSummary]
        do {
          summaries = try importer.importArchive(at: url, platform: platform, into: database)
        } catch {
          throw StoreError(error, path: database.path, doing: "import \(url.path) into")
        }
        didRead(url, summaries)
        outcome.summaries += summaries
      }
    }
    // Nothing new and the same settings: the persons stay as they were resolved.
    let changed = outcome.summaries.contains { $0.unchangedSince == nil }
    guard changed || region != nil else { return outcome }
    outcome.resolution = try StoreResolution.run(database, region: region ?? StoreResolution.defaultRegion)
    return outcome
  }
}
