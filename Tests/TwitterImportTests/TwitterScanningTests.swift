import ArchiveAccess
import Foundation
import ImportSupport
import TestSupport
import Testing

@testable import TwitterImport

/// The direct messages read with the JSON scanner, against `JSONDecoder`.
struct TwitterScanningTests {
  private func elements<T>(
    _ path: String, _ read: (JSONEntryReader, ArchiveEntry, any ArchiveSource, (T) -> Void) throws -> Void
  ) throws -> [T] {
    let source = try ArchiveOpener.open(Fixture.url(path))
    let entry = try #require(source.entries.first)
    var result: [T] = []
    try read(JSONEntryReader(), entry, source) { result.append($0) }
    return result
  }

  @Test(arguments: ["twitter/2023/data/direct-messages.js", "twitter/2023/data/direct-messages-group.js"])
  func `every conversation of the fixtures reads as JSONDecoder reads it`(path: String) throws {
    let decoded: [TwitterConversationItem] = try elements(path) { reader, entry, source, add in
      try reader.forEachElement(
        TwitterConversationItem.self, in: entry, of: source, onBadElement: { Issue.record("\($0)") },
        onElement: add)
    }
    let scanned: [TwitterConversationItem] = try elements(path) { reader, entry, source, add in
      try reader.forEachElement(
        scanning: TwitterConversationItem.self, in: entry, of: source,
        onBadElement: { Issue.record("\($0)") },
        onElement: add)
    }
    #expect(!decoded.isEmpty)
    #expect(scanned == decoded)
  }

  @Test(arguments: [
    "twitter/2023/data/tweets.js", "twitter/2020/data/tweet.js", "twitter/2020/data/tweets-part1.js",
  ])
  func `every tweet of the fixtures reads as JSONDecoder reads it`(path: String) throws {
    let decoded: [TwitterTweetItem] = try elements(path) { reader, entry, source, add in
      try reader.forEachElement(
        TwitterTweetItem.self, in: entry, of: source, onBadElement: { Issue.record("\($0)") }, onElement: add)
    }
    let scanned: [TwitterTweetItem] = try elements(path) { reader, entry, source, add in
      try reader.forEachElement(
        scanning: TwitterTweetItem.self, in: entry, of: source, onBadElement: { Issue.record("\($0)") },
        onElement: add)
    }
    #expect(!decoded.isEmpty)
    #expect(scanned == decoded)
  }

  @Test func `ids written as numbers or strings read the same; a bad element is reported and skipped`() throws
  {
    let json = """
      window.YTD.direct_messages.part0 = [
        {"dmConversation": {"conversationId": "1-2", "messages": [{"messageCreate": {"id": 5, "senderId": "1",
          "recipientId": 2, "text": "hi", "createdAt": "2023-01-01T10:00:00.000Z", "reactions": []}}]}},
        {"dmConversation": {"conversationId": "1-3", "messages": [{"messageCreate": {"id": "6"}}]}},
        {"dmConversation": {"conversationId": "1-4", "messages": [{"joinConversation": {"initiatingUserId": 4,
          "participantsSnapshot": ["1", 4]}}, {"participantsLeave": null}]}}
      ]
      """
    let folder = try ZipBuilder.temporaryDirectory()
    let file = folder.appendingPathComponent("direct-messages.js")
    try Data(json.utf8).write(to: file)
    let source = try ArchiveOpener.open(file)
    let entry = try #require(source.entries.first)
    var items: [TwitterConversationItem] = []
    var failures: [String] = []
    try JSONEntryReader().forEachElement(
      scanning: TwitterConversationItem.self, in: entry, of: source,
      onBadElement: { failures.append($0.message) }
    ) { items.append($0) }
    #expect(items.map(\.dmConversation.conversationId) == ["1-2", "1-4"])
    let message = try #require(items.first?.dmConversation.messages.first?.messageCreate)
    #expect([message.id.text, message.senderId.text, message.recipientId?.text] == ["5", "1", "2"])
    #expect(
      items.last?.dmConversation.messages.first?.joinConversation?.participantsSnapshot?.map(\.text) == [
        "1", "4",
      ])
    #expect(failures == ["element 2: a message without its id, senderId or createdAt"])
  }
}
