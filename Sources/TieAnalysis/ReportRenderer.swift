import Foundation
import RekindleModel

/// Writes a ranked report as a terminal table, JSON, CSV or Markdown.
public struct ReportRenderer: Sendable {
  /// The output formats of the lists. The HTML page, which also draws charts, is written by
  /// ``HTMLReportPage``.
  public enum Format: String, CaseIterable, Sendable {
    case text, json, csv, markdown
  }

  public var format: Format
  /// The terminal's width for the text table (lines are cut to it); `nil` for no limit.
  public var width: Int?

  public init(format: Format, width: Int? = nil) {
    self.format = format
    self.width = width
  }

  /// The report titled `title`, with `entries`, in the format.
  public func render(title: String, entries: [ReportEntry]) throws -> String {
    switch format {
    case .json: try json(entries)
    case .csv: csv(entries)
    case .markdown: markdown(title: title, entries: entries)
    case .text: text(title: title, entries: entries)
    }
  }

  /// Several reports in one output: JSON as an object keyed by the reports' keys, CSV with a
  /// leading `report` column, text and Markdown one after the other. One report is rendered as
  /// ``render(title:entries:)`` does.
  public func render(sections: [ReportPage.Section]) throws -> String {
    if sections.count == 1, let section = sections.first {
      return try render(title: section.title, entries: section.entries)
    }
    switch format {
    case .json:
      return try json(Dictionary(uniqueKeysWithValues: sections.map { ($0.key, $0.entries) }))
    case .csv:
      var lines = ["report," + Self.csvHeader.joined(separator: ",")]
      for section in sections {
        lines += csvRows(section.entries).map { Self.csvField(section.key) + "," + $0 }
      }
      return lines.joined(separator: "\r\n") + "\r\n"
    case .markdown, .text:
      return try sections.map { try render(title: $0.title, entries: $0.entries) }.joined(separator: "\n")
    }
  }

  func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  static let csvHeader = [
    "rank", "personId", "name", "platforms", "company", "title", "score", "strength", "messagesSent",
    "messagesReceived", "calls", "meetingsInPerson", "firstInteraction", "lastInteraction", "silentDays",
    "state", "typicalGapDays", "novelty", "newPosition", "lastPlatform", "lastDirection", "lastExcerpt",
    "whereToMeet", "reason", "profileURL",
  ]

  private func csv(_ entries: [ReportEntry]) -> String {
    ([Self.csvHeader.joined(separator: ",")] + csvRows(entries)).joined(separator: "\r\n") + "\r\n"
  }

  func csvRows(_ entries: [ReportEntry]) -> [String] {
    var lines: [String] = []
    for entry in entries {
      let fields: [String] = [
        String(entry.rank), entry.personId, entry.displayName,
        entry.platforms.map(\.rawValue).joined(separator: ";"),
        entry.company ?? "", entry.title ?? "", Self.decimal(entry.score), Self.decimal(entry.strength.total),
        String(entry.messagesSent), String(entry.messagesReceived), String(entry.calls),
        String(entry.meetingsInPerson), entry.firstInteraction.map(TieDescription.day) ?? "",
        entry.lastInteraction.map(TieDescription.day) ?? "", entry.silentDays.map(String.init) ?? "",
        entry.state?.rawValue ?? "", entry.typicalGapDays.map(Self.decimal) ?? "",
        entry.value.map { Self.decimal($0.novelty) } ?? "",
        entry.value.map { $0.newPosition ? "true" : "false" } ?? "",
        entry.last?.platform.rawValue ?? "",
        entry.last?.direction.rawValue ?? "", entry.last?.excerpt ?? "",
        entry.whereToMeet ?? "",
        entry.reason, entry.profileURL ?? "",
      ]
      lines.append(fields.map(Self.csvField).joined(separator: ","))
    }
    return lines
  }

  func markdown(title: String, entries: [ReportEntry], heading: String = "##", note: String? = nil) -> String
  {
    var lines = ["\(heading) \(title)", ""]
    guard !entries.isEmpty else { return (lines + [note ?? "Nobody.", ""]).joined(separator: "\n") }
    lines.append("| # | Person | Platforms | Score | Last contact | Why |")
    lines.append("|---|---|---|---|---|---|")
    for entry in entries {
      let cells = [
        String(entry.rank), entry.profileURL.map { "[\(Self.person(entry))](\($0))" } ?? Self.person(entry),
        entry.platforms.map(\.inSentence).joined(separator: ", "),
        Self.decimal(entry.score), Self.lastContact(entry), Self.why(entry),
      ]
      lines.append(
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func text(title: String, entries: [ReportEntry], underline: Character = "=", note: String? = nil) -> String
  {
    var lines = [title, String(repeating: underline, count: title.count)]
    guard !entries.isEmpty else { return (lines + [note ?? "Nobody.", ""]).joined(separator: "\n") }
    for entry in entries {
      lines.append("")
      lines.append(cut("\(entry.rank). \(Self.person(entry))  score \(Self.decimal(entry.score))"))
      lines.append(cut("   " + entry.platforms.map(\.inSentence).joined(separator: ", ")))
      if let profileURL = entry.profileURL { lines.append(cut("   " + profileURL)) }
      lines.append(cut("   Last: " + Self.lastContact(entry)))
      lines.append(cut("   Why: " + Self.why(entry)))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `line` cut to the width, with an ellipsis.
  private func cut(_ line: String) -> String {
    guard let width, width > 10, line.count > width else { return line }
    return String(line.prefix(width - 1)) + "…"
  }

  static func person(_ entry: ReportEntry) -> String {
    let work = [entry.title, entry.company].compactMap { $0 }.joined(separator: " at ")
    return entry.displayName + (work.isEmpty ? "" : " (\(work))")
  }

  static func lastContact(_ entry: ReportEntry) -> String {
    guard let last = entry.last else {
      return entry.lastInteraction.map { TieDescription.day($0) + " (a meeting)" } ?? "never"
    }
    let direction = last.direction == .sent ? "you wrote" : "they wrote"
    var text =
      "\(TieDescription.day(last.date)) on \(last.platform.inSentence), \(last.kind == .call ? "a call" : direction)"
    if let excerpt = last.excerpt, !excerpt.isEmpty { text += ": “\(excerpt)”" }
    return text
  }

  static func why(_ entry: ReportEntry) -> String {
    entry.reason + (entry.whereToMeet.map { "; \($0)" } ?? "")
      + (entry.reachOn.map { "; reach on \(reach($0))" } ?? "")
  }

  /// Where to write to a person on `platform`: "LinkedIn", or, for an address-book card, "the
  /// e-mail or phone of your address book".
  static func reach(_ platform: Platform) -> String {
    switch platform {
    case .contacts: "the e-mail or phone of your address book"
    case .calendar: "the e-mail of a calendar invitation"
    default: platform.inSentence
    }
  }

  static func decimal(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let fraction = String(scaled % 1000)
    return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  static func csvField(_ field: String) -> String { OutputEscaping.csvField(field) }
}
