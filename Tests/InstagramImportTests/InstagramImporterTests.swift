import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import InstagramImport

struct InstagramImporterTests {
  let importer = InstagramImporter()

  @Test func `2025 export: value-shaped relationship lists`() throws {
    let sink = try Fixture.run(importer, on: "instagram/2025")
    #expect(sink.owners.contains { $0.handle == "alexrivera.data" })
    #expect(sink.owners.contains { $0.key?.nativeId == "Alex Rivera" })
    #expect(Set(sink.connections(of: "zoe.lindqvist").map(\.kind)) == [.follower, .following, .closeFriend])
    #expect(
      sink.connections(of: "zoe.lindqvist").first { $0.kind == .follower }?.since?.iso
        == "2024-07-05T04:14:44Z")
    #expect(sink.connections(of: "kaynes._").first?.kind == .follower)
    #expect(sink.connections(of: "spam.account.123").first?.kind == .blocked)
    #expect(sink.connections(of: "oldfriend_88").first?.kind == .unfollowed)
    #expect(sink.interactions.first { $0.kind == .invitation }?.counterpart?.nativeId == "private.person")
    #expect(sink.identity("zoe.lindqvist")?.profileURLs == ["https://www.instagram.com/zoe.lindqvist"])
    #expect(sink.identity("boss.account") == nil)
  }

  @Test func `2025 export: messages keyed by display name, mojibake repaired`() throws {
    let sink = try Fixture.run(importer, on: "instagram/2025")
    let messages = sink.interactions.filter { $0.kind == .message }
    #expect(messages.count == 3)
    #expect(messages.allSatisfy { $0.counterpart?.nativeId == "Zoë Lindqvist" })
    #expect(messages.allSatisfy { $0.counterpart?.kind == .displayName })
    #expect(sink.interactions(containing: "Reacted 😂").first?.direction == .received)
    #expect(sink.interactions(containing: "Pico do Arieiro").first?.direction == .sent)
  }

  @Test func `2026 export: usernames in title, deep-link hrefs`() throws {
    let sink = try Fixture.run(importer, on: "instagram/2026")
    let funke = try #require(sink.identity("funke.fu"))
    #expect(funke.handle == "funke.fu")
    #expect(funke.profileURLs == ["https://www.instagram.com/funke.fu"])
    #expect(sink.connections(of: "funke.fu").first?.since?.iso == "2026-03-22T18:56:49Z")
    #expect(sink.connections(of: "spam.account.123").first?.kind == .blocked)
    #expect(sink.interactions.first?.text == "Thanks for the follow! Àṣẹ 🙏")
  }

  @Test func `not recognized as Facebook`() throws {
    let source = try ArchiveOpenerHelper.open("instagram/2025")
    #expect(InstagramImporter.recognitionScore(of: source) > 0)
  }
}

struct InstagramLegacyTests {
  let importer = InstagramImporter()

  @Test func `2019 export: connections.json maps usernames to dates`() throws {
    let sink = try Fixture.run(importer, on: "instagram/2019")
    #expect(sink.owners.first?.key?.nativeId == "alexrivera.data")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(Set(sink.connections(of: "zoe.lindqvist").map(\.kind)) == [.follower, .following, .closeFriend])
    #expect(
      sink.connections(of: "zoe.lindqvist").first { $0.kind == .follower }?.since?.iso
        == "2018-10-16T18:42:29Z")
    // Usernames are lowercased; hashtags and dismissed suggestions are not people.
    #expect(sink.connections(of: "tomasz.wisniewski").first?.kind == .follower)
    #expect(sink.identity("hiking") == nil)
    #expect(sink.identity("someone.else") == nil)
    #expect(sink.interactions.first { $0.kind == .invitation }?.counterpart?.nativeId == "private.person")
  }

  @Test func `2019 export: messages.json names senders by username`() throws {
    let sink = try Fixture.run(importer, on: "instagram/2019")
    let messages = sink.interactions.filter { $0.kind == .message }
    #expect(messages.count == 4)
    let question = try #require(sink.interactions(containing: "Abisko").first)
    #expect(question.direction == .received)
    #expect(question.counterpart?.nativeId == "zoe.lindqvist")
    #expect(question.timestamp.timeIntervalSince1970 == 1_563_096_662.128)
    #expect(sink.interactions(containing: "[heart]").first?.direction == .sent)
    let group = try #require(sink.interactions(containing: "Group trip").first)
    #expect(group.isGroup)
    #expect(group.participants.count == 2)
    #expect(!sink.identityKeys.contains { $0.nativeId == "alexrivera.data" })
  }
}
