import ArchiveAccess
import Foundation
import ImportSupport

/// Reads an iCalendar file's events as a stream of content lines, keeping only `VEVENT`s (alarms
/// inside them and time-zone definitions are skipped) and the calendar's own name and zone.
struct ICalendarReader {
  /// `X-WR-CALNAME`: Google Takeout names each calendar after its owner's e-mail.
  var calendarName: String?
  var events: [CalendarEvent] = []
  /// True when a component was still open at the end (a truncated file).
  var unterminated = false

  /// Reads `entry` whole (events are grouped by `UID` afterwards, so that moved occurrences
  /// replace the ones they move).
  init(_ entry: ArchiveEntry, from source: any ArchiveSource) throws {
    var transcoder = TextTranscoder()
    var splitter = LineSplitter()
    var lines = ContentLineReader(skipping: ["ATTACH"])
    var stack: [String] = []
    var eventLines: [ContentLine] = []
    var eventZone = TimeZone(identifier: "UTC") ?? .current
    var collected: [([ContentLine], TimeZone)] = []
    var name: String?

    func handle(_ line: ContentLine) {
      switch line.name {
      case "BEGIN":
        stack.append(line.rawValue.uppercased())
        if stack.last == "VEVENT" { eventLines = [] }
      case "END":
        if stack.last == "VEVENT" { collected.append((eventLines, eventZone)) }
        if !stack.isEmpty { stack.removeLast() }
      default:
        if stack.last == "VEVENT" {
          eventLines.append(line)
        } else if stack == ["VCALENDAR"] {
          if line.name == "X-WR-CALNAME" { name = line.text.trimmed }
          if line.name == "X-WR-TIMEZONE", let zone = EventTime.zone(named: line.text.trimmed) {
            eventZone = zone
          }
        }
      }
    }

    try source.read(entry) { chunk in
      try splitter.feed(transcoder.transcode(chunk)) { line, _ in try lines.feed(line) { handle($0) } }
    }
    try splitter.feed(transcoder.finish()) { line, _ in try lines.feed(line) { handle($0) } }
    try splitter.finish { line, _ in try lines.feed(line) { handle($0) } }
    try lines.finish { handle($0) }
    calendarName = name
    unterminated = !stack.isEmpty
    events = collected.map { CalendarEvent($0.0, defaultZone: $0.1) }
  }
}
