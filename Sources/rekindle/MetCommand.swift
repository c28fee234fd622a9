import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import MeetingLogImport
import RekindleModel

/// `rekindle met`: logs a meeting in person.
struct MetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "met",
    abstract: "Log that you met someone in person.",
    discussion: """
      PERSON is a person id (p-…) from `export`, or a name, handle or e-mail known to the store. When \
      nobody matches, the meeting is logged with a new person of that name (and --email). Logging the \
      same meeting twice keeps it once.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: "Who you met: a person id, a name, a handle or an e-mail.")
  var person: String

  @Option(name: .customLong("on"), help: "When: a date such as 2025-05-01 (default: today).")
  var date: String?

  @Option(help: "A note, such as \"coffee at the conference\".")
  var note: String?

  @Option(help: "Their e-mail, for someone the store does not know yet.")
  var email: String?

  func run() throws {
    let database = try storeOptions.open()
    let when: Date
    if let date {
      guard let parsed = ExportDate.parse(date) else {
        throw ValidationError("'\(date)' is not a date (use 2025-05-01)")
      }
      when = parsed
    } else {
      when = Date()
    }
    let match = try PersonReference.atMostOne(person, in: database)
    guard
      let entry = MeetingLogEntry(
        date: when, name: match?.displayName ?? person, email: email, note: note)
    else { throw ValidationError("name the person you met") }
    let people = match?.identities ?? [entry.identity.key]
    _ = try database.storeArchive { sink in
      if match == nil { try sink.identity(entry.identity) }
      try sink.interaction(entry.interaction(with: people))
      var summary = ImportSummary(archive: "rekindle met", platform: .log)
      summary.interactions[.meeting] = 1
      return summary
    }
    let who = match.map { "\($0.displayName) (\($0.id))" } ?? "\(person) (new)"
    print("Logged: met \(who) on \(Terminal.day(when))")
  }
}
