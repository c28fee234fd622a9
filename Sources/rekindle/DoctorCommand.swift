import ArchiveImport
import ArgumentParser
import Foundation
import RekindleModel

/// `rekindle doctor PATH...`: what each archive is and what Rekindle reads of it, without
/// importing.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check archives without importing them: what each is, which files are read, which are not.",
    discussion: """
      For each archive: the platform and the export's era, every file read with the records it \
      gave, the files not read, and the problems met. Exit status 1 when an archive is not \
      recognized, cannot be opened, has problems, or is recognized but yields no record at all (a \
      header moved or a key was renamed: the silent zero-record import this command exists to catch).
      """)

  @Argument(help: "Archives: zip files, unpacked archive folders or single export files.")
  var paths: [String]

  @Option(help: "Read the archives as this platform's exports, skipping recognition.")
  var platform: Platform?

  @Option(name: .customLong("me"), help: "Your name as the exports write it (repeatable).")
  var ownerNames: [String] = []

  @Flag(help: "List every file read, not only the first 20 of each archive.")
  var verbose = false

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("give at least one archive to check") }
  }

  func run() throws {
    var importer = ArchiveImporter()
    importer.ownerNames = ownerNames
    var healthy = true
    for path in paths {
      let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
      let diagnosis = importer.diagnose(at: url, platform: platform)
      print(render(diagnosis))
      healthy = healthy && diagnosis.isHealthy
    }
    if !healthy { throw ExitStatus.inputSkipped }
  }

  func render(_ diagnosis: ArchiveDiagnosis) -> String {
    var lines = [diagnosis.archive]
    if let failure = diagnosis.openFailure {
      return (lines + ["  FAILED: \(failure)"]).joined(separator: "\n") + "\n"
    }
    if diagnosis.readings.isEmpty {
      lines.append(
        "  FAILED: not a recognized export (\(diagnosis.unreadEntries.count) files looked at); if it is one, "
          + "name it with --platform")
      return lines.joined(separator: "\n") + "\n"
    }
    for reading in diagnosis.readings {
      let summary = reading.summary
      lines.append("  \(reading.platform.displayName) export" + (reading.era.map { ", \($0)" } ?? ""))
      let shown = verbose ? summary.entries[...] : summary.entries.prefix(20)
      for entry in shown {
        lines.append(
          "    read \(entry.path): \(Terminal.count(entry.records)) record\(entry.records == 1 ? "" : "s")")
      }
      if shown.count < summary.entries.count {
        lines.append("    ... and \(summary.entries.count - shown.count) more files (--verbose lists them)")
      }
      for line in summary.skippedLines(count: Terminal.count) {
        lines.append("    left out on purpose: " + line)
      }
      for issue in summary.issues { lines.append("    problem: \(issue)") }
      if reading.readNothing {
        lines.append(
          "    FAILED: recognized as \(reading.platform.anExport), but no record was read: a header "
            + "may have moved or a key been renamed. Please report it with the export's date.")
      } else {
        lines.append(
          "    \(summary.issues.isEmpty ? "OK" : "PROBLEMS"): \(Terminal.count(summary.contacts)) contacts, "
            + "\(Terminal.count(summary.connections)) connections, \(Terminal.count(summary.interactionCount)) "
            + "interactions")
      }
    }
    if !diagnosis.unreadEntries.isEmpty {
      let names = diagnosis.unreadEntries.prefix(verbose ? Int.max : 10).joined(separator: ", ")
      let more =
        diagnosis.unreadEntries.count > 10 && !verbose
        ? " and \(diagnosis.unreadEntries.count - 10) more" : ""
      lines.append("  not read (nothing Rekindle uses): \(names)\(more)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
