import RekindleModel
import Testing

@testable import rekindle

/// The words of the import summary.
struct SummaryTextTests {
  @Test func `counts of interactions are said in words, plurals included`() {
    var summary = ImportSummary(archive: "twitter.zip", platform: .twitter)
    summary.interactions = [.message: 480_000, .reply: 120_000, .mention: 1]
    let text = SummaryText.render(summary)
    #expect(text.contains("(480,000 messages, 120,000 replies, 1 mention)"))
  }
}
