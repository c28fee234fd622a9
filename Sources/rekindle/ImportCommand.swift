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
    var batch = BatchImport()
    let progress = ProgressLine(enabled: !quiet && Terminal.stderrIsTerminal)
    batch.importer.onProgress = { progress.update($0) }
    batch.ownerNames = ownerNames
    batch.importer.rereadsUnchanged = reread
    batch.platform = platform
    batch.region = region
    var current: URL?
    let outcome: BatchImport.Outcome
    do {
      outcome = try batch.run(
        paths.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }, into: database,
        willRead: { url in
          current = url
          progress.start(archive: url.lastPathComponent)
        },
        didRead: { _, summaries in
          progress.clear()
          for summary in summaries { report(summary) }
        })
    } catch {
      progress.clear()
      if let current { Terminal.error("rekindle: \(current.path): not imported\n") }
      throw error
    }
    if outcome.skippedInput {
      Terminal.error(
        """
        rekindle: some input was skipped (listed above); everything else was imported. For a file cut \
        short or damaged, download the export again and import it: what is stored is kept and nothing \
        is counted twice. For a record a complete export holds but Rekindle cannot read, report the \
        message with the export's date.

        """)
    }
    if let resolution = outcome.resolution, !quiet {
      Terminal.error(
        "Resolved \(Terminal.count(resolution.identities)) identities into \(Terminal.count(resolution.persons)) persons.\n"
      )
    }
    return !outcome.skippedInput
  }

  /// Prints one archive's summary (unless quiet) and its problems.
  private func report(_ summary: ImportSummary) {
    if !quiet { Terminal.error(SummaryText.render(summary)) }
    for issue in summary.issues { Terminal.error("rekindle: \(issue)\n") }
    if summary.readNothing, let platform = summary.platform {
      Terminal.error(
        "rekindle: \(summary.archive): recognized as \(platform.anExport), but no record was "
          + "read: a header may have moved or a key been renamed; `rekindle doctor` shows what was read\n"
      )
    }
  }
}

extension Platform: ExpressibleByArgument {}
