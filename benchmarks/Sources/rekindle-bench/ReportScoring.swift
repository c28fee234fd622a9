import Foundation
import GraphStore
import RekindleModel
import TieAnalysis

/// The reports as a user meets them, scored: the dormant and meet-in-person reports computed on
/// the resolved persons, against the same reports computed on the true persons (the identities
/// grouped by the truth, in a copy of the store). A listed entry is the true person most of its
/// identities belong to.
struct ReportScoring {
  struct Score {
    /// Entries of the resolved report whose true person the true report lists too.
    var precision: Double
    /// True persons of the true report that the resolved report lists.
    var recall: Double
    var listed: Int
    var trulyListed: Int
  }

  var dormant: Score
  var meet: Score
  /// Of the persons met in person, how many the resolved meet report lists (in one of their
  /// identities' names), and of those also written to.
  var metListed: Int
  var met: Int
  var metAndWritten: Int
  /// The met persons the meet report lists, by the identities of the listed entries.
  var metListedEntries: [[Int64]] = []

  static let asOf = Date(timeIntervalSince1970: 1_795_305_600)  // 2026-11-22

  static func score(
    store: String, identities: [(id: Int64, record: IdentityRecord)], truth: [Int64: Int],
    groups: [[Int64]], met: Set<Int>, messaged: Set<Int>
  ) throws -> ReportScoring {
    let keys = Dictionary(uniqueKeysWithValues: identities.map { ($0.id, $0.record.key) })
    // The truth's persons: identities without one (the owner's) stay alone.
    var byPerson: [Int: [Int64]] = [:]
    var alone: [[Int64]] = []
    for identity in identities {
      if let person = truth[identity.id] {
        byPerson[person, default: []].append(identity.id)
      } else {
        alone.append([identity.id])
      }
    }
    let trueGroups = byPerson.values.map { $0.sorted() } + alone
    let resolved = try reports(copying: store, as: "resolved", groups: groups, keys: keys)
    let actual = try reports(copying: store, as: "true", groups: trueGroups, keys: keys)
    /// The true person of each listed entry: the one most of its identities are (of two as many,
    /// the first: the same answer in every run).
    func persons(_ entries: [ReportEntry], _ members: [String: [Int64]]) -> [Int] {
      entries.compactMap { entry in
        let counts = Dictionary(
          grouping: (members[entry.personId] ?? []).compactMap { truth[$0] }, by: { $0 })
        return counts.max { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }?.key
      }
    }
    func score(_ predicted: [Int], _ expected: [Int]) -> Score {
      let expectedSet = Set(expected)
      let correct = predicted.filter(expectedSet.contains).count
      let found = Set(predicted).intersection(expectedSet).count
      return Score(
        precision: predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count),
        recall: expected.isEmpty ? 1 : Double(found) / Double(expectedSet.count), listed: predicted.count,
        trulyListed: expectedSet.count)
    }
    // A met person is listed when any identity of theirs is in a listed entry.
    let listedIdentities = resolved.meet.flatMap { resolved.members[$0.personId] ?? [] }
    let metListed = Set(listedIdentities.compactMap { truth[$0] }).intersection(met)
    let metEntries = resolved.meet.map { resolved.members[$0.personId] ?? [] }.filter { members in
      members.contains { truth[$0].map(met.contains) == true }
    }
    return ReportScoring(
      dormant: score(persons(resolved.dormant, resolved.members), persons(actual.dormant, actual.members)),
      meet: score(persons(resolved.meet, resolved.members), persons(actual.meet, actual.members)),
      metListed: metListed.count, met: met.count, metAndWritten: met.intersection(messaged).count,
      metListedEntries: metEntries)
  }

  /// Both reports on a copy of the store whose persons are `groups`, and the identities of each
  /// listed person.
  private static func reports(
    copying store: String, as name: String, groups: [[Int64]], keys: [Int64: IdentityKey]
  ) throws -> (dormant: [ReportEntry], meet: [ReportEntry], members: [String: [Int64]]) {
    let path = URL(fileURLWithPath: store).deletingLastPathComponent().appendingPathComponent(
      "\(name).sqlite"
    ).path
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    // No process writes the store now: its file and its write-ahead log are a consistent copy.
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store + suffix) {
      try FileManager.default.copyItem(atPath: store + suffix, toPath: path + suffix)
    }
    let database = try GraphDatabase(path: path)
    try database.assignPersons(groups: groups, links: [PersonLink]())
    var members: [String: [Int64]] = [:]
    for group in groups {
      guard let oldest = group.min(), let key = keys[oldest] else { continue }
      members[PersonID.initial(for: key)] = group
    }
    let filter = ReportFilter(asOf: asOf)
    let dormant = DormantTiesReport(filter: filter)
    var ties = try database.tieActivities(asOf: asOf)
    try database.fillContactDays(
      &ties, for: Set(ties.filter(dormant.needsRhythm).map(\.personId)), asOf: asOf)
    return (dormant.entries(ties), MeetInPersonReport(filter: filter).entries(ties), members)
  }
}
