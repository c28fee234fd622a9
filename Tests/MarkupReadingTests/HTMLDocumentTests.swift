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

  @Test func `never loads external entities or the network`() throws {
    let html = """
      <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
      <html><body><p>&xxe;</p><img src="http://192.0.2.1/x.png"></body></html>
      """
    let document = try HTMLDocument(data: Data(html.utf8))
    let text = document.elements().first { $0.name == "p" }?.text ?? ""
    let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(hostname == nil || hostname?.isEmpty == true || !text.contains(hostname ?? ""))
  }
}
