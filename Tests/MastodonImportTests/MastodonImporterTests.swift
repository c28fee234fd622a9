import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import MastodonImport

struct MastodonImporterTests {
  let importer = MastodonImporter()

  private func archive() throws -> RecordingSink {
    let tar = try TarBuilder.tarGz(
      folder: Fixture.url("mastodon/archive-20261101120000-9f3c2a"),
      name: "archive-20261101120000-9f3c2a.tar.gz")
    return try Fixture.run(importer, source: ArchiveOpener.open(tar))
  }

  @Test func `the account archive is read from its tar.gz; the owner is user@instance`() throws {
    let sink = try archive()
    let owner = try #require(sink.owners.first)
    #expect(owner.key?.nativeId == "alexrivera@mastodon.social")
    #expect(owner.displayName == "Alex Rivera")
    #expect(sink.summary.issues.isEmpty)
  }

  @Test func `mentions, replies and direct messages; the repeated orderedItems key is read`() throws {
    let sink = try archive()
    let mention = try #require(sink.interactions.first { $0.kind == .mention })
    #expect(mention.counterpart?.nativeId == "zoelq@fosstodon.org")
    #expect(mention.text == "@zoelq great talk on data contracts!")
    #expect(mention.timestamp.iso == "2024-02-10T09:00:00Z")
    let reply = try #require(sink.interactions.first { $0.kind == .reply })
    #expect(reply.counterpart?.nativeId == "kenji@hachyderm.io")
    #expect(reply.text == "@kenji agreed, and it scales & stays simple")
    let direct = try #require(sink.interactions.first { $0.kind == .message })
    #expect(direct.counterpart?.nativeId == "zoelq@fosstodon.org")
    #expect(direct.direction == .sent)
    #expect(sink.interactions.count == 3)
    // A hashtag post and a self-reply address no one; a boost is not a conversation.
    #expect(sink.summary.skipped["posts that address no one"] == 2)
    #expect(sink.summary.skipped["boosts and other activities"] == 1)
  }

  @Test func `following_accounts.csv gives following connections`() throws {
    let sink = try Fixture.run(importer, on: "mastodon/following_accounts.csv")
    #expect(
      Set(sink.connections.map(\.identity.nativeId)) == [
        "zoelq@fosstodon.org", "kenji@hachyderm.io", "newsbot@botsin.space",
      ])
    #expect(sink.connections.allSatisfy { $0.kind == .following && $0.since == nil })
  }

  @Test func `handles from mentions and URLs`() {
    #expect(MastodonHandle.from(mention: "@Zoe@Fosstodon.org", url: nil) == "zoe@fosstodon.org")
    #expect(MastodonHandle.fromURL("https://hachyderm.io/users/kenji/statuses/1099") == "kenji@hachyderm.io")
    #expect(MastodonHandle.fromURL("https://hachyderm.io/@kenji/1099") == "kenji@hachyderm.io")
    #expect(MastodonHandle.fromURL("https://mastodon.social/tags/data") == nil)
  }
}
