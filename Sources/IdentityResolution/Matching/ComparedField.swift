/// The fields compared between two identities, each with ordered levels from most to least
/// alike. Level 0 of the name and company fields means "unknown on one side" and weighs nothing.
public enum ComparedField: Int, CaseIterable, Sendable {
  case firstName, familyName, company, handle, handleName, platform

  /// The field's name in explanations.
  public var name: String {
    switch self {
    case .firstName: "first name"
    case .familyName: "family name"
    case .company: "company"
    case .handle: "handle"
    case .handleName: "handle and name"
    case .platform: "platform"
    }
  }

  /// The levels' names, indexed by level.
  public var levels: [String] {
    switch self {
    case .firstName: ["unknown", "exact", "nickname", "initial", "similar", "alike", "different"]
    case .familyName: ["unknown", "exact", "initial", "similar", "alike", "different"]
    case .company: ["unknown", "exact", "shared word", "different"]
    case .handle: ["unknown", "same", "different"]
    case .handleName:
      [
        "unknown", "spells first and family name", "spells first name and family initial",
        "spells initial and family name", "spells family name", "spells first name",
        "spells nothing of the name",
      ]
    case .platform: ["different", "same"]
    }
  }

  /// The level used as "exact agreement on a value", whose weight is adjusted by how common the
  /// value is (a shared `mueller` says more than a shared `smith`).
  ///
  /// Handles are not adjusted: a handle is nearly unique, so two people sharing one by chance is
  /// far rarer than its frequency among the identities says; its u stays the sampled one.
  var exactLevel: Int? {
    switch self {
    case .firstName, .familyName, .company: 1
    case .handle, .handleName, .platform: nil
    }
  }

  /// The level where one side is an initial of the other (`R.` and `Robert`).
  var initialLevel: Int? {
    switch self {
    case .firstName: 3
    case .familyName: 2
    case .company, .handle, .handleName, .platform: nil
    }
  }

  /// Whether level 0 means "unknown" (no weight either way).
  var hasUnknownLevel: Bool { self != .platform }

  /// Typical m-probabilities (how often true matches land on each level), used as a prior that
  /// the pairs linked by hard evidence update. They describe exports in general (nicknames on
  /// Facebook, initials on Twitter, job changes between LinkedIn and an old address book, the
  /// same handle reused on two platforms), not any data set.
  var priorMatchProbabilities: [Double] {
    switch self {
    case .firstName: [0.10, 0.62, 0.12, 0.05, 0.05, 0.03, 0.03]
    case .familyName: [0.25, 0.63, 0.04, 0.04, 0.02, 0.02]
    case .company: [0.60, 0.22, 0.08, 0.10]
    case .handle: [0.60, 0.25, 0.15]
    // Most true pairs have no handle on one side; of those that do, most handles spell some of the
    // name (Zafarani & Liu 2013: habits identify about 93 % of users), a quarter nothing of it.
    case .handleName: [0.70, 0.10, 0.05, 0.02, 0.02, 0.03, 0.08]
    case .platform: [0.95, 0.05]
    }
  }
}

/// How two identities compare: one level per ``ComparedField``.
public struct ComparisonVector: Hashable, Sendable {
  var firstName: UInt8 = 0
  var familyName: UInt8 = 0
  var company: UInt8 = 0
  var handle: UInt8 = 0
  var handleName: UInt8 = 0
  var platform: UInt8 = 0
  /// Whose handle the handle-and-name level reads: 1 the first identity's, 2 the second's, 0 none.
  var handleOwner: UInt8 = 0

  /// The level of `field`.
  public subscript(field: ComparedField) -> Int {
    switch field {
    case .firstName: Int(firstName)
    case .familyName: Int(familyName)
    case .company: Int(company)
    case .handle: Int(handle)
    case .handleName: Int(handleName)
    case .platform: Int(platform)
    }
  }
}
