import Foundation
import Testing

@testable import TieAnalysis

struct TableRendererTests {
  private struct Item: Encodable {
    var name: String
    var note: String
  }

  private let items = [Item(name: "Ana <b>& Co</b>", note: "a | b, \"c\"")]

  private func render(_ format: TableRenderer.Format, _ items: [Item]) throws -> String {
    let table = TableRenderer(
      format: format, title: "People", columns: [.init("name", "Name"), .init("note", "Note")],
      emptyText: "Nobody.")
    return try table.render(items, rows: items.map { [$0.name, $0.note] }) {
      "\(items[$0].name): \(items[$0].note)"
    }
  }

  @Test func `every format writes the same rows, escaped for its syntax`() throws {
    #expect(try render(.text, items) == "People\n======\nAna <b>& Co</b>: a | b, \"c\"\n")
    #expect(try render(.csv, items) == "name,note\r\nAna <b>& Co</b>,\"a | b, \"\"c\"\"\"\r\n")
    #expect(try render(.markdown, items).contains("| Ana <b>& Co</b> | a \\| b, \"c\" |"))
    let html = try render(.html, items)
    #expect(html.contains("<td>Ana &lt;b&gt;&amp; Co&lt;/b&gt;</td>"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<script") && !html.contains("http"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(try render(.json, items).utf8)) as? [[String: String]])
    #expect(json == [["name": "Ana <b>& Co</b>", "note": "a | b, \"c\""]])
  }

  @Test func `an empty list says so in the human formats and is empty in the others`() throws {
    #expect(try render(.text, []) == "Nobody.\n")
    #expect(try render(.markdown, []).contains("Nobody."))
    #expect(try render(.html, []).contains("<p class=\"empty\">Nobody.</p>"))
    #expect(try render(.csv, []) == "name,note\r\n")
    #expect(try render(.json, []) == "[\n\n]\n")
  }
}
