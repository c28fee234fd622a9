import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import FacebookImport

struct FacebookImporterTests {
  let importer = FacebookImporter()

  @Test func `2026 layout: owner, friends, removed friends, followers, requests`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2026")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.owners.first?.emails == ["alex.rivera@example.org"])
    #expect(sink.owners.first?.handle == "alex.rivera.5c6d")
    // Mojibake is repaired in names.
    let tomasz = try #require(sink.identity("Tomasz Wiśniewski"))
    #expect(tomasz.key.kind == .displayName)
    #expect(sink.connections(of: "Tomasz Wiśniewski").first?.since?.iso == "2020-06-01T12:00:00Z")
    #expect(sink.connections(of: "Zoë Lindqvist").first?.kind == .friend)
    #expect(sink.connections(of: "Kevin Marsh").map(\.kind) == [.removedFriend])
    #expect(sink.connections(of: "Lena Fischer").first?.kind == .follower)
    #expect(sink.connections(of: "Lena Fischer").first?.since == nil)
    #expect(sink.connections(of: "Northwind Traders").first?.kind == .following)
    #expect(sink.summary.skipped["friend entries without a name"] == 1)
    let requests = sink.interactions.filter { $0.kind == .invitation }
    #expect(requests.count == 2)
    #expect(requests.first { $0.counterpart?.nativeId == "Amara Diallo" }?.direction == .sent)
    #expect(requests.first { $0.counterpart?.nativeId == "Jonas Becker" }?.direction == .received)
  }

  @Test func `2026 layout: threads in all five sections, repaired text, groups`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2026")
    let messages = sink.interactions.filter { $0.kind == .message }
    let threads = Set(messages.compactMap(\.conversationId))
    #expect(
      threads == [
        "tomaszwisniewski_10158812345", "hikingcrew_7234987234", "kevinmarsh_5551234", "jonasbecker_4433221",
        "priyanatarajan_10223344", "1004027223469146", "1016789012345678",
      ])
    let wishes = try #require(sink.interactions(containing: "Nowego Roku").first)
    #expect(wishes.text == "Szczęśliwego Nowego Roku! 🎉")
    #expect(wishes.direction == .sent)
    #expect(wishes.counterpart?.nativeId == "Tomasz Wiśniewski")
    #expect(wishes.timestamp.iso == "2025-01-01T10:00:00Z")
    // message_2.json of the same thread is read too.
    #expect(messages.filter { $0.conversationId == "tomaszwisniewski_10158812345" }.count == 4)
    #expect(sink.interactions(containing: "[photo]").count == 1)
    let hike = try #require(sink.interactions(containing: "Sunday hike").first)
    #expect(hike.isGroup)
    #expect(hike.counterpart?.nativeId == "Zoë Lindqvist")
    #expect(hike.participants.count == 3)
    // A former member who left is still a participant of their message.
    #expect(sink.interactions(containing: "I left the group").first?.counterpart?.nativeId == "Former Member")
    let inGroup = try #require(sink.interactions(containing: "I'm in").first)
    #expect(inGroup.counterpart == nil)
    #expect(sink.summary.skipped["messages with deleted or unavailable Facebook accounts"] == 2)
    #expect(sink.interactions(containing: "[unsent message]").first?.direction == .sent)
    #expect(sink.interactions(containing: "[shared link] https://example.com/article").count == 1)
    #expect(!sink.identityKeys.contains { $0.nativeId == "Alex Rivera" })
    #expect(sink.summary.issues.isEmpty)
  }

  @Test func `2019 layout: friends key, profile key, call messages`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2019")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.connections.map(\.kind) == [.friend, .friend])
    #expect(sink.connections(of: "Kevin Marsh").first?.since?.iso == "2014-01-01T00:00:00Z")
    #expect(sink.interactions(containing: "Café tomorrow?").first?.direction == .sent)
    #expect(sink.interactions(containing: "[call]").count == 1)
  }

  @Test func `2022 layout: friends_and_followers folder`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2022")
    #expect(
      Set(sink.connections.map(\.identity.nativeId)) == ["Kevin Marsh", "Zoë Lindqvist", "Lena Fischer"])
    #expect(sink.interactions(containing: "Tack för igår").first?.direction == .received)
    #expect(sink.interactions.first { $0.kind == .invitation }?.counterpart?.nativeId == "Jonas Becker")
  }

  @Test func `a thread file given alone, without a profile`() throws {
    let sink = try Fixture.run(
      importer,
      on: "facebook/2026/your_facebook_activity/messages/inbox/tomaszwisniewski_10158812345/message_1.json")
    // With one thread the owner cannot be told apart: the issue is reported, messages still read.
    #expect(sink.interactions.count == 3)
    #expect(sink.interactions.allSatisfy { $0.conversationId == "tomaszwisniewski_10158812345" })
    #expect(!sink.summary.issues.isEmpty)
  }
}

struct FacebookHTMLTests {
  let importer = FacebookImporter()

  @Test func `the HTML export gives the same friends and message counts as the JSON export`() throws {
    let html = try Fixture.run(importer, on: "facebook/2026-html")
    let json = try Fixture.run(importer, on: "facebook/2026")
    #expect(html.owners.first?.displayName == "Alex Rivera")
    #expect(html.summary.issues.isEmpty)
    let friends = { (sink: RecordingSink) in
      Set(sink.connections.filter { $0.kind == .friend }.map(\.identity.nativeId))
    }
    #expect(friends(html) == friends(json))
    for thread in ["tomaszwisniewski_10158812345", "hikingcrew_7234987234"] {
      let count = { (sink: RecordingSink) in sink.interactions.filter { $0.conversationId == thread }.count }
      #expect(count(html) == count(json), "\(thread)")
      let sent = { (sink: RecordingSink) in
        sink.interactions.filter { $0.conversationId == thread && $0.direction == .sent }.count
      }
      #expect(sent(html) == sent(json), "\(thread)")
    }
  }

  @Test func `HTML pages are read by structure: senders, text, dates, groups, photos`() throws {
    let sink = try Fixture.run(importer, on: "facebook/2026-html")
    let wishes = try #require(sink.interactions(containing: "Nowego Roku").first)
    #expect(wishes.text == "Szczęśliwego Nowego Roku! 🎉")
    #expect(wishes.direction == .sent)
    #expect(wishes.counterpart?.nativeId == "Tomasz Wiśniewski")
    #expect(wishes.timestamp.iso == "2025-01-01T10:00:00Z")
    #expect(sink.interactions(containing: "I'm in").first?.isGroup == true)
    #expect(sink.interactions(containing: "[photo]").count == 1)
    #expect(sink.connections(of: "Zoë Lindqvist").first?.since?.iso == "2026-03-07T23:41:23Z")
  }
}
