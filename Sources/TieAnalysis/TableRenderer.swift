import Foundation

/// Writes a plain list (the changes between exports, the keep-in-touch list) as text, JSON, CSV,
/// Markdown or a self-contained HTML table: one row per item, the same columns in every format,
/// and in JSON the items themselves.
public struct TableRenderer: Sendable {
  /// The formats of the lists.
  public enum Format: String, CaseIterable, Sendable {
    case text, json, csv, markdown, html
  }

  /// A column: its name in CSV and JSON-minded tools, and its heading for people.
  public struct Column: Sendable {
    public var key: String
    public var heading: String

    public init(_ key: String, _ heading: String) {
      self.key = key
      self.heading = heading
    }
  }

  public var format: Format
  public var title: String
  public var columns: [Column]
  /// What text and the other human formats say when there is no row.
  public var emptyText: String

  public init(format: Format, title: String, columns: [Column], emptyText: String) {
    self.format = format
    self.title = title
    self.columns = columns
    self.emptyText = emptyText
  }

  /// `items` as JSON, or `rows` (one cell per column) in the other formats; `line` writes a row as
  /// one line of text.
  public func render<Item: Encodable>(_ items: [Item], rows: [[String]], line: (Int) -> String) throws
    -> String
  {
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      return String(decoding: try encoder.encode(items), as: UTF8.self) + "\n"
    case .csv:
      let lines = [columns.map(\.key)] + rows
      return lines.map { $0.map(OutputEscaping.csvField).joined(separator: ",") }.joined(separator: "\r\n")
        + "\r\n"
    case .markdown:
      var lines = ["## \(title)", ""]
      guard !rows.isEmpty else { return (lines + [emptyText, ""]).joined(separator: "\n") }
      lines.append("| " + columns.map(\.heading).joined(separator: " | ") + " |")
      lines.append("|" + String(repeating: "---|", count: columns.count))
      for row in rows {
        lines.append(
          "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
      }
      return lines.joined(separator: "\n") + "\n"
    case .text:
      guard !rows.isEmpty else { return emptyText + "\n" }
      return ([title, String(repeating: "=", count: title.count)] + rows.indices.map(line)).joined(
        separator: "\n")
        + "\n"
    case .html:
      var html = HTMLDocument.head(
        title: title,
        style: """
          body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #2b2d42; margin: 2rem auto; max-width: 980px; padding: 0 1rem; }
          h1 { font-size: 1.5rem; border-bottom: 2px solid #d1495b; } table { border-collapse: collapse; width: 100%; }
          th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #dee2e6; vertical-align: top; }
          th { color: #6c757d; font-weight: 600; } .empty { color: #6c757d; }
          """)
      html += "<h1>\(OutputEscaping.xml(title))</h1>\n"
      if rows.isEmpty {
        html += "<p class=\"empty\">\(OutputEscaping.xml(emptyText))</p>\n"
      } else {
        html +=
          "<table>\n<tr>" + columns.map { "<th>\(OutputEscaping.xml($0.heading))</th>" }.joined() + "</tr>\n"
        for row in rows {
          html += "<tr>" + row.map { "<td>\(OutputEscaping.xml($0))</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n"
      }
      return html + "</body>\n</html>\n"
    }
  }
}
