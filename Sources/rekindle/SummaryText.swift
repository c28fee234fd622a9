import RekindleModel

/// The summary printed after each archive.
enum SummaryText {
  static func render(_ summary: ImportSummary) -> String {
    guard let platform = summary.platform else {
      return "Not imported: \(summary.archive)\n"
    }
    if let date = summary.unchangedSince {
      return
        "\(platform.displayName): \(summary.archive)\n  unchanged since its import on \(Terminal.day(date)): "
        + "not read again (--reread reads it anyway)\n"
    }
    var lines = ["\(platform.displayName): \(summary.archive)"]
    let kinds = InteractionKind.allCases.compactMap { kind -> String? in
      guard let count = summary.interactions[kind], count > 0 else { return nil }
      let plural = kind == .reply ? "replies" : kind.rawValue + "s"
      return "\(Terminal.count(count)) \(count == 1 ? kind.rawValue : plural)"
    }
    lines.append(
      "  contacts: \(Terminal.count(summary.contacts)), connections: \(Terminal.count(summary.connections)), "
        + "interactions: \(Terminal.count(summary.interactionCount)) read, "
        + "\(Terminal.count(summary.interactionsAdded)) new"
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
        + (summary.ties > 0 ? ", ties between contacts: \(Terminal.count(summary.ties))" : ""))
    for line in summary.skippedLines(count: Terminal.count) { lines.append("  skipped " + line) }
    if !summary.issues.isEmpty {
      lines.append("  \(summary.issues.count) problem\(summary.issues.count == 1 ? "" : "s") (below)")
    }
    lines.append(
      "  read \(summary.entriesRead) files, \(Terminal.megabytes(summary.bytesRead))")
    return lines.joined(separator: "\n") + "\n"
  }
}
