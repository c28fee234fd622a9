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
  /// The stated companies, newest first.
  private let stated: [EmploymentEvidence]
  private let formerJobs: [EmploymentEvidence]
  private let emails: [EmploymentEvidence]
  /// The stated evidence that is current: the newest, and whatever has its date or its company.
  private let current: [EmploymentEvidence]

  init(_ evidence: [EmploymentEvidence]) {
    stated = evidence.filter { $0.source == .profile || $0.source == .addressBook }.sorted(
      by: Self.newerFirst)
    formerJobs = evidence.filter { $0.source == .formerJob }.sorted(by: Self.newerFirst)
    emails = evidence.filter { $0.source == .workEmail }.sorted(by: Self.newerFirst)
    if let newest = stated.first {
      let company = CompanyName.normalized(newest.company)
      current = stated.filter { $0.seen == newest.seen || CompanyName.normalized($0.company) == company }
    } else {
      current = []
    }
  }

  /// The evidence that ties the person to `target`, and whether it is current; `nil` when none does.
  func employment(at target: CompanyTarget) -> (evidence: EmploymentEvidence, isCurrent: Bool)? {
    if let now = current.first(where: { target.matches(company: $0.company) }) { return (now, true) }
    let email = emails.first { target.matches(domain: $0.company) }
    if let email, isCurrent(email) { return (email, true) }
    let left = formerJobs + stated.filter { stated in !current.contains(stated) }
    if let before = left.sorted(by: Self.newerFirst).first(where: { target.matches(company: $0.company) }) {
      return (before, false)
    }
    return email.map { ($0, false) }
  }

  /// The job now, in words ("Director of Product at Contoso Pharmaceuticals"), for a person who
  /// left the target.
  var currentJob: String? {
    current.first.map { [$0.title, $0.company].compactMap { $0 }.joined(separator: " at ") }
  }

  /// A work address is current when no stated company is newer than it.
  private func isCurrent(_ email: EmploymentEvidence) -> Bool {
    guard let newest = current.first else { return true }
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
