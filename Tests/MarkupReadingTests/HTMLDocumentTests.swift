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
