import Foundation
import Testing

@testable import ImportSupport

/// Splits `text` fed in chunks of `chunkSize` bytes, returning the elements as text.
private func split(_ text: String, path: [String] = [], chunkSize: Int = .max) throws -> [String] {
  var splitter = JSONArraySplitter(path: path)
  var elements: [String] = []
  let bytes = Array(text.utf8)
  var start = 0
  while start < bytes.count {
    let end = min(bytes.count, start + chunkSize)
    try splitter.feed(bytes[start..<end]) { elements.append(String(decoding: $0, as: UTF8.self)) }
    start = end
  }
  try splitter.finish()
  return elements
}

struct JSONArraySplitterTests {

  @Test(arguments: [1, 3, 1000])
  func `splits a Twitter-style script into elements`(chunkSize: Int) throws {
    let text = """
      window.YTD.tweets.part0 = [ {"a":"x]},{\\"y"}, {"b":[1,2,{"c":"}"}]} ,
      {"d":null} ]
      """
    #expect(
      try split(text, chunkSize: chunkSize) == [
        #"{"a":"x]},{\"y"}"#, #"{"b":[1,2,{"c":"}"}]}"#, #"{"d":null}"#,
      ])
  }

  @Test(arguments: 1...9)
  func `escapes, brackets in strings and scalars split the same at any chunk boundary`(chunkSize: Int) throws
  {
    let text = #"[{"a":"q\"]\\","b":["\\\"",{"c":"}{"}]}, "s\\", 12 ,true,{"d":"\u005d"}]"#
    #expect(
      try split(text, chunkSize: chunkSize) == [
        #"{"a":"q\"]\\","b":["\\\"",{"c":"}{"}]}"#, #""s\\""#, "12 ", "true", #"{"d":"\u005d"}"#,
      ])
  }

  @Test func `reports truncation after the complete elements`() throws {
    var splitter = JSONArraySplitter()
    var count = 0
    try splitter.feed(Array(#"[{"a":1},{"b":"#.utf8)) { _ in count += 1 }
    #expect(count == 1)
    #expect(throws: JSONArraySplitter.Truncated.self) { try splitter.finish() }
  }

  @Test func `an input without an array is an error`() {
    #expect(throws: JSONArraySplitter.NoArray.self) { try split(#"{"a": 1}"#) }
  }
}

struct JSONPathSplitterTests {

  @Test(arguments: [1, 5, 1000])
  func `finds the array at a key path, past other arrays and look-alike strings`(chunkSize: Int) throws {
    let text = """
      {"about": "a \\"list\\": [1]", "contacts": {"list": [{"x": 1}]},
       "chats": {"about": "[", "list": [{"id": 1, "m": ["a"]}, {"id": 2}]}}
      """
    #expect(
      try split(text, path: ["chats", "list"], chunkSize: chunkSize) == [
        #"{"id": 1, "m": ["a"]}"#, #"{"id": 2}"#,
      ])
  }

  @Test func `reads every array when the key is repeated`() throws {
    let text = #"{"type": "OrderedCollection", "orderedItems": [], "orderedItems": [{"a": 1}, {"b": 2}]}"#
    #expect(try split(text, path: ["orderedItems"]) == [#"{"a": 1}"#, #"{"b": 2}"#])
  }

  @Test func `a missing path is an error`() {
    #expect(throws: JSONArraySplitter.NoArray.self) {
      try split(#"{"chats": {"count": 1}}"#, path: ["chats", "list"])
    }
  }
}
