import Foundation

/// The people the owner knows at one target company (`rekindle at`): those who work there now,
/// then those who did before, each group ranked by how good a first contact they are.
public struct CompanyContacts: Sendable, Equatable, Codable {
  /// A company name the store knows, with how many persons carry it.
  public struct KnownName: Sendable, Equatable, Codable {
    public var name: String
    public var persons: Int
  }

  /// The target as the user wrote it.
  public var target: String
  /// The company names (and mail domains) that matched, as the exports write them, most persons
  /// first.
  public var matchedNames: [KnownName]
  /// Current employees first, then former ones; ``ReportEntry/employment`` says which.
  public var entries: [ReportEntry]
  /// When nobody matched: the closest company names the store knows, closest first.
  public var suggestions: [KnownName]

  /// "no one at 'Contosso'; did you mean Contoso Pharmaceuticals (4)?", when nobody matched.
  public var note: String?

  public init(target: String, matchedNames: [KnownName], entries: [ReportEntry], suggestions: [KnownName]) {
    self.target = target
    self.matchedNames = matchedNames
    self.entries = entries
    self.suggestions = suggestions
    if entries.isEmpty {
      let names = suggestions.map { "\($0.name) (\($0.persons))" }
      note =
        names.isEmpty
        ? "no one at '\(target)' in the store"
        : "no one at '\(target)'; did you mean \(TieDescription.list(names, joinedBy: "or"))?"
    }
  }

  /// The persons who work there now.
  public var current: [ReportEntry] { entries.filter { $0.employment?.isCurrent == true } }
  /// The persons who worked there before.
  public var former: [ReportEntry] { entries.filter { $0.employment?.isCurrent == false } }
}
