import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel
import TestSupport
import Testing

@testable import FacebookImport

/// Facebook exports as real users get them: in their language, with the 2019 layout's minutes,
/// deleted accounts and names made of invisible characters.
struct FacebookLocalizedExportTests {
  let importer = FacebookImporter()

  /// The instants of a fixture's messages, newest first, by thread.
  private func instants(_ sink: RecordingSink, thread: String) -> [String] {
    sink.interactions.filter { $0.conversationId == thread }.map(\.timestamp.iso)
  }

  @Test func `a Spanish export: every message read with its instant, the deleted account left out`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2024-html-es")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.summary.issues.isEmpty)
    #expect(
      instants(sink, thread: "luciafernandez_1029384756") == [
        "2024-04-03T19:45:00Z", "2024-01-14T21:02:11Z", "2023-12-24T23:59:59Z", "2023-09-09T10:00:00Z",
        "2023-08-20T18:30:00Z",
      ])
    #expect(sink.interactions(containing: "¡Feliz año").first?.direction == .sent)
    // "Participantes: Lucía Fernández, Usuario de Facebook, Diego Navarro y Alex Rivera".
    let dinner = sink.interactions.filter { $0.conversationId == "cenadelviernes_5647382910" }
    #expect(dinner.count == 2)
    #expect(Set(dinner.flatMap(\.participants).map(\.nativeId)) == ["Lucía Fernández", "Diego Navarro"])
    #expect(sink.summary.skipped["messages with deleted or unavailable Facebook accounts"] == 1)
    #expect(!sink.identityKeys.contains { $0.nativeId == "Usuario de Facebook" })
    #expect(sink.connections(of: "Diego Navarro").first?.since?.iso == "2019-09-30T08:15:00Z")
  }

  @Test func `a French export: abbreviated months with and without the dot, "Participants :"`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2024-html-fr")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(
      instants(sink, thread: "elodiemartin_3141592653") == [
        "2021-12-01T10:10:10Z", "2020-02-09T18:30:00Z", "2019-07-14T08:00:00Z", "2019-06-14T08:00:00Z",
        "2018-05-02T15:04:05Z", "2017-04-21T00:33:22Z",
      ])
    #expect(sink.interactions(containing: "Bonne année").first?.counterpart?.nativeId == "Élodie Martin")
    // The one-to-one thread with "Utilisateur Facebook": both messages left out, and counted.
    #expect(sink.interactions.filter { $0.conversationId == "utilisateurfacebook_2718281828" }.isEmpty)
    #expect(sink.summary.skipped["messages with deleted or unavailable Facebook accounts"] == 2)
    #expect(sink.connections(of: "Élodie Martin").first?.since?.iso == "2017-04-21T00:33:22Z")
  }

  @Test func `a German export: "d. MMMM yyyy um HH:mm" and "Facebook-Nutzer"`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2024-html-de")
    #expect(
      instants(sink, thread: "lenahoffmann_8675309123") == [
        "2024-01-14T21:02:00Z", "2023-03-03T07:15:00Z", "2022-12-12T23:59:00Z", "2022-05-01T12:00:00Z",
      ])
    let hike = try #require(sink.interactions(containing: "Samstag").first)
    #expect(hike.isGroup)
    #expect(hike.participants.map(\.nativeId) == ["Lena Hoffmann"])
    #expect(sink.summary.skipped["messages with deleted or unavailable Facebook accounts"] == 1)
  }

  @Test func `the 2019 layout: minutes only, and a burst of identical messages stays a burst`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2019-html")
    let thread = sink.interactions.filter { $0.conversationId == "samadeyemi_7f3e2a1b9c" }
    #expect(thread.count == 8)
    #expect(Set(thread.map(\.sourceKey)).count == 8)
    let thumbs = thread.filter { $0.text == "👍" }
    #expect(thumbs.count == 3)
    #expect(thumbs.allSatisfy { $0.timestamp.iso == "2019-07-11T14:05:00Z" && $0.direction == .received })
    #expect(thread.filter { $0.text == "ok" && $0.direction == .sent }.count == 2)
    #expect(sink.connections(of: "Sam Adeyemi").first?.since?.iso == "2018-03-02T00:00:00Z")
  }

  @Test func `a deleted member of a group is left out; an invisible name is known within its thread`() throws
  {
    let sink = try Fixture.run(importer, on: "facebook/2026")
    let club = sink.interactions.filter { $0.conversationId == "1004027223469146" }
    #expect(club.count == 2)
    #expect(club.allSatisfy { $0.participants.map(\.nativeId) == ["Nadia Haddad"] })
    #expect(!sink.identityKeys.contains { $0.nativeId == "Facebook user" })
    let unnamed = sink.interactions.filter { $0.conversationId == "1016789012345678" }
    #expect(unnamed.count == 4)
    let key = try #require(unnamed.first { $0.direction == .received }?.counterpart)
    #expect(key.kind == .threadParticipant)
    #expect(key.nativeId.hasPrefix("1016789012345678#"))
    #expect(unnamed.allSatisfy { $0.participants == [key] })
    // The name shows nothing: the identity has none, and is labelled by its thread.
    #expect(sink.identities.filter { $0.key == key }.allSatisfy { $0.displayName == nil })
    #expect(
      IdentityLabel.label(for: key, displayName: nil, handle: nil)
        == "unnamed Facebook account (thread 1016789012345678)")
  }

  @Test func `a date no language reads is counted with an example, never dropped silently`() throws {
    let folder = try ZipBuilder.temporaryDirectory().appendingPathComponent("facebook-th")
    let source = Fixture.url("facebook/2024-html-es")
    try FileManager.default.copyItem(at: source, to: folder)
    let page = folder.appendingPathComponent(
      "your_facebook_activity/messages/inbox/luciafernandez_1029384756/message_1.html")
    let html = try String(contentsOf: page, encoding: .utf8)
      .replacingOccurrences(of: "abr 03, 2024 7:45:00pm", with: "เม.ย. 03, 2024 7:45:00pm")
    try html.write(to: page, atomically: true, encoding: .utf8)
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(folder))
    #expect(sink.interactions.filter { $0.conversationId == "luciafernandez_1029384756" }.count == 4)
    let reason = "messages with a date Rekindle cannot read"
    #expect(sink.summary.skipped[reason] == 1)
    #expect(
      sink.summary.skippedLines().contains("1 \(reason), e.g. `เม.ย. 03, 2024 7:45:00pm`"))
  }
}
