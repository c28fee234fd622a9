import ArchiveImport
import ArgumentParser
import Foundation
import GraphStore
import RekindleModel

/// `rekindle import`: reads archives into the store.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import archives (zip files, unpacked folders or single export files) into the store.",
    discussion: """
      The platform of each archive is recognized from its content. Importing an archive twice changes \
      nothing; a newer archive of the same platform adds only what is new. Each archive is stored whole \
      or not at all.

      Exit status: 0 when everything was read; 1 when some input could not be read (the rest was \
      imported; the problems are listed on stderr); 2 when the store failed.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(help: "Read every given archive as this platform's export instead of recognizing it.")
  var platform: Platform?

  @OptionGroup var options: ImportOptions

  @Argument(help: "The archives to import: zip files, unpacked archive folders or single export files.")
  var paths: [String]

  func run() throws {
    let database = try storeOptions.open()
    if try !options.importArchives(paths, platform: platform, into: database) {
      throw ExitStatus.inputSkipped
    }
  }
}

/// The options of an import, shared by `import` and `report`.
struct ImportOptions: ParsableArguments {
  @Option(
    name: .customLong("me"),
    help: "A name you go by in chats (repeatable), for exports that do not name their owner (WhatsApp).")
  var ownerNames: [String] = []

  @Option(
    help: "The country of phone numbers written without a country code (default: $REKINDLE_REGION, else US).")
  var region: String?

  @Flag(name: .shortAndLong, help: "Print no progress and no summary (problems are still printed).")
  var quiet = false

  @Flag(
    help: "Read archives again even when the store holds them unchanged (same files, sizes and checksums).")
  var reread = false

  /// Imports `paths` (read as `platform`'s exports when given, else recognized) into `database`,
  /// then resolves identities into persons.
  ///
  /// - Returns: false when some input could not be read (the rest was imported).
  /// - Throws: ``StoreError`` when the store failed.
  func importArchives(_ paths: [String], platform: Platform? = nil, into database: GraphDatabase) throws
    -> Bool
  {
    var importer = ArchiveImporter()
    let progress = ProgressLine(enabled: !quiet && Terminal.stderrIsTerminal)
    importer.onProgress = { progress.update($0) }
    importer.ownerNames = ownerNames
    importer.rereadsUnchanged = reread
    var failed = false
    var changed = false
    // Into an empty store, the reading indexes are built once at the end.
    try database.bulkLoad {
      for path in paths {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        progress.start(archive: url.lastPathComponent)
        let summaries: [ImportSummary]
        do {
          summaries = try importer.importArchive(at: url, platform: platform, into: database)
        } catch {
          progress.clear()
          Terminal.error("rekindle: \(url.path): not imported\n")
          throw error
        }
        progress.clear()
        for summary in summaries {
          if summary.unchangedSince == nil { changed = true }
          if !quiet { Terminal.error(SummaryText.render(summary)) }
          for issue in summary.issues {
            Terminal.error("rekindle: \(issue)\n")
          }
          if !summary.issues.isEmpty { failed = true }
          if summary.readNothing, let platform = summary.platform {
            Terminal.error(
              "rekindle: \(summary.archive): recognized as \(platform.anExport), but no record was "
                + "read: a header may have moved or a key been renamed; `rekindle doctor` shows what was read\n"
            )
            failed = true
          }
        }
      }
    }
    if failed {
      Terminal.error(
        """
        rekindle: some input was skipped (listed above); everything else was imported. For a file cut \
        short or damaged, download the export again and import it: what is stored is kept and nothing \
        is counted twice. For a record a complete export holds but Rekindle cannot read, report the \
        message with the export's date.

        """)
    }
    // Nothing new and the same settings: the persons stay as they were resolved.
    if !changed && region == nil { return !failed }
    do {
      let counts = try PersonResolution.run(
        database, region: region?.uppercased() ?? PersonResolution.defaultRegion)
      if !quiet {
        Terminal.error(
          "Resolved \(Terminal.count(counts.identities)) identities into \(Terminal.count(counts.persons)) persons.\n"
        )
      }
    } catch {
      Terminal.error("rekindle: resolving the persons failed\n")
      throw StoreError(error, path: database.path, doing: "resolve the persons of")
    }
    return !failed
  }
}

extension Platform: ExpressibleByArgument {}
