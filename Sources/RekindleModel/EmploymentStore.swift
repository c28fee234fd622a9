/// What the search for the people at a company (`rekindle at`) reads from a store, besides the
/// ties (``TieStore``): every company, title and e-mail address its identities carry, and the
/// jobs left between exports.
public protocol EmploymentStore {
  /// Every piece of employment evidence, for every person, in no particular order.
  func employmentEvidence() throws -> [EmploymentEvidence]
}
