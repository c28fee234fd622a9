import Foundation
import TestSupport
import Testing

@testable import ImportSupport

/// The byte-level reader of Meta's thread files, against `JSONDecoder`.
struct JSONScannerTests {
  private func scan<T: JSONScannable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONEntryReader().scan(type, from: Data(json.utf8))
  }

  /// Every thread file of the fixtures reads the same with the scanner as with `JSONDecoder`.
  @Test func `every fixture thread reads as JSONDecoder reads it`() throws {
    let files = Fixture.messengerThreadFiles()
    #expect(files.count >= 10)
    for file in files {
      let data = try Data(contentsOf: file)
      let decoded = try JSONDecoder().decode(MessengerThread.self, from: data)
      let scanned = try JSONEntryReader().scan(MessengerThread.self, from: data)
      #expect(scanned == decoded, "\(file.path)")
    }
  }

  @Test func `escapes decode as JSON says: Meta's mojibake, surrogate pairs, a lone surrogate`() throws {
    let json = #"""
      {"participants": [{"name": "Zo\u00c3\u00ab"}, {"name": "tab\there \"q\" \\ \/ \ud83d\ude00 \ud800!"}],
       "messages": [], "title": null}
      """#
    let thread = try scan(MessengerThread.self, json)
    #expect(thread.participants?.map(\.name) == ["ZoÃ«", "tab\there \"q\" \\ / 😀 \u{FFFD}!"])
    #expect(thread.title == nil)
    #expect(MetaText.repair(thread.participants?.first?.name) == "Zoë")
  }

  @Test func `unknown keys are skipped whatever they hold; null lists stay nil`() throws {
    let json = """
      {"messages": [{"sender_name": "A", "timestamp_ms": 1700000000123, "reactions": [{"reaction": "x",
        "actor": "B", "deep": {"a": [1, -2.5e3, true, false, null, "s"]}}], "photos": null, "share": null,
        "is_geoblocked_for_viewer": false, "call_duration": 42, "is_unsent": true,
        "sticker": {"uri": "s.png", "ai_stickers": []}}],
       "is_still_participant": true, "magic_words": [], "image": {"uri": "i.jpg"}}
      """
    let thread = try scan(MessengerThread.self, json)
    let message = try #require(thread.messages.first)
    #expect(message.timestamp_ms == 1_700_000_000_123)
    #expect(message.photos == nil)
    #expect(message.share == nil)
    #expect(message.call_duration == 42)
    #expect(message.is_unsent == true)
    #expect(message.sticker?.uri == "s.png")
    #expect(thread.participants == nil)
    #expect(try JSONDecoder().decode(MessengerThread.self, from: Data(json.utf8)) == thread)
  }

  @Test func `what is not JSON, or not the type expected, is an error with its line and column`() {
    let cases: [(String, String)] = [
      (
        "{\"messages\": [\n  {\"timestamp_ms\": 1.5}]}",
        "expected an integer (not a fraction) at line 2, column 20"
      ),
      ("{\"messages\": [{\"timestamp_ms\": 99999999999999999999}]}", "expected an integer within 64 bits"),
      ("{\"messages\": [{\"content\": 5, \"timestamp_ms\": 1}]}", "expected a string at line 1, column 27"),
      ("{\"messages\": [] \"title\": 1}", "expected ',' or '}' in an object at line 1, column 17"),
      ("{\"messages\": []} trailing", "expected the end of the document at line 1, column 18"),
      ("{\"title\": \"a\"}", "missing key 'messages'"),
      ("{\"messages\": [{\"content\": \"x\"}]}", "missing key 'timestamp_ms'"),
      ("{\"messages\": [{\"timestamp_ms\": 1, \"content\": \"cut sh", "the file ends early"),
      ("{\"messages\": [", "the file ends early"),
      ("{\"messages\": [{\"timestamp_ms\": 1, \"content\": \"bad \\q\"}]}", "expected a valid escape"),
    ]
    for (json, message) in cases {
      let failure = #expect(throws: JSONEntryFailure.self) { try scan(MessengerThread.self, json) }
      #expect(failure?.message.contains(message) == true, "\(json): \(failure?.message ?? "")")
    }
  }

  @Test func `nesting deeper than the limit is refused, not a stack overflow`() {
    let json = "{\"messages\": [], \"x\": " + String(repeating: "[", count: 100_000) + "}"
    let failure = #expect(throws: JSONEntryFailure.self) { try scan(MessengerThread.self, json) }
    #expect(failure?.message.contains("nested values") == true)
  }

  @Test func `a repeated key keeps its first value, as JSONDecoder does`() throws {
    let json = #"{"title": "first", "messages": [], "title": "second", "messages": [{"timestamp_ms": 1}]}"#
    let thread = try scan(MessengerThread.self, json)
    #expect(thread.title == "first")
    #expect(thread.messages.isEmpty)
    #expect(try JSONDecoder().decode(MessengerThread.self, from: Data(json.utf8)) == thread)
  }

  @Test func `keys with escapes are compared by their text`() throws {
    let thread = try scan(MessengerThread.self, #"{"m\u0065ssages": [], "titl\u0065": "T"}"#)
    #expect(thread.title == "T")
  }
}
