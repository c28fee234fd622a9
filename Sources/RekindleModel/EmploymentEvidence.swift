import Foundation

/// One thing the exports say about where a person works or worked: a company on a profile or a
/// card, a work e-mail address, or the job a person left between two exports.
///
/// The store gives every piece as it was read (``EmploymentStore``); which company a piece
/// names, whether it is current and how it ranks is the analysis's business (`rekindle at`).
public struct EmploymentEvidence: Sendable, Equatable {
  /// Where the piece comes from.
  public enum Source: String, Sendable, Codable, CaseIterable {
    /// The company and position of an account (a LinkedIn connection's `Company` and `Position`).
    case profile
    /// The organization and title of an address-book card.
    case addressBook
    /// An e-mail address of an account or a card: ``EmploymentEvidence/company`` is its domain.
    case workEmail
    /// The job before a change between two exports of one account: a job the person left.
    case formerJob
  }

  /// The person's id, as `export` writes it (`p-…`).
  public var personId: String
  /// The platform of the identity that carries it.
  public var platform: Platform
  public var source: Source
  /// The company as written ("Contoso Pharmaceuticals, Inc."), or the e-mail domain
  /// (`contoso.co.uk`) of a ``Source/workEmail``.
  public var company: String
  public var title: String?
  /// The date of the export that said it, as far as its records tell (its newest message or
  /// connection; else when it was imported); `nil` when unknown. For a ``Source/formerJob``:
  /// the export that showed the new job.
  public var seen: Date?

  public init(
    personId: String, platform: Platform, source: Source, company: String, title: String? = nil,
    seen: Date? = nil
  ) {
    self.personId = personId
    self.platform = platform
    self.source = source
    self.company = company
    self.title = title
    self.seen = seen
  }
}
