import Foundation
import GraphStore
import RekindleModel
import Testing

@testable import TieAnalysis

struct HTMLReportPageTests {
  private func entry(_ name: String, score: Double) -> ReportEntry {
    var tie = TieActivity(personId: "p-\(name.count)", displayName: name, platforms: [.linkedin])
    tie.messagesSent = 3
    tie.messagesReceived = 4
    let last = Date(timeIntervalSince1970: 1_700_000_000)
    tie.lastInteraction = last
    tie.spans = [
      .init(platform: .linkedin, count: 7, first: last, last: last)
    ]
    return ReportEntry(
      tie, strength: TieStrength(tie), score: score, asOf: Date(timeIntervalSince1970: 1_760_000_000),
      reason: "7 messages both ways on LinkedIn, 2023", whereToMeet: nil)
  }

  private func page() -> ReportPage {
    ReportPage(
      asOf: Date(timeIntervalSince1970: 1_760_000_000),
      sections: [
        .init(key: "dormant", title: "Dormant ties", entries: [entry("Ana <b>& Co</b>", score: 0.5)])
      ],
      monthlyTotals: ["2023-11": 7, "2024-02": 2], personMonths: ["p-15": ["2023-11": 7]],
      silenceDays: [10, 400, 4000])
  }

  @Test func `one self-contained page with three charts, names escaped`() {
    let html = HTMLReportPage.render(page())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
    #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\"http"))
    #expect(html.contains("Ana &lt;b&gt;&amp; Co&lt;/b&gt;"))
    #expect(!html.contains("<b>&"))
    // Months without messages up to the report's month are on the axis: 2023-11 ... 2025-10.
    #expect(html.contains("<title>2023-11: 7</title>"))
    #expect(html.contains(">2025</text>"))
  }

  @Test func `silence lengths fall in their buckets`() {
    let buckets = SVGChart.silenceBuckets([0, 29, 30, 400, 800, 4000])
    #expect(buckets.map(\.count) == [2, 1, 0, 0, 1, 1, 0, 1])
  }

  @Test func `several reports: JSON keyed by report, CSV with a report column`() throws {
    let sections: [ReportPage.Section] = [
      .init(key: "dormant", title: "D", entries: [entry("Ana", score: 0.5)]),
      .init(key: "meet", title: "M", entries: []),
    ]
    let json = try ReportRenderer(format: .json).render(sections: sections)
    let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["dormant", "meet"])
    let csv = try ReportRenderer(format: .csv).render(sections: sections)
    #expect(csv.hasPrefix("report,rank,personId,"))
    #expect(csv.contains("\r\ndormant,0,p-3,Ana,"))
  }
}
