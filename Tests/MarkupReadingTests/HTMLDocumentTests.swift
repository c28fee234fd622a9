import Foundation
import Testing

@testable import MarkupReading

struct HTMLDocumentTests {
  @Test func `parses broken markup, collapses white space, keeps line breaks`() throws {
    let html =
      #"<html><body><div class="a"><div>Zo&euml; <b>Lindqvist</b></div><div>line one<br>line   two</div></body>"#
    let document = try HTMLDocument(data: Data(html.utf8))
    let blocks = document.elements().filter { $0.attribute("class") == "a" }
    #expect(blocks.count == 1)
    let children = try #require(blocks.first?.children)
    #expect(children.map(\.text) == ["Zoë Lindqvist", "line one\nline two"])
    #expect(children.first?.name == "div")
  }
}

struct XMLStreamReaderTests {
  private func events(_ xml: String) throws -> [XMLStreamReader.Event] {
    let reader = try XMLStreamReader(data: Data(xml.utf8))
    var result: [XMLStreamReader.Event] = []
    while let event = try reader.next() { result.append(event) }
    return result
  }

  @Test func `streams elements with namespaces, attributes, text and empty elements`() throws {
    let result = try events(#"<a:x xmlns:a="urn:a"><a:y k="v">hi &amp; bye</a:y><a:z/></a:x>"#)
    #expect(
      result == [
        .start(name: "x", namespace: "urn:a", attributes: [:]),
        .start(name: "y", namespace: "urn:a", attributes: ["k": "v"]), .text("hi & bye"),
        .end(name: "y", namespace: "urn:a"), .start(name: "z", namespace: "urn:a", attributes: [:]),
        .end(name: "z", namespace: "urn:a"), .end(name: "x", namespace: "urn:a"),
      ])
  }

  @Test func `external entities are never loaded`() throws {
    let xml = """
      <?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>
      """
    let texts = try events(xml).compactMap { event -> String? in
      if case .text(let text) = event { return text }
      return nil
    }
    #expect(!texts.joined().contains("root:"))
  }

  @Test func `billion laughs is refused, not expanded`() {
    var entities = "<!ENTITY l0 \"ha\">"
    for level in 1...10 {
      entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
    }
    let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [\(entities)]><r>&l10;</r>"
    let result = try? events(xml)
    let text = (result ?? []).compactMap { event -> String? in
      if case .text(let text) = event { return text }
      return nil
    }.joined()
    #expect(text.count < 1_000_000)
  }

  @Test func `malformed XML is an error with a line`() {
    #expect(throws: XMLStreamReader.ParseError.self) { try events("<a>\n<b></a>") }
  }
}
