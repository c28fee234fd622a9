import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import TieAnalysis

/// `rekindle changes`: what changed between exports of one platform.
struct ChangesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "List what changed between two exports of a platform: new and gone connections, job changes.",
    discussion: """
      Found when a newer export of a platform is imported: connections, friends, followers and \
      followed accounts new or gone since the earlier export (an account gone from every list at \
      once may have been deactivated), and new companies or titles (LinkedIn's Company and \
      Position). The first export of a platform is where the history starts. Import archives \
      oldest first.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(help: "Only changes seen from this date on, such as 2026-01-31.")
  var since: String?

  @Option(help: "text (default), json, csv, markdown or html.")
  var format: TableRenderer.Format = .text

  func run() throws {
    var date: Date?
    if let since {
      guard let parsed = ExportDate.parse(since) else {
        throw ValidationError("'\(since)' is not a date (use 2026-01-31)")
      }
      date = parsed
    }
    let changes = try storeOptions.open().snapshotChanges(since: date)
    FileHandle.standardOutput.write(Data(try ChangeListRenderer(format: format).render(changes).utf8))
  }
}

extension TableRenderer.Format: ExpressibleByArgument {}
