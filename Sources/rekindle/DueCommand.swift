import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import TieAnalysis

/// `rekindle due`: who is overdue for a keep-in-touch cadence.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "List whom you are overdue to contact, by the cadences set with `rekindle cadence`.",
    discussion: """
      The clock restarts on any interaction with the person on any platform (a message, a reply, a \
      call, a reaction, a meeting, a meeting logged with `rekindle met`), whichever identity it was \
      with. Most overdue first.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(name: .customLong("as-of"), help: "Compute at this date, such as 2026-01-31 (default: now).")
  var asOf: String?

  @Flag(help: "List everyone with a cadence, with the days left for those not yet due.")
  var all = false

  @Option(help: "text (default), json, csv, markdown or html.")
  var format: TableRenderer.Format = .text

  func run() throws {
    let date = try AsOfDate.parse(asOf)
    let list = try storeOptions.open().keepInTouch(asOf: date).filter { all || $0.isOverdue }
    FileHandle.standardOutput.write(
      Data(try KeepInTouchRenderer(format: format, asOf: date).render(list).utf8))
  }
}
