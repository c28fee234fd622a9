import Foundation
import RekindleModel

/// Where a person in a `rekindle at` list works or worked, and what says so.
public struct Employment: Sendable, Equatable, Codable {
  /// The company as the export wrote it, or the mail domain of a `workEmail`.
  public var company: String
  public var title: String?
  /// True when the person works there now, as far as the newest evidence tells; false for a job
  /// they left (a job change between exports, an older card, an old work address).
  public var isCurrent: Bool
  public var source: EmploymentEvidence.Source
  /// The platform of the identity that carries it.
  public var platform: Platform
  /// The date of the export that said it (its newest record), when known.
  public var seen: Date?
  /// The job now, when the person left the target (``isCurrent`` false): "Staff Engineer at Litware".
  public var now: String?
  /// In words: "Head of Data at Contoso GmbH, per the LinkedIn export of 2026".
  public var text: String

  init(_ evidence: EmploymentEvidence, isCurrent: Bool, since change: TieActivity.JobChange?, now: String?) {
    company = evidence.company
    title = evidence.title
    self.isCurrent = isCurrent
    source = evidence.source
    platform = evidence.platform
    seen = evidence.seen
    self.now = now
    text = Self.describe(evidence, isCurrent: isCurrent, since: change, now: now)
  }

  private static func describe(
    _ evidence: EmploymentEvidence, isCurrent: Bool, since change: TieActivity.JobChange?, now: String?
  ) -> String {
    let job = [evidence.title, evidence.company].compactMap { $0 }.joined(separator: " at ")
    let year = evidence.seen.map { String(TieDescription.year($0)) }
    var text: String
    switch evidence.source {
    case .profile:
      if isCurrent, let change {
        text =
          "\(job) since the \(year ?? String(TieDescription.year(change.date))) export (was \(change.before))"
      } else {
        text = job + ", per the \(evidence.platform.inSentence) export" + (year.map { " of \($0)" } ?? "")
      }
    case .addressBook:
      text = job + " on an address-book card" + (year.map { " (\($0))" } ?? "")
    case .workEmail:
      text = "a work e-mail address at \(evidence.company)"
    case .formerJob:
      text = job + (year.map { " until the \($0) export" } ?? "")
    }
    if !isCurrent {
      text = "was " + text + (now.map { "; now \($0)" } ?? "")
    }
    return text
  }
}
