import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import CalendarImport

struct CalendarImporterTests {
  let importer = CalendarImporter()

  private func meetings() throws -> RecordingSink {
    try Fixture.run(importer, on: "google-takeout")
  }

  @Test func `the owner comes from X-WR-CALNAME and is never a participant`() throws {
    let sink = try meetings()
    #expect(sink.owners.first?.key?.nativeId == "alex.rivera@gmail.com")
    #expect(!sink.identityKeys.contains { $0.nativeId == "alex.rivera@gmail.com" })
    #expect(sink.interactions.allSatisfy { $0.kind == .meeting && $0.platform == .calendar })
  }

  @Test func `a physical place is in person; a video link is online`() throws {
    let sink = try meetings()
    let coffee = try #require(sink.interactions(containing: "Coffee with Priya").first)
    #expect(coffee.inPerson == true)
    #expect(coffee.location == "Café A Brasileira, Rua Garrett 120, 1200-273 Lisboa, Portugal")
    #expect(coffee.direction == .sent)
    #expect(coffee.counterpart?.nativeId == "priya.n@example.com")
    #expect(coffee.timestamp.iso == "2025-09-12T08:30:00Z")
    // The same person over Zoom: an online meeting, organized by her.
    let zoom = try #require(sink.interactions(containing: "roadmap").first)
    #expect(zoom.inPerson == false)
    #expect(zoom.direction == .received)
    #expect(zoom.counterpart == coffee.counterpart)
    // Google Meet through X-GOOGLE-CONFERENCE; Teams through the description.
    #expect(sink.interactions(containing: "Data contracts sync").first?.inPerson == false)
    #expect(sink.interactions(containing: "Partnership intro").first?.inPerson == false)
  }

  @Test func `rooms, declined attendees, declined and cancelled events are left out`() throws {
    let sink = try meetings()
    let sync = try #require(sink.interactions(containing: "Data contracts sync").first)
    #expect(sync.participants.map(\.nativeId) == ["r.mueller@example.com"])
    #expect(sync.timestamp.iso == "2026-02-03T15:00:00Z")
    let lunch = try #require(sink.interactions(containing: "Team lunch").first)
    #expect(lunch.participants.map(\.nativeId) == ["zoe.lindqvist@example.se"])
    #expect(sink.interactions(containing: "farewell").isEmpty)
    #expect(sink.interactions(containing: "Climbing").isEmpty)
    #expect(sink.summary.skipped["events the owner declined"] == 1)
    #expect(sink.summary.skipped["cancelled events"] == 1)
    #expect(sink.summary.skipped["events with no one but the owner"] == 1)
    #expect(sink.identity("priya.n@example.com")?.displayName == "Priya Natarajan")
  }

  @Test
  func `a weekly event expands in its zone, across DST, without its exception, with its moved occurrence`()
    throws
  {
    let sink = try meetings()
    let oneOnOnes = sink.interactions.filter { $0.conversationId == "weekly-mina@google.com" }
    #expect(oneOnOnes.count == 13)
    let times = oneOnOnes.map(\.timestamp.iso)
    #expect(times.first == "2026-01-05T10:00:00Z")
    #expect(!times.contains("2026-01-12T10:00:00Z"))
    #expect(!times.contains("2026-01-19T10:00:00Z"))
    #expect(times.contains("2026-01-20T11:00:00Z"))
    // Lisbon moves to summer time on 29 March: 10:00 local is then 09:00 UTC.
    #expect(times.contains("2026-03-23T10:00:00Z"))
    #expect(times.last == "2026-04-06T09:00:00Z")
    #expect(oneOnOnes.allSatisfy { $0.inPerson == true })
    #expect(Set(oneOnOnes.map(\.sourceKey)).count == 13)
  }

  @Test func `an all-day event falls on its date in the calendar's zone`() throws {
    let sink = try meetings()
    let bbq = try #require(sink.interactions(containing: "birthday BBQ").first)
    #expect(bbq.timestamp.iso == "2026-06-13T23:00:00Z")
    #expect(bbq.inPerson == true)
    #expect(bbq.direction == .received)
  }

  @Test func `a calendar without a name finds its owner in most events`() throws {
    let text = """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      BEGIN:VEVENT\r
      UID:a\r
      DTSTART:20240101T100000Z\r
      ORGANIZER:mailto:me@example.com\r
      ATTENDEE;CN="Doe, Jane":mailto:jane@example.com\r
      SUMMARY:One\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:b\r
      DTSTART:20240102T100000Z\r
      ORGANIZER:mailto:sam@example.com\r
      ATTENDEE:mailto:me@example.com\r
      SUMMARY:Two\r
      END:VEVENT\r
      END:VCALENDAR\r

      """
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("export.ics")
    try Data(text.utf8).write(to: file)
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(file))
    #expect(sink.owners.first?.key?.nativeId == "me@example.com")
    #expect(sink.identity("jane@example.com")?.displayName == "Doe, Jane")
    #expect(sink.interactions.map(\.direction) == [.sent, .received])
    #expect(sink.interactions.allSatisfy { $0.inPerson == nil })
  }
}

struct RecurrenceRuleTests {
  let utc = TimeZone(identifier: "UTC") ?? .current

  private func dates(_ rule: String, from start: String, through limit: String = "20301231T000000Z")
    -> [String]
  {
    guard let parsed = RecurrenceRule(rule, defaultZone: utc),
      let first = EventTime.parse(start, tzid: nil, defaultZone: utc),
      let end = EventTime.parse(limit, tzid: nil, defaultZone: utc)
    else { return [] }
    return parsed.occurrences(from: first, through: end.date).map { String($0.iso.prefix(10)) }
  }

  @Test func `daily with an interval and UNTIL`() {
    #expect(
      dates("FREQ=DAILY;INTERVAL=2;UNTIL=20240107T235959Z", from: "20240101T090000Z") == [
        "2024-01-01", "2024-01-03", "2024-01-05", "2024-01-07",
      ])
  }

  @Test func `weekly on several days`() {
    #expect(
      dates("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5", from: "20240102T090000Z") == [
        "2024-01-02", "2024-01-04", "2024-01-09", "2024-01-11", "2024-01-16",
      ])
  }

  @Test func `monthly on the second Tuesday and on the last Friday`() {
    #expect(
      dates("FREQ=MONTHLY;BYDAY=2TU;COUNT=3", from: "20240109T090000Z") == [
        "2024-01-09", "2024-02-13", "2024-03-12",
      ])
    #expect(
      dates("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", from: "20240126T090000Z") == [
        "2024-01-26", "2024-02-23", "2024-03-29",
      ])
  }

  @Test func `monthly on the 31st skips shorter months`() {
    #expect(
      dates("FREQ=MONTHLY;COUNT=3", from: "20240131T090000Z") == ["2024-01-31", "2024-03-31", "2024-05-31"])
  }

  @Test func `yearly on 29 February only in leap years`() {
    #expect(dates("FREQ=YEARLY;COUNT=2", from: "20240229T090000Z") == ["2024-02-29", "2028-02-29"])
  }

  @Test func `an open-ended rule stops at the export date`() {
    #expect(
      dates("FREQ=WEEKLY", from: "20240101T090000Z", through: "20240120T000000Z") == [
        "2024-01-01", "2024-01-08", "2024-01-15",
      ])
  }

  @Test func `unsupported frequencies are not expanded`() {
    #expect(RecurrenceRule("FREQ=HOURLY;COUNT=3", defaultZone: utc) == nil)
  }
}
