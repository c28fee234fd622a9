import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import RekindleModel
import TieAnalysis

/// `rekindle report`: the ranked reports.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Rank dormant ties, and online-only contacts worth meeting in person.",
    subcommands: [AllCommand.self, DormantCommand.self, MeetCommand.self],
    defaultSubcommand: AllCommand.self)
}

/// The options every report takes.
struct ReportOptions: ParsableArguments {
  @OptionGroup var storeOptions: StoreOptions

  @Option(
    name: .customLong("as-of"), help: "Compute the report at this date, such as 2026-01-31 (default: now).")
  var asOf: String?

  @Option(help: "List at most this many persons.")
  var limit: Int?

  @Option(help: "Only persons with an identity on this platform (repeatable: linkedin, facebook, ...).")
  var platform: [String] = []

  @Option(help: "Only persons whose company contains this text.")
  var company: String?

  @Option(help: "text (default), json, csv, markdown, or html (one page with charts).")
  var format: ReportFormat = .text

  @Option(
    name: .customLong("weight"),
    help: ArgumentHelp(
      "Change a part of tie strength: intensity=0.3, reciprocity=0.25, duration=0.2, multiplexity=0.1, in-person=0.15 (the defaults), or where a part reaches 1: messages=100, years=3, meetings=3 (repeatable).",
      valueName: "name=value"))
  var weightOptions: [String] = []

  /// The tie-strength weights, after `--weight`.
  func weights() throws -> TieStrength.Weights {
    var weights = TieStrength.Weights()
    for option in weightOptions {
      let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Double(parts[1]), weights.set(parts[0], to: value) else {
        throw ValidationError(
          "'\(option)' is not a weight: use NAME=VALUE with NAME one of \(TieStrength.Weights.names.joined(separator: ", "))"
        )
      }
    }
    return weights
  }

  @Flag(
    help: "Replace names, message text and places with stable pseudonyms, so that the report can be shared.")
  var redact = false

