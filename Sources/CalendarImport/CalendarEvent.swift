import Foundation
import ImportSupport

/// One `VEVENT` of an iCalendar file.
struct CalendarEvent {
  /// A person invited to, or organizing, the event.
  struct Attendee: Equatable {
    var email: String?
    var name: String?
    /// `ACCEPTED`, `DECLINED`, `TENTATIVE`, `NEEDS-ACTION`.
    var status: String?
    /// `INDIVIDUAL`, `ROOM`, `RESOURCE`, `GROUP`.
    var kind: String?

    init(_ line: ContentLine) {
      let value = line.text.trimmed
      if value.lowercased().hasPrefix("mailto:") {
        email = String(value.dropFirst(7)).lowercased()
      } else if value.contains("@") {
        email = value.lowercased()
      }
      name = line.parameterValue("CN").map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
      if name == email { name = nil }
      status = line.parameterValue("PARTSTAT")?.uppercased()
      kind = line.parameterValue("CUTYPE")?.uppercased()
    }

    /// True for people (not rooms or resources).
    var isPerson: Bool { kind == nil || kind == "INDIVIDUAL" }
  }

  var uid: String?
  var summary: String?
  var description: String?
  var location: String?
  var url: String?
  var start: EventTime?
  var status: String?
  var organizer: Attendee?
  var attendees: [Attendee] = []
  var rule: RecurrenceRule?
  var exceptions: Set<Date> = []
  var recurrenceID: EventTime?
  /// Conference links from vendor properties (`X-GOOGLE-CONFERENCE`, Teams and Skype URLs).
  var conferenceLinks: [String] = []
  var stamp: Date?

  init(_ lines: [ContentLine], defaultZone: TimeZone) {
    for line in lines {
      switch line.name {
      case "UID": uid = line.text.trimmed
      case "SUMMARY": summary = line.text.trimmed
      case "DESCRIPTION": description = line.text
      case "LOCATION": location = line.text.trimmed
      case "URL": url = line.text.trimmed
      case "DTSTART": start = EventTime(line, defaultZone: defaultZone)
      case "STATUS": status = line.text.trimmed.uppercased()
      case "ORGANIZER": organizer = Attendee(line)
      case "ATTENDEE": attendees.append(Attendee(line))
      case "RRULE": rule = RecurrenceRule(line.rawValue, defaultZone: defaultZone)
      case "EXDATE": exceptions.formUnion(EventTime.list(line, defaultZone: defaultZone).map(\.date))
      case "RECURRENCE-ID": recurrenceID = EventTime(line, defaultZone: defaultZone)
      case "DTSTAMP": stamp = EventTime(line, defaultZone: defaultZone)?.date
      case "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK":
        conferenceLinks.append(line.text.trimmed)
      default: break
      }
    }
  }

  /// `false` when the event carries a video-call link (in its location, description, URL or
  /// conference properties), else `true` when its location names a physical place, else `nil`.
  /// A room with a call link counts as online: it does not show that the people met in person.
  var inPerson: Bool? {
    let online =
      !conferenceLinks.isEmpty || VideoCallLink.isPresent(in: location)
      || VideoCallLink.isPresent(in: description)
      || VideoCallLink.isPresent(in: url)
    if online { return false }
    return VideoCallLink.isPhysicalPlace(location) ? true : nil
  }
}
