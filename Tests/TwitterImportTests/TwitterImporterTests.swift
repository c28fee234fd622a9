import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import TwitterImport

struct TwitterImporterTests {
  let importer = TwitterImporter()

  @Test func `owner and follows`() throws {
    let sink = try Fixture.run(importer, on: "twitter/2023")
    let owner = try #require(sink.owners.first)
    #expect(owner.key?.nativeId == "1180000000000000001")
    #expect(owner.handle == "alexrivera_data")
    #expect(owner.emails == ["alex.rivera@example.org"])
    #expect(sink.connections.filter { $0.kind == .follower }.count == 3)
    #expect(Set(sink.connections(of: "2000481516").map(\.kind)) == [.follower, .following])
    #expect(sink.connections.allSatisfy { $0.since == nil })
  }

  @Test func `direct messages, one to one`() throws {
    let sink = try Fixture.run(importer, on: "twitter/2023")
    let sent = try #require(sink.interactions.first { $0.sourceKey == "dm-1438027766712795140" })
    #expect(sent.direction == .sent)
    #expect(sent.text == "Sounds good & see you at 10 <3")
    #expect(sent.counterpart?.nativeId == "2000481516")
    #expect(sent.timestamp.timeIntervalSince1970 == 1_631_685_628.597)
    #expect(!sent.isGroup)
    let received = try #require(sink.interactions(containing: "Coffee before the talk").first)
    #expect(received.direction == .received)
    #expect(received.conversationId == "2000481516-1180000000000000001")
  }

  @Test func `group messages name members from join events`() throws {
    let sink = try Fixture.run(importer, on: "twitter/2023")
    let group = sink.interactions.filter { $0.conversationId == "1555555555555555555" }
    #expect(group.count == 2)
    #expect(group.allSatisfy { $0.isGroup })
    let welcome = try #require(group.first { $0.direction == .sent })
    #expect(welcome.counterpart == nil)
    #expect(Set(welcome.participants.map(\.nativeId)) == ["2000481516", "987654321", "40120521"])
    #expect(group.first { $0.direction == .received }?.counterpart?.nativeId == "2000481516")
  }

  @Test func `replies and mentions attach handles to account ids`() throws {
    let sink = try Fixture.run(importer, on: "twitter/2023")
    let bob = try #require(sink.identity("2000481516"))
    #expect(bob.handle == "bobmueller84")
    #expect(bob.displayName == "Bob M")
    #expect(sink.identity("40120521")?.handle == "danawhit")
    let reply = try #require(sink.interactions.first { $0.kind == .reply })
    #expect(reply.counterpart?.nativeId == "2000481516")
    #expect(reply.timestamp.iso == "2022-11-08T11:30:00Z")
    #expect(reply.text == "@bobmueller84 Agreed & cc @danawhit: let's write it up")
    let mention = try #require(sink.interactions.first { $0.kind == .mention })
    #expect(mention.counterpart?.nativeId == "40120521")
    // Self-replies (threads) are not interactions; retweets are skipped.
    #expect(sink.interactions.filter { $0.kind == .reply }.count == 1)
    #expect(sink.summary.skipped["retweets (they quote someone, they do not address them)"] == 1)
  }

  @Test func `2020 archive: tweet.js and tweets-part1.js, accountId-only follows`() throws {
    let sink = try Fixture.run(importer, on: "twitter/2020")
    #expect(sink.interactions.count == 2)
    #expect(sink.interactions.first { $0.kind == .mention }?.counterpart?.nativeId == "40120521")
    #expect(sink.interactions.first { $0.kind == .reply }?.timestamp.iso == "2020-03-15T11:00:00Z")
    #expect(sink.identity("40120521")?.displayName == "Dana Whitfield")
  }
}
