import Foundation

/// The reports as one self-contained HTML page: the ranked lists, and charts drawn as inline SVG
/// (messages per month over the years, a timeline per listed person, how long ties have been
/// silent). No script, stylesheet, font or image is fetched: the file opens offline.
public enum HTMLReportPage {
  /// How many persons of each list get a timeline.
  public static let timelineRows = 12

  /// The page of `page`, titled `title` ("Rekindle report" by default) and the date.
  public static func render(_ page: ReportPage, title: String = "Rekindle report") -> String {
    let day = TieDescription.day(page.asOf)
    var html = HTMLDocument.head(
      title: "\(title), \(day)",
      style: """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #2b2d42; margin: 2rem auto; max-width: 820px; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #d1495b; }
        .meta, .empty, .small { color: #6c757d; } ol { padding-left: 1.4rem; } li { margin: 0.8rem 0; }
        .name { font-weight: 600; } .score { float: right; color: #d1495b; font-variant-numeric: tabular-nums; }
        .why { margin-top: 0.15rem; } .last { color: #495057; font-size: 0.92em; }
        svg { display: block; margin: 0.6rem 0 1.2rem; }
        """)
    html += """
      <h1>Rekindle</h1>
      <p class="meta">Computed as of \(day). Scores and definitions: docs/analysis.md.</p>

      """
    html += "<h2>Messages over the years</h2>\n"
    let month = String(day.prefix(7))
    html += SVGChart.monthlyBars(page.monthlyTotals, through: month) + "\n"
    for section in page.sections {
      html += "<h2>\(SVGChart.escape(section.title))</h2>\n"
      html += list(section.entries, note: section.note)
      let rows = section.entries.prefix(timelineRows).map {
        (name: $0.displayName, months: page.personMonths[$0.personId] ?? [:])
      }
      if !rows.isEmpty {
        html += "<p class=\"small\">Messages per month of the first \(rows.count):</p>\n"
        html += SVGChart.timelines(Array(rows), through: month) + "\n"
      }
    }
    html += "<h2>How long ties have been silent</h2>\n"
    html += "<p class=\"small\">Every tie with messages both ways, by the time since the last contact.</p>\n"
    html += SVGChart.histogram(SVGChart.silenceBuckets(page.silenceDays)) + "\n"
    return html + "</body>\n</html>\n"
  }

  private static func list(_ entries: [ReportEntry], note: String?) -> String {
    guard !entries.isEmpty else { return "<p class=\"empty\">\(SVGChart.escape(note ?? "Nobody."))</p>\n" }
    var html = "<ol>\n"
    for entry in entries {
      let escape = SVGChart.escape
      html += "<li><span class=\"score\">\(ReportRenderer.decimal(entry.score))</span>"
      let name = escape(ReportRenderer.person(entry))
      html += "<span class=\"name\">"
      html += entry.profileURL.map { "<a href=\"\(escape($0))\">\(name)</a>" } ?? name
      html += "</span>"
      html +=
        " <span class=\"small\">\(escape(entry.platforms.map(\.inSentence).joined(separator: ", ")))</span>"
      html += "<div class=\"why\">\(escape(ReportRenderer.why(entry)))</div>"
      html += "<div class=\"last\">Last: \(escape(ReportRenderer.lastContact(entry)))</div></li>\n"
    }
    return html + "</ol>\n"
  }
}
