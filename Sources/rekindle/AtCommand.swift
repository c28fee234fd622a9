import ArgumentParser
import Foundation
import GraphStore
import ImportSupport
import TieAnalysis

/// `rekindle at COMPANY...`: whom the owner knows at the companies they are targeting.
struct AtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "at",
    abstract: "List whom you know at the companies you are targeting, best first contact first.",
    discussion: """
      For each company: the persons who work there now (a LinkedIn connection's company, an \
      address-book card, a work e-mail address such as @contoso.co.uk), then those who worked \
      there before (a job change between two exports, an older card). Each group is ranked by the \
      tie's strength, where it stands (a dormant tie first), whether you met in person, and how \
      recent the evidence of the job is (docs/analysis.md). Names match without case, \
      punctuation, legal forms (Inc., Ltd, GmbH, S.A., AG, LLC, plc), `&` for `and` and a \
      leading `The`; a company matching nobody gets the closest names the store knows.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: "The target companies.")
  var companies: [String] = []

  @Option(name: .customLong("from"), help: "A file with one target company per line (# starts a comment).")
  var listFile: String?

  @Flag(help: "Match a company only when it is written exactly as given (case aside), and no e-mail domain.")
  var exact = false

  @Option(
    name: .customLong("as-of"), help: "Compute the list at this date, such as 2026-01-31 (default: now).")
  var asOf: String?

  @Option(help: "List at most this many persons per company.")
  var limit: Int?

  @Option(help: "text (default), json, csv, markdown, or html (one section per company).")
  var format: ReportFormat = .text

  @Flag(
    help: "Replace names, message text and places with stable pseudonyms, so that the list can be shared.")
  var redact = false

  func run() throws {
    let targets = try targetNames().map { CompanyTarget($0, exact: exact) }
    let date = try AsOfDate.parse(asOf)
    let database = try storeOptions.open()
    let report = CompanyContactsReport(targets: targets, asOf: date, limit: limit)
    let runner = ReportRunner(store: database, asOf: date, redacts: redact)
    let ties = try runner.ties(rhythmFor: report.needsRhythm)
    var companies = report.contacts(ties: ties, evidence: try database.employmentEvidence())
    // The last message of every listed person, and pseudonyms when redacting.
    let sections = try runner.sections(of: ties) { _ in CompanyContactsRenderer.sections(companies) }
    for index in companies.indices { companies[index].entries = sections[index].entries }
    let text: String
    if let listFormat = ReportRenderer.Format(rawValue: format.rawValue) {
      text = try CompanyContactsRenderer(format: listFormat, width: Terminal.stdoutWidth).render(
        companies, asOf: date)
    } else {
      text = HTMLReportPage.render(
        try runner.page(CompanyContactsRenderer.sections(companies), ties: ties),
        title: "Whom you know at \(targets.map(\.text).joined(separator: ", "))")
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// The companies given, then those of `--from`, without repeats.
  private func targetNames() throws -> [String] {
    var names = companies
    if let listFile {
      let contents: String
      do {
        contents = try String(contentsOf: URL(fileURLWithPath: listFile), encoding: .utf8)
      } catch {
        throw ValidationError(
          "cannot read the list of companies '\(listFile)': \(error.localizedDescription)")
      }
      names += contents.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
    var seen = Set<String>()
    names = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty && seen.insert($0).inserted
    }
    guard !names.isEmpty else {
      throw ValidationError("give one or more companies (rekindle at Contoso Northwind), or --from FILE")
    }
    return names
  }
}
