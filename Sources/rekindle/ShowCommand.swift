import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import TieAnalysis

/// `rekindle show PERSON`: everything known about one person.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show everything known about a person: identities, interactions over time, meetings, reports.")

  @OptionGroup var storeOptions: StoreOptions

  @Option(name: .customLong("as-of"), help: "Place the person in the reports at this date (default: now).")
  var asOf: String?

  @Argument(help: "The person: an id, a name, a handle or an e-mail.")
  var person: String

  func run() throws {
    let database = try storeOptions.open()
    let match = try PersonReference.one(person, in: database)
    let date = try AsOfDate.parse(asOf)
    let explanation = try database.explain(match)
    let filter = ReportFilter(asOf: date)
    let dormant = DormantTiesReport(filter: filter)
    let ties = try ReportRunner(store: database, asOf: date).ties(rhythmFor: dormant.needsRhythm)
    let tie = ties.first { $0.personId == match.id }
    var lines: [String] = []
    let work = [tie?.title, tie?.company].compactMap { $0 }.joined(separator: " at ")
    lines.append("\(match.displayName) (\(match.id))" + (work.isEmpty ? "" : "  \(work)"))
    lines.append("")
    lines.append("Identities:")
    for member in explanation.members {
      lines.append(
        "  \(member.platform.rawValue)  \(member.nativeId)" + (member.displayName.map { "  \"\($0)\"" } ?? "")
          + (member.profileURL.map { "  \($0)" } ?? ""))
    }
    let timeline = try database.timeline(personId: match.id)
    lines.append("")
    lines.append(timeline.years.isEmpty ? "Messages: none" : "Messages and calls per platform and year:")
    for platform in Array(Set(timeline.years.map(\.platform))).sorted() {
      let years = timeline.years.filter { $0.platform == platform }.map { year in
        "\(year.year): \(year.sent) sent, \(year.received) received"
          + (year.calls > 0 ? ", \(year.calls) call\(year.calls == 1 ? "" : "s")" : "")
      }
      lines.append("  \(platform.rawValue): " + years.joined(separator: "; "))
    }
    lines.append("")
    lines.append(timeline.meetings.isEmpty ? "Meetings: none" : "Meetings:")
    for meeting in timeline.meetings {
      let kind = meeting.inPerson == true ? "in person" : meeting.inPerson == false ? "online" : "meeting"
      lines.append(
        "  \(Terminal.day(meeting.date))  \(kind)" + (meeting.location.map { "  \($0)" } ?? "")
          + (meeting.title.map { "  \"\($0)\"" } ?? ""))
    }
    lines.append("")
    lines.append("Reports as of \(Terminal.day(date)):")
    for (name, entries) in [
      ("dormant", dormant.entries(ties)),
      ("meet", MeetInPersonReport(filter: filter).entries(ties)),
    ] {
      if let entry = entries.first(where: { $0.personId == match.id }) {
        lines.append("  \(name): #\(entry.rank) of \(entries.count): \(entry.reason)")
      } else {
        lines.append("  \(name): not listed")
      }
    }
    if let cadence = try database.keepInTouch(asOf: date).first(where: { $0.personId == match.id }) {
      lines.append("")
      lines.append("Keep in touch: " + KeepInTouchRenderer(format: .text, asOf: date).state(cadence))
    }
    let changes = try database.snapshotChanges().filter { $0.personId == match.id }
    if !changes.isEmpty {
      lines.append("")
      lines.append("Changes between exports:")
      for change in changes {
        lines.append(
          "  \(Terminal.day(change.date))  \(change.platform.rawValue)  \(ChangeListRenderer.sentence(change))"
        )
      }
    }
    print(lines.joined(separator: "\n"))
  }

}
