import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import TelegramImport

struct TelegramImporterTests {
  let importer = TelegramImporter()

  @Test func `full export: owner, contacts with phones, chats streamed`() throws {
    let sink = try Fixture.run(importer, on: "telegram/DataExport_2026-11-01")
    let owner = try #require(sink.owners.first)
    #expect(owner.key?.nativeId == "5123456789")
    #expect(owner.displayName == "Alex Rivera")
    #expect(owner.handle == "alexrivera_data")
    let priya = try #require(sink.identity("6011223344"))
    #expect(priya.key.kind == .accountID)
    #expect(priya.displayName == "Priya Natarajan")
    #expect(priya.phones == ["+14155550142"])
    #expect(sink.connections(of: "6011223344").first?.since?.iso == "2021-03-04T10:00:00Z")
    // A contact without a Telegram account is keyed by phone.
    #expect(sink.identity("+48601234567")?.displayName == "Tomasz Wiśniewski")
    #expect(sink.summary.skipped["chats that are not with people (channels, bots, saved messages)"] == 3)
  }

  @Test func `one-to-one chat: directions, text parts, calls, photos`() throws {
    let sink = try Fixture.run(importer, on: "telegram/DataExport_2026-11-01")
    let chat = sink.interactions.filter { $0.conversationId == "6011223344" }
    #expect(chat.count == 4)
    let reply = try #require(sink.interactions(containing: "usual place").first)
    #expect(reply.text == "Yes! Let's meet at the usual place 🙂")
    #expect(reply.direction == .sent)
    #expect(reply.counterpart?.nativeId == "6011223344")
    #expect(reply.timestamp.timeIntervalSince1970 == 1_730_800_600)
    let call = try #require(sink.interactions.first { $0.kind == .call })
    #expect(call.text == "[call, 312 s]")
    #expect(call.direction == .received)
    #expect(sink.interactions(containing: "[photo]").first?.direction == .received)
  }

  @Test func `group chat: members are those who speak; service messages skipped`() throws {
    let sink = try Fixture.run(importer, on: "telegram/DataExport_2026-11-01")
    let group = sink.interactions.filter { $0.conversationId == "1765432100" }
    #expect(group.count == 3)
    #expect(group.allSatisfy { $0.isGroup })
    let sent = try #require(group.first { $0.direction == .sent })
    #expect(sent.counterpart == nil)
    #expect(Set(sent.participants.map(\.nativeId)) == ["6011223344", "6099887766"])
    #expect(sink.identity("6099887766")?.displayName == "Mina Okafor")
    #expect(sink.summary.skipped["service messages (joins, pins, title changes)"] == 1)
  }

  @Test func `single chat export: the owner is the sender who is not the peer`() throws {
    let sink = try Fixture.run(importer, on: "telegram/ChatExport_2026-10-15")
    #expect(sink.owners.first?.key?.nativeId == "5123456789")
    #expect(sink.interactions.map(\.direction) == [.received, .sent])
    #expect(sink.interactions.last?.text == "Yes, replying tonight")
    #expect(sink.identityKeys.map(\.nativeId) == ["6099887766"])
  }
}
