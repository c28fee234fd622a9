import Foundation
import Testing

@testable import MarkupReading

struct XMLStreamReaderTests {
  private func events(_ xml: String) throws -> [XMLStreamReader.Event] {
    var result: [XMLStreamReader.Event] = []
    try XMLStreamReader.read({ try $0(Data(xml.utf8)) }) { result.append($0) }
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

  @Test func `external entities are never loaded: the reference stands for nothing, the rest is read`() throws
  {
    let xml = """
      <?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>before &xxe; after</r>
      """
    var texts: [String] = []
    let refused = try XMLStreamReader.read({ try $0(Data(xml.utf8)) }) { event in
      if case .text(let text) = event { texts.append(text) }
    }
    #expect(texts.joined() == "before  after")
    #expect(refused == ["xxe"])
  }

  @Test func `internal entities are not expanded either, in text or attributes; parameter entities neither`()
    throws
  {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE rdf:RDF [
        <!ENTITY foaf "http://xmlns.com/foaf/0.1/">
        <!ENTITY % names SYSTEM "http://192.0.2.1/names.ent">
        %names;
        <!ENTITY greeting "Hello">
      ]>
      <r a="&foaf;Person" b="x &amp; y">&greeting;, world <b>&#233;t&#xE9;</b></r>
      """
    var result: [XMLStreamReader.Event] = []
    let refused = try XMLStreamReader.read({ try $0(Data(xml.utf8)) }) { result.append($0) }
    #expect(refused == ["foaf", "names", "greeting"])
    #expect(
      result == [
        .start(name: "r", namespace: nil, attributes: ["a": "Person", "b": "x & y"]), .text(", world "),
        .start(name: "b", namespace: nil, attributes: [:]), .text("été"), .end(name: "b", namespace: nil),
        .end(name: "r", namespace: nil),
      ])
  }

  @Test func `a reference to an entity the document does not declare is an error`() throws {
    for xml in [
      "<r>a &nowhere; b</r>",
      #"<!DOCTYPE r [<!ENTITY known "k">]><r>&known; &nowhere;</r>"#,
    ] {
      let error = #expect(throws: XMLStreamReader.ParseError.self) { try events(xml) }
      #expect(error?.reason == "Entity 'nowhere' not defined")
      #expect(error?.advice.contains("refers to an entity it does not declare") == true)
    }
  }

  @Test func `an external DTD is never fetched`() throws {
    let xml = #"<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://192.0.2.1/evil.dtd"><r>text</r>"#
    #expect(
      try events(xml) == [
        .start(name: "r", namespace: nil, attributes: [:]), .text("text"), .end(name: "r", namespace: nil),
      ])
  }

  @Test func `ampersands in attributes and text come back as written`() throws {
    let result = try events(
      #"<r a="x &amp; y &#38; z &lt;" b='&#233;'>1 &lt; 2 &amp;&amp; <![CDATA[a&b]]></r>"#)
    #expect(
      result == [
        .start(name: "r", namespace: nil, attributes: ["a": "x & y & z <", "b": "é"]), .text("1 < 2 && a&b"),
        .end(name: "r", namespace: nil),
      ])
  }

  @Test func `billion laughs is read without expanding anything`() throws {
    var entities = "<!ENTITY l0 \"ha\">"
    for level in 1...10 {
      entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
    }
    let xml = "<?xml version=\"1.0\"?><!DOCTYPE r [\(entities)]><r>[&l10;]</r>"
    var texts: [String] = []
    let refused = try XMLStreamReader.read({ try $0(Data(xml.utf8)) }) { event in
      if case .text(let text) = event { texts.append(text) }
    }
    #expect(texts.joined() == "[]")
    #expect(refused == (0...10).map { "l\($0)" })
  }

  @Test func `malformed XML is an error with a line`() {
    #expect(throws: XMLStreamReader.ParseError.self) { try events("<a>\n<b></a>") }
  }
}

struct XMLStreamingTests {
  @Test func `a 1 GB document on one line streams: events arrive as it is read, long text is cut`() throws {
    let reader = try XMLStreamReader(maxTextBytes: 1 << 20)
    var starts = 0
    var textBytes = 0
    var ended = false
    let handle: (XMLStreamReader.Event) -> Void = { event in
      switch event {
      case .start: starts += 1
      case .text(let text): textBytes += text.utf8.count
      case .end(let name, _): ended = ended || name == "graph"
      }
    }
    let head = "<graph>" + String(repeating: #"<node id="n"/>"#, count: 1000) + "<big>"
    try reader.feed(Data(head.utf8), handle)
    // The first thousand nodes are handed on before the rest of the line exists.
    #expect(starts >= 1000)
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    for _ in 0..<1024 { try reader.feed(chunk, handle) }
    try reader.feed(Data("</big></graph>".utf8), handle)
    try reader.finish(handle)
    #expect(starts == 1002)
    #expect(textBytes == 1 << 20)
    #expect(ended)
  }

  @Test func `a tag that never closes stops at libxml2's look-ahead limit instead of growing`() throws {
    let reader = try XMLStreamReader()
    try reader.feed(Data(#"<graph><node id=""#.utf8)) { _ in }
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    let error = #expect(throws: XMLStreamReader.ParseError.self) {
      for _ in 0..<64 { try reader.feed(chunk) { _ in } }
    }
    #expect(error?.line == 1)
    #expect(error?.reason == "internal error: Huge input lookup")
  }
}
