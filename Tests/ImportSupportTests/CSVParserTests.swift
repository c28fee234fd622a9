import Foundation
import Testing

@testable import ImportSupport

struct CSVParserTests {
  private func parse(_ text: String, chunkSize: Int = .max, delimiter: Character = ",") throws -> [[String]] {
    var parser = CSVParser(delimiter: UInt8(ascii: delimiter.unicodeScalars.first ?? ","))
    var rows: [[String]] = []
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunkSize)
      try parser.feed(bytes[start..<end]) { rows.append($0.fields) }
      start = end
    }
    try parser.finish { rows.append($0.fields) }
    return rows
  }

  @Test func `quoted commas, doubled quotes and embedded line breaks`() throws {
    let text = "a,b,c\n\"Stripe, Inc.\",\"James \"\"Tyler\"\"\",\"line one\nline two\"\nx,,z\n"
    let rows = try parse(text)
    #expect(
      rows == [["a", "b", "c"], ["Stripe, Inc.", "James \"Tyler\"", "line one\nline two"], ["x", "", "z"]])
  }

  @Test func `CRLF line ends and a last row without a line break`() throws {
    #expect(try parse("a,b\r\n1,2\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
  }

  @Test(arguments: [1, 2, 3, 7])
  func `chunk boundaries anywhere give the same rows`(chunkSize: Int) throws {
    let text = "x,\"q\"\"uo,te\"\r\n\"multi\r\nline\",é😀\r\n"
    #expect(try parse(text, chunkSize: chunkSize) == parse(text))
    #expect(try parse(text, chunkSize: chunkSize) == [["x", "q\"uo,te"], ["multi\r\nline", "é😀"]])
  }

  @Test func `line numbers count embedded line breaks`() throws {
    var parser = CSVParser()
    var lines: [Int] = []
    try parser.feed(Array("h\n\"a\nb\"\nc\n".utf8)) { lines.append($0.line) }
    try parser.finish { lines.append($0.line) }
    #expect(lines == [1, 2, 4])
  }

  @Test func `an unclosed quote is reported with the line it opened on`() throws {
    var parser = CSVParser()
    var rows: [[String]] = []
    try parser.feed(Array("a,b\n1,2\n3,\"never closed\n4,5\n".utf8)) { rows.append($0.fields) }
    #expect(throws: CSVParser.UnclosedQuote.self) { try parser.finish { rows.append($0.fields) } }
    #expect(rows == [["a", "b"], ["1", "2"]])
    do {
      try parser.finish { _ in }
    } catch let error as CSVParser.UnclosedQuote {
      #expect(error.line == 3)
    }
  }

  @Test func `bytes that are not UTF-8 are read as Windows-1252`() throws {
    var parser = CSVParser()
    var rows: [[String]] = []
    // Field by field: the first is Windows-1252, the second UTF-8.
    try parser.feed([0x4A, 0xF6, 0x72, 0x67, 0x2C] + Array("Jörg,".utf8) + [0x93, 0x68, 0x69, 0x94, 0x0A]) {
      rows.append($0.fields)
    }
    #expect(rows == [["Jörg", "Jörg", "\u{201C}hi\u{201D}"]])
  }

  @Test(arguments: [1, 3, 5, 1000])
  func `a field longer than the limit is cut there and its row marked, at any chunk size`(chunkSize: Int)
    throws
  {
    var parser = CSVParser(maxFieldBytes: 4)
    var rows: [CSVParser.Row] = []
    let bytes = Array("ab,\"cdefgh\",ijklmn\nxy,z\n".utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunkSize)
      try parser.feed(bytes[start..<end]) { rows.append($0) }
      start = end
    }
    try parser.finish { rows.append($0) }
    #expect(rows.map(\.fields) == [["ab", "cdef", "ijkl"], ["xy", "z"]])
    #expect(rows.map(\.isOversized) == [true, false])
  }

  @Test func `a row decodes only the field asked for, trimmed or as written`() throws {
    var parser = CSVParser()
    var rows: [CSVParser.Row] = []
    try parser.feed(Array(" a ,J\u{F6}rg,\"x\"\"y\"\n".utf8) + [0x4A, 0xF6, 0x72, 0x67, 0x0A]) {
      rows.append($0)
    }
    #expect(rows.count == 2)
    #expect(rows[0].count == 3)
    #expect(rows[0].field(at: 0) == " a ")
    #expect(rows[0].trimmedField(at: 0) == "a")
    #expect(rows[0].field(at: 1) == "Jörg")
    #expect(rows[0].field(at: 2) == "x\"y")
    // Not UTF-8: Windows-1252, field by field.
    #expect(rows[1].trimmedField(at: 0) == "Jörg")
  }

  @Test func `a row of white space is blank, Unicode white space included`() throws {
    var parser = CSVParser()
    var rows: [CSVParser.Row] = []
    try parser.feed(Array(" ,\t\n\u{A0}, \nx, \n".utf8)) { rows.append($0) }
    #expect(rows.map(\.isBlank) == [true, true, false])
  }
}
