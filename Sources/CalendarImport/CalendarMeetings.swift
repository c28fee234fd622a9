import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Turns one calendar's events into meetings: finds the owner, drops cancelled and declined
/// events, expands recurrences (moved occurrences replace the ones they move), and emits one
/// interaction per occurrence.
struct CalendarMeetings {
  let calendar: ICalendarReader
  let entry: ArchiveEntry
  let context: ImportContext

  /// The owner's e-mail: the calendar's name when it is an address (Google Takeout), else the
  /// address present in at least half of the events.
  var ownerEmail: String? {
    if let name = calendar.calendarName?.lowercased(), name.contains("@"), !name.contains(" ") { return name }
    var counts: [String: Int] = [:]
    for event in calendar.events {
      let emails = Set(([event.organizer].compactMap { $0 } + event.attendees).compactMap(\.email))
      for email in emails { counts[email, default: 0] += 1 }
    }
    guard let best = counts.max(by: { $0.value < $1.value }), best.value * 2 >= calendar.events.count,
      counts.values.filter({ $0 == best.value }).count == 1
    else { return nil }
    return best.key
  }

  /// The export date: the latest `DTSTAMP` (Google stamps every event with the export time), else now.
  var exportDate: Date {
    calendar.events.compactMap(\.stamp).max() ?? Date()
  }

  func read() throws {
    let owner = ownerEmail
    if let owner {
      try context.owner(
        OwnerAccount(
          platform: .calendar, key: IdentityKey(platform: .calendar, nativeId: owner, kind: .email),
          emails: [owner]))
    } else {
      context.report(
        "the calendar's owner could not be recognized (no X-WR-CALNAME address, no address in most events): "
          + "every attendee is read as a contact", entry: entry)
    }
    let limit = exportDate
    // Moved or changed occurrences, by event UID and the start they replace.
    var overrides: [String: [Date: CalendarEvent]] = [:]
    for event in calendar.events {
      if let uid = event.uid, let original = event.recurrenceID {
        overrides[uid, default: [:]][original.date] = event
      }
    }
    for event in calendar.events where event.recurrenceID == nil {
      guard let start = event.start else {
        context.report("event '\(event.summary ?? event.uid ?? "?")' has no readable DTSTART", entry: entry)
        continue
      }
      let moved = event.uid.flatMap { overrides[$0] } ?? [:]
      if let rule = event.rule {
        for date in rule.occurrences(from: start, through: limit) where !event.exceptions.contains(date) {
          if let replacement = moved[date] {
            guard let time = replacement.start?.date else { continue }
            try emit(replacement, at: time, occurrence: date, owner: owner)
          } else {
            try emit(event, at: date, occurrence: date, owner: owner)
          }
        }
      } else {
        try emit(event, at: start.date, occurrence: start.date, owner: owner)
      }
    }
  }

  private func emit(_ event: CalendarEvent, at date: Date, occurrence: Date, owner: String?) throws {
    if event.status == "CANCELLED" {
      context.skip("cancelled events")
      return
    }
    let everyone = ([event.organizer].compactMap { $0 } + event.attendees).filter(\.isPerson)
    if let owner, everyone.contains(where: { $0.email == owner && $0.status == "DECLINED" }) {
      context.skip("events the owner declined")
      return
    }
    // Those who declined did not attend; the owner is never a participant.
    var seen: Set<String> = []
    var participants: [(key: IdentityKey, name: String?)] = []
    for person in everyone where person.status != "DECLINED" {
      guard let email = person.email, email != owner, seen.insert(email).inserted else { continue }
      participants.append((IdentityKey(platform: .calendar, nativeId: email, kind: .email), person.name))
    }
    guard !participants.isEmpty else {
      context.skip("events with no one but the owner")
      return
    }
    for participant in participants {
      try context.identity(
        IdentityRecord(
          key: participant.key, displayName: participant.name, emails: [participant.key.nativeId]))
    }
    let organizer = event.organizer?.email
    let ownerOrganized = organizer == nil || organizer == owner
    let keys = participants.map(\.key)
    let counterpart =
      ownerOrganized
      ? (keys.count == 1 ? keys[0] : nil)
      : keys.first { $0.nativeId == organizer }
    let uid = event.uid ?? StableHash.hex(event.summary ?? "", String(occurrence.timeIntervalSince1970))
    try context.interaction(
      InteractionRecord(
        platform: .calendar, kind: .meeting, direction: ownerOrganized ? .sent : .received, timestamp: date,
        conversationId: uid, isGroup: keys.count > 1, counterpart: counterpart, participants: keys,
        text: event.summary, inPerson: event.inPerson, location: event.location,
        sourceKey: StableHash.hex(uid, String(Int64(occurrence.timeIntervalSince1970)))))
  }
}
