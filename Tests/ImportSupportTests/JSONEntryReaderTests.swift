import Foundation
import Testing

@testable import ImportSupport

struct JSONEntryReaderTests {
  struct Thread: Decodable {
    var participants: [String]
  }

  private func failure(_ text: String) -> String? {
    do {
      _ = try JSONEntryReader().decode(Thread.self, from: Data(text.utf8))
      return nil
    } catch let failure as JSONEntryFailure {
      return failure.message
    } catch {
      return "\(error)"
    }
  }

  @Test func `a truncated document says it ends early`() {
    #expect(
      failure("{\n  \"participants\": [\"Zoë\",\n")
        == "invalid JSON: the file ends early after 29 bytes (truncated?)")
  }

  @Test func `a syntax error gives its line and column`() {
    #expect(
      failure("{\n  \"participants\": [\"Zoë\", tru]\n}")
        == "invalid JSON: Invalid value at line 2, column 30")
  }

  @Test func `a wrong type names the path`() {
    let message = failure(#"{"participants": ["a", 5]}"#)
    #expect(message?.hasPrefix("expected String at .participants[1]") == true)
  }

  @Test func `a missing key is named`() {
    #expect(failure(#"{"title": "x"}"#) == "missing key 'participants' at the top level")
  }

  @Test func `script prefixes are skipped`() throws {
    let data = JSONEntryReader.strippingScriptPrefix(Data("window.YTD.account.part0 = [1]".utf8))
    #expect(try JSONDecoder().decode([Int].self, from: data) == [1])
  }
}
