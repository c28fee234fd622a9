import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveImport
@testable import GraphStore

struct HostileJSONTests {
  /// A copy of the 2023 Twitter fixture whose `tweets.js` is replaced by `tweets`.
  private func twitterArchive(tweets: String) throws -> URL {
    let destination = try ZipBuilder.temporaryDirectory().appendingPathComponent("twitter")
    try FileManager.default.copyItem(at: Fixture.url("twitter/2023"), to: destination)
    try Data(tweets.utf8).write(to: destination.appendingPathComponent("data/tweets.js"))
    return destination
  }

  @Test func `deeply nested arrays are an error naming the entry, not a crash`() throws {
    let depth = 200_000
    let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let store = try StoreFixture()
    let summary = try store.importing(twitterArchive(tweets: "window.YTD.tweets.part0 = [" + nested + "]"))
    let issue = try #require(summary.issues.first { $0.entry?.hasSuffix("tweets.js") == true })
    #expect(issue.description.contains("tweets.js"))
    // The other files of the archive are still read: direct messages and the account.
    #expect(summary.interactionCount > 0)
  }

  @Test func `invalid UTF-8, wrong types and out-of-range numbers are errors with a position`() throws {
    let store = try StoreFixture()
    let tweets = """
      window.YTD.tweets.part0 = [
        { "tweet" : { "id_str" : 12, "created_at" : ["not", "a", "date"], "full_text" : "\u{FFFD}" } },
        { "tweet" : { "id_str" : "1", "id" : 1e999999, "created_at" : "Tue Jan 31 09:01:52 +0000 2017" } }
      ]
      """
    var bytes = Data(tweets.utf8)
    bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
    let archive = try twitterArchive(tweets: "")
    try bytes.write(to: archive.appendingPathComponent("data/tweets.js"))
    let summary = try store.importing(archive)
    let issues = summary.issues.filter { $0.entry?.hasSuffix("tweets.js") == true }
    #expect(!issues.isEmpty)
    #expect(issues.allSatisfy { $0.description.contains("tweets.js") })
    #expect(summary.interactionCount > 0)
  }

  @Test func `duplicate keys are read without a crash, the first value winning (as JSONDecoder does)`() throws
  {
    let tweets = """
      window.YTD.tweets.part0 = [
        { "tweet" : { "id_str" : "900", "id_str" : "901", "created_at" : "Tue Jan 31 09:01:52 +0000 2017",
          "full_text" : "first", "full_text" : "second", "in_reply_to_user_id_str" : "2000481516",
          "in_reply_to_screen_name" : "bobmueller84", "entities" : { "user_mentions" : [] } } }
      ]
      """
    let store = try StoreFixture()
    let summary = try store.importing(twitterArchive(tweets: tweets))
    #expect(!summary.issues.contains { $0.entry?.hasSuffix("tweets.js") == true })
    let texts = try store.database.queue.read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT sourceKey || '|' || kind || '|' || coalesce(text, '') FROM interaction WHERE platform = 'twitter' AND kind != 'message'"
      )
    }
    #expect(texts == ["reply-900|reply|first"])
  }
}
