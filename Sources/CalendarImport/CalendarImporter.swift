import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads iCalendar (`.ics`) files: Google Takeout's `Takeout/Calendar/*.ics`, and exports of
/// Apple Calendar, Outlook or any calendar.
///
/// Each event the owner attended becomes a `meeting` interaction with everyone else who attended,
/// marked in person or online; recurring events are expanded up to the export date. See
/// `docs/formats/calendars.md`.
public struct CalendarImporter: Importer {
  public static let platform = Platform.calendar
  public static let readsFilesInAnyArchive = true

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    source.entries.filter { isCalendar($0, in: source) }.count * 10
  }

  static func isCalendar(_ entry: ArchiveEntry, in source: any ArchiveSource) -> Bool {
    guard entry.fileName.lowercased().hasSuffix(".ics") else { return false }
    return source.headText(of: entry, bytes: 512).uppercased().contains("BEGIN:VCALENDAR")
  }

  public func importArchive(into context: ImportContext) throws {
    for entry in context.source.entries where Self.isCalendar(entry, in: context.source) {
      try context.readEntry(entry) { entry in
        let calendar = try ICalendarReader(entry, from: context.source)
        if calendar.unterminated {
          context.report(
            "the file ends inside an event or calendar (truncated?); complete events were read", entry: entry)
        }
        try CalendarMeetings(calendar: calendar, entry: entry, context: context).read()
      }
    }
  }
}