  func filter() throws -> ReportFilter {
    let date = try AsOfDate.parse(asOf)
    let platforms = try platform.map { name in
      guard let platform = Platform(rawValue: name.lowercased()) else {
        throw ValidationError(
          "'\(name)' is not a platform: use one of \(Platform.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return platform
    }
    return ReportFilter(asOf: date, limit: limit, platforms: Set(platforms), company: company)
  }

  /// Computes the reports `build` makes of the persons' activity at `asOf`, with the last message
  /// of every listed person, and prints them in the chosen format: the HTML page draws charts from
  /// the activity and the store; the other formats list the entries.
  func print(
    database: GraphDatabase, asOf: Date, rhythmOf needsRhythm: (TieActivity) -> Bool = { _ in false },
    _ build: ([TieActivity]) -> [ReportPage.Section]
  ) throws {
    let runner = ReportRunner(store: database, asOf: asOf, redacts: redact)
    let ties = try runner.ties(rhythmFor: needsRhythm)
    let sections = try runner.sections(of: ties, build)
    let text: String
    if let listFormat = ReportRenderer.Format(rawValue: format.rawValue) {
      text = try ReportRenderer(format: listFormat, width: Terminal.stdoutWidth).render(sections: sections)
    } else {
      text = HTMLReportPage.render(try runner.page(sections, ties: ties))
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// The formats of `report`: the lists' formats and the HTML page.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json, csv, markdown, html
}

extension ReportCommand {
  /// `rekindle report [ARCHIVE...]`: imports the archives given, then prints both reports.
  struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "all",
      abstract: "Import the archives given (if any), then print both reports.",
      discussion: """
        `rekindle report --store demo.sqlite --me "Alex Rivera" Fixtures/*/*` imports the bundled \
        archives and prints the dormant ties and the persons worth meeting. Exit status 1 when some \
        input could not be read (the reports cover the rest).
        """)

    @OptionGroup var options: ReportOptions

    @OptionGroup var importOptions: ImportOptions

    @Option(name: .customLong("silent-for"), help: "The silence that makes a tie dormant (default: 12m).")
    var silentFor: SilenceLength = SilenceLength(days: 365)

    @Argument(help: "Archives to import first: zip files, unpacked archive folders or single export files.")
    var archives: [String] = []

    func run() throws {
      let database = try options.storeOptions.open()
      let complete = archives.isEmpty ? true : try importOptions.importArchives(archives, into: database)
      let filter = try options.filter()
      var dormant = DormantTiesReport(filter: filter)
      dormant.silentFor = silentFor.seconds
      dormant.weights = try options.weights()
      var meet = MeetInPersonReport(filter: filter)
      meet.weights = dormant.weights
      try options.print(database: database, asOf: filter.asOf, rhythmOf: dormant.needsRhythm) { ties in
        [
          .init(
            key: "dormant",
            title: "Dormant and cooling ties (silent for \(silentFor.text) or more, or past their rhythm)",
            entries: dormant.entries(ties)),
          .init(
            key: "meet", title: "Known only online: worth meeting in person", entries: meet.entries(ties)),
        ]
      }
      if !complete { throw ExitStatus.inputSkipped }
    }
  }

  /// `rekindle report dormant`.
  struct DormantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dormant",
      abstract: "Whom did you once talk to a lot, and have not talked to in a long time?",
      discussion: """
        A dormant tie had several messages both ways (or meetings in person) and has been silent on \
        every platform for --silent-for. Ranked by the strength the tie had and how long it has been \
        silent (docs/analysis.md).
        """)

    @OptionGroup var options: ReportOptions

    @Option(
      name: .customLong("silent-for"),
      help: "The silence that makes a tie dormant: 12m, 18m, 2y, 90d (default: 12m).")
    var silentFor: SilenceLength = SilenceLength(days: 365)

    @Option(
      name: .customLong("min-each-way"),
      help: "Messages each way (or meetings) that make a tie two-way (default: 2).")
    var minimumEachWay = 2

    func run() throws {
      let database = try options.storeOptions.open()
      var report = DormantTiesReport(filter: try options.filter())
      report.silentFor = silentFor.seconds
      report.minimumEachWay = minimumEachWay
      report.weights = try options.weights()
      try options.print(database: database, asOf: report.filter.asOf, rhythmOf: report.needsRhythm) { ties in
        [
          .init(
            key: "dormant",
            title: "Dormant and cooling ties (silent for \(silentFor.text) or more, or past their rhythm)",
            entries: report.entries(ties))
        ]
      }
    }
  }

  /// `rekindle report meet`.
  struct MeetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "meet",
      abstract: "Whom do you know only online, and should meet in person?",
      discussion: """
        Persons with messages both ways and no meeting in person: no calendar event with a place \
        (a video call is not a meeting) and none logged with `rekindle met`. Ranked by tie strength \
        and recency (docs/analysis.md).
        """)

    @OptionGroup var options: ReportOptions

    @Option(
      name: .customLong("min-messages"),
      help: "Messages (both ways together) that make an online tie meaningful (default: 4).")
    var minimumMessages = 4

    func run() throws {
      let database = try options.storeOptions.open()
      var report = MeetInPersonReport(filter: try options.filter())
      report.minimumMessages = minimumMessages
      report.weights = try options.weights()
      try options.print(database: database, asOf: report.filter.asOf) { ties in
        [
          .init(
            key: "meet", title: "Known only online: worth meeting in person", entries: report.entries(ties))
        ]
      }
    }
  }
}

/// A length of time written `12m`, `18m`, `2y`, `90d` or `6w`.
struct SilenceLength: ExpressibleByArgument {
  var days: Int

  init(days: Int) { self.days = days }

  init?(argument: String) {
    guard let unit = argument.last, let value = Int(argument.dropLast()), value > 0 else { return nil }
    switch unit {
    case "d": days = value
    case "w": days = value * 7
    case "m": days = value * 365 / 12
    case "y": days = value * 365
    default: return nil
    }
  }

  var seconds: TimeInterval { Double(days) * 86_400 }

  var text: String { TieDescriptionText.span(days: days) }
}

/// Lengths of time in words, for titles.
enum TieDescriptionText {
  static func span(days: Int) -> String {
    if days % 365 == 0 { return "\(days / 365) year\(days == 365 ? "" : "s")" }
    if days >= 60 { return "\((days * 12 + 182) / 365) months" }
    return "\(days) days"
  }
}
