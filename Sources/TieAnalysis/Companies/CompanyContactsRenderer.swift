import Foundation
import RekindleModel

/// Writes the lists of `rekindle at` as text, Markdown, CSV or JSON: one section per company,
/// those who work there now, then those who worked there before. (The HTML page is
/// ``HTMLReportPage`` over ``sections(_:)``.)
public struct CompanyContactsRenderer: Sendable {
  public var format: ReportRenderer.Format
  /// The terminal's width for the text (lines are cut to it); `nil` for no limit.
  public var width: Int?

  public init(format: ReportRenderer.Format, width: Int? = nil) {
    self.format = format
    self.width = width
  }

  /// The companies' lists in the format; JSON carries `asOf`.
  public func render(_ companies: [CompanyContacts], asOf: Date) throws -> String {
    let lists = ReportRenderer(format: format, width: width)
    switch format {
    case .json:
      return try lists.json(Document(asOf: asOf, companies: companies))
    case .csv:
      var lines = [(["target"] + ReportRenderer.csvHeader + Self.employmentHeader).joined(separator: ",")]
      for company in companies {
        for (row, entry) in zip(lists.csvRows(company.entries), company.entries) {
          lines.append(
            ([ReportRenderer.csvField(company.target), row]
              + Self.employmentFields(entry).map(ReportRenderer.csvField))
              .joined(separator: ","))
        }
      }
      return lines.joined(separator: "\r\n") + "\r\n"
    case .markdown:
      return companies.map { company in
        var text = "## \(Self.title(company))\n\n"
        if let note = company.note { return text + note + "\n" }
        text += lists.markdown(title: "Works there now", entries: company.current, heading: "###")
        text += "\n" + lists.markdown(title: "Worked there before", entries: company.former, heading: "###")
        return text
      }.joined(separator: "\n")
    case .text:
      return companies.map { company in
        let title = Self.title(company)
        var text = title + "\n" + String(repeating: "=", count: title.count) + "\n"
        if let note = company.note { return text + note + "\n" }
        text += "\n" + lists.text(title: "Works there now", entries: company.current, underline: "-")
        text += "\n" + lists.text(title: "Worked there before", entries: company.former, underline: "-")
        return text
      }.joined(separator: "\n")
    }
  }

  /// One section per company, for the HTML page.
  public static func sections(_ companies: [CompanyContacts]) -> [ReportPage.Section] {
    companies.map { .init(key: $0.target, title: title($0), entries: $0.entries, note: $0.note) }
  }

  /// "At Contoso: 2 now, 1 before (Contoso GmbH, Contoso Pharmaceuticals)".
  static func title(_ company: CompanyContacts) -> String {
    var title = "At \(company.target)"
    guard !company.entries.isEmpty else { return title }
    title += ": \(company.current.count) now, \(company.former.count) before"
    let names = company.matchedNames.map(\.name)
    if names != [company.target] { title += " (\(names.joined(separator: "; ")))" }
    return title
  }

  static let employmentHeader = ["employer", "employedNow", "employmentSource", "employmentSeen", "reachOn"]

  private static func employmentFields(_ entry: ReportEntry) -> [String] {
    [
      entry.employment?.company ?? "", entry.employment.map { $0.isCurrent ? "true" : "false" } ?? "",
      entry.employment?.source.rawValue ?? "", entry.employment?.seen.map(TieDescription.day) ?? "",
      entry.reachOn?.rawValue ?? "",
    ]
  }

  /// The JSON document: the date, and the companies in the order given.
  private struct Document: Encodable {
    var asOf: Date
    var companies: [CompanyContacts]
  }
}
