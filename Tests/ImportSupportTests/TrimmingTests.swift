import Testing

@testable import ImportSupport

struct TrimmingTests {
  @Test func `strings and substrings lose white space and line breaks at both ends only`() {
    #expect("  Jane Doe \n".trimmed == "Jane Doe")
    #expect("Jane Doe".trimmed == "Jane Doe")
    #expect("\u{00A0}Zoë\u{2003}".trimmed == "Zoë")
    #expect(" \t\r\n ".trimmed == "")
    #expect("".trimmed == "")
    #expect("é ".trimmed == "é")
    let line = "id, Jane Doe ,x"
    let field = line.split(separator: ",")[1]
    #expect(field.trimmed == "Jane Doe")
    #expect(line.split(separator: ",")[0].trimmed == "id")
  }

  @Test func `code generic over StringProtocol trims the same`() {
    func generic(_ text: some StringProtocol) -> String { text.trimmed }
    #expect(generic("  Jane \n") == "Jane")
    #expect(generic(Substring(" Zoë ")) == "Zoë")
    #expect(generic("Jane") == "Jane")
  }
}
