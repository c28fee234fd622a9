import Foundation
import TestSupport
import Testing

@testable import ArchiveImport

/// Single lines of 100 MB, built by the tests: the record holding them is skipped and reported
/// by archive, entry and position; everything around it imports as if it were not there.
struct OversizedLineTests {
  private static let hugeBytes = 100_000_000

  /// A copy of a fixture folder whose `file` is replaced by `content`.
  private func copy(of fixture: String, replacing file: String, with content: Data) throws -> URL {
    let destination = try ZipBuilder.temporaryDirectory().appendingPathComponent("archive")
    try FileManager.default.copyItem(at: Fixture.url(fixture), to: destination)
    try content.write(to: destination.appendingPathComponent(file))
    return destination
  }

  @Test func `a JSON file on one line with a 100 MB element: the element is skipped, the others import`()
    throws
  {
    let original = try Data(contentsOf: Fixture.url("twitter/2023/data/tweets.js"))
    let text = String(decoding: original, as: UTF8.self)
    let arrayStart = try #require(text.firstIndex(of: "["))
    let tweets = try #require(
      try JSONSerialization.jsonObject(with: Data(text[arrayStart...].utf8)) as? [Any])
    #expect(tweets.count >= 2)
    var elements = try tweets.map {
      String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self)
    }
    let huge =
      #"{"tweet":{"id_str":"1","full_text":""# + String(repeating: "x", count: Self.hugeBytes) + #""}}"#
    elements.insert(huge, at: 1)
    let oneLine = "window.YTD.tweets.part0 = [" + elements.joined(separator: ",") + "]"
    #expect(!oneLine.contains("\n"))

    let baseline = try StoreFixture()
    try baseline.importing(fixture: "twitter/2023")
    let store = try StoreFixture()
    let summary = try store.importing(
      copy(of: "twitter/2023", replacing: "data/tweets.js", with: Data(oneLine.utf8)))

    let issue = try #require(summary.issues.first { $0.entry?.hasSuffix("tweets.js") == true })
    #expect(issue.message == "element 2 is larger than 32 MiB and was skipped")
    #expect(issue.description.contains("data/tweets.js"))
    #expect(try store.counts() == baseline.counts())
  }

  @Test
  func `a CSV row with a 100 MB field: the row is skipped and reported with its line, the others import`()
    throws
  {
    let original = try String(contentsOf: Fixture.url("linkedin/2024/Connections.csv"), encoding: .utf8)
    var lines = original.components(separatedBy: "\n")
    let headerIndex = try #require(lines.firstIndex { $0.hasPrefix("First Name,") })
    let huge =
      "Zed,Oversize,https://www.linkedin.com/in/zed-oversize,,Acme,\""
      + String(repeating: "x", count: Self.hugeBytes) + "\",01 Jan 2025"
    lines.insert(huge, at: headerIndex + 2)

    let baseline = try StoreFixture()
    try baseline.importing(fixture: "linkedin/2024")
    let store = try StoreFixture()
    let summary = try store.importing(
      copy(of: "linkedin/2024", replacing: "Connections.csv", with: Data(lines.joined(separator: "\n").utf8)))

    let issue = try #require(summary.issues.first { $0.entry == "Connections.csv" })
    #expect(issue.line == headerIndex + 3)
    #expect(
      issue.message.hasPrefix("1 row with a field longer than 32 MiB skipped; the other rows were read"))
    #expect(try store.counts() == baseline.counts())
  }
}
