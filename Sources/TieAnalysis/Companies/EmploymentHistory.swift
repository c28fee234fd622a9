import Foundation
import IdentityResolution
import RekindleModel

/// What the exports say about one person's jobs, read for a target: do they work there now, or
/// did they before, and which piece of evidence says so.
///
/// The newest company stated on a profile or a card (by the date of its export; a profile before
/// a card of the same date) is where the person works now, and so is any other stated the same
/// day; companies stated by older exports, and jobs left between exports, are former ones. A work
/// e-mail address counts as current when nothing newer states another company, else as former.
struct EmploymentHistory {
  /// A stated company or a job left, with its name's words (`CompanyName.words(_:)`), taken
  /// once for every target.
  private struct Job {
    let evidence: EmploymentEvidence
    let words: [String]

    init(_ evidence: EmploymentEvidence) {
      self.evidence = evidence
      words = CompanyName.words(evidence.company)
    }
  }

  /// The stated companies that are current: the newest, and whatever has its date or its company.
  private let current: [Job]
  /// Jobs left between exports and companies stated by older exports, newest first.
  private let former: [Job]
  /// Work addresses, newest first.
  private let emails: [EmploymentEvidence]

  init(_ evidence: [EmploymentEvidence]) {
    let stated = evidence.filter { $0.source == .profile || $0.source == .addressBook }
      .sorted(by: Self.newerFirst).map(Job.init)
    if let newest = stated.first {
      let isCurrent = { (job: Job) in job.evidence.seen == newest.evidence.seen || job.words == newest.words }
      current = stated.filter(isCurrent)
      former = (stated.filter { !isCurrent($0) } + evidence.filter { $0.source == .formerJob }.map(Job.init))
        .sorted { Self.newerFirst($0.evidence, $1.evidence) }
    } else {
      current = []
      former = evidence.filter { $0.source == .formerJob }.sorted(by: Self.newerFirst).map(Job.init)
    }
    emails = evidence.filter { $0.source == .workEmail }.sorted(by: Self.newerFirst)
  }

  /// The evidence that ties the person to `target`, and whether it is current; `nil` when none does.
  func employment(at target: CompanyTarget) -> (evidence: EmploymentEvidence, isCurrent: Bool)? {
    let matches = { (job: Job) in target.matches(company: job.evidence.company, words: job.words) }
    if let now = current.first(where: matches) { return (now.evidence, true) }
    let email = emails.first { target.matches(domain: $0.company) }
    if let email, isCurrent(email) { return (email, true) }
    if let before = former.first(where: matches) { return (before.evidence, false) }
    return email.map { ($0, false) }
  }

  /// The job now, in words ("Director of Product at Contoso Pharmaceuticals"), for a person who
  /// left the target.
  var currentJob: String? {
    current.first.map {
      [$0.evidence.title, $0.evidence.company].compactMap { $0 }.joined(separator: " at ")
    }
  }

  /// A work address is current when no stated company is newer than it.
  private func isCurrent(_ email: EmploymentEvidence) -> Bool {
    guard let newest = current.first?.evidence else { return true }
    guard let seen = email.seen else { return false }
    return newest.seen.map { seen >= $0 } ?? true
  }

  /// Newer evidence first (unknown dates last); a profile before a card of the same date.
  private static func newerFirst(_ a: EmploymentEvidence, _ b: EmploymentEvidence) -> Bool {
    switch (a.seen, b.seen) {
    case (let x?, let y?) where x != y: return x > y
    case (.some, nil): return true
    case (nil, .some): return false
    default: return a.source == .profile && b.source != .profile
    }
  }
}
