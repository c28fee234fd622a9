import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel
import TestSupport
import Testing

@testable import WhatsAppImport

struct WhatsAppLineTests {
  @Test func `Android 24-hour lines`() throws {
    let line = try #require(WhatsAppLine("12/03/2024, 09:14 - Priya Natarajan: Hi: there"))
    #expect(line.dateFields == (12, 3, 2024))
    #expect(line.hour == 9)
    #expect(line.sender == "Priya Natarajan")
    #expect(line.text == "Hi: there")
  }

  @Test func `Android 12-hour Spanish lines`() throws {
    let line = try #require(WhatsAppLine("1/8/23, 9:05 p. m. - Mateo García: Hola"))
    #expect(line.hour == 21)
    #expect(line.minute == 5)
    #expect(line.sender == "Mateo García")
    let morning = try #require(WhatsAppLine("1/8/23, 12:30\u{202F}AM - Mateo García: Tarde"))
    #expect(morning.hour == 0)
  }

  @Test func `iOS lines with seconds, direction marks and system text`() throws {
    let line = try #require(WhatsAppLine("[05.01.24, 10:02:15] Zoë Lindqvist: Welcome!\r"))
    #expect(line.second == 15)
    #expect(line.sender == "Zoë Lindqvist")
    let system = try #require(WhatsAppLine("[13.01.24, 19:20:44] \u{200E}+49 160 98765432 left"))
    #expect(system.sender == nil)
    let dashed = try #require(WhatsAppLine("[2020-01-01, 12:00:01] Person 1: text"))
    #expect(dashed.yearFirst)
  }

  @Test func `continuation lines are not message lines`() {
    #expect(WhatsAppLine("Time Out Market maybe") == nil)
    #expect(WhatsAppLine("OPCIÓN: Sí (1 voto)") == nil)
    #expect(WhatsAppLine("Rossio station, 8:45") == nil)
  }

  @Test func `the date order is inferred from the whole file`() {
    #expect(WhatsAppDateOrder.infer(from: [(1, 8, 23), (1, 15, 23)], yearFirst: false) == .monthDayYear)
    #expect(WhatsAppDateOrder.infer(from: [(12, 3, 24), (21, 3, 24)], yearFirst: false) == .dayMonthYear)
    // Nothing above 12: the dates must run forward. 12/1 → 1/2 does only as day first (12 Jan → 1 Feb),
    // 1/12 → 2/1 only as month first (12 Jan → 1 Feb).
    #expect(
      WhatsAppDateOrder.infer(from: [(12, 1, 24), (1, 2, 24), (5, 2, 24)], yearFirst: false) == .dayMonthYear)
    #expect(WhatsAppDateOrder.infer(from: [(1, 12, 24), (2, 1, 24)], yearFirst: false) == .monthDayYear)
  }
}

struct WhatsAppImporterTests {
  let importer = WhatsAppImporter()

  @Test func `Android one-to-one chat: the owner is the sender the file is not named after`() throws {
    let sink = try Fixture.run(importer, on: "whatsapp/android")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.identityKeys.map(\.nativeId) == ["Priya Natarajan"])
    #expect(sink.interactions.count == 6)
    let dinner = try #require(sink.interactions(containing: "dinner on the 21st").first)
    #expect(dinner.text == "Great, dinner on the 21st?\nTime Out Market maybe\nor Cervejaria Ramiro")
    #expect(dinner.direction == .sent)
    #expect(dinner.timestamp.iso == "2024-03-12T09:20:00Z")
    #expect(sink.interactions(containing: "[media]").first?.direction == .received)
    #expect(sink.interactions.last?.timestamp.iso == "2024-04-02T07:05:00Z")
    #expect(sink.summary.skipped["system lines (encryption notices, joins, leaves)"] == 1)
  }

  @Test func `12-hour Spanish chat: month first, multi-line poll`() throws {
    let sink = try Fixture.run(importer, on: "whatsapp/android-12h-es")
    #expect(
      sink.interactions.map(\.timestamp.iso) == [
        "2023-01-08T21:05:00Z", "2023-01-08T21:07:00Z", "2023-01-09T10:01:00Z", "2023-01-15T12:30:00Z",
      ])
    #expect(sink.interactions.last?.text?.hasPrefix("ENCUESTA:\n¿Cena el viernes?") == true)
  }

  @Test func `iOS group chat in a zip: owner named with --me, phone-number senders`() throws {
    let zip = try ZipBuilder.zip(
      folder: Fixture.url("whatsapp/ios"), name: "WhatsApp Chat - Lisbon hikers.zip")
    let source = try ArchiveOpener.open(zip)
    let sink = RecordingSink()
    let context = ImportContext(source: source, sink: sink, platform: .whatsapp)
    context.ownerNames = ["Alex Rivera"]
    try context.run(importer)
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    let jonas = try #require(sink.identity("+4916098765432"))
    #expect(jonas.key.kind == .phone)
    let messages = sink.interactions
    #expect(messages.count == 6)
    #expect(messages.allSatisfy { $0.isGroup })
    let meetingPoint = try #require(sink.interactions(containing: "Meeting point").first)
    #expect(meetingPoint.text == "Meeting point:\nRossio station, 8:45")
    #expect(meetingPoint.timestamp.iso == "2024-01-06T08:31:00Z")
    #expect(sink.interactions(containing: "Count me in").first?.counterpart == nil)
    #expect(sink.interactions(containing: "[media]").count == 2)
    // The group's own name on system lines is not a person.
    #expect(!sink.identityKeys.contains { $0.nativeId == "Lisbon hikers" })
  }

  @Test func `without a hint, a group chat's owner is unknown and the import says so`() throws {
    let sink = try Fixture.run(importer, on: "whatsapp/ios")
    #expect(sink.owners.isEmpty)
    #expect(sink.summary.issues.first?.message.contains("--me") == true)
  }
}
