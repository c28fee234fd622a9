import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The merge candidates of the latest resolution: pairs kept apart with a probability of at
  /// least `minimumProbability`, whose identities are still two persons and which the user has
  /// not rejected; the likeliest first.
  public func mergeCandidates(minimumProbability: Double = 0.1) throws -> [MergeCandidate] {
    try read { db in
      var rejected = Set<String>()
      for row in try Row.fetchAll(
        db,
        sql:
          "SELECT firstPlatform, firstNativeId, secondPlatform, secondNativeId FROM resolution_rule WHERE kind = 'apart'"
      ) {
        let first = Self.identityId(platform: row[0], nativeId: row[1])
        let second = Self.identityId(platform: row[2], nativeId: row[3])
        rejected.insert(Self.candidateId(first, second))
      }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.platform, a.nativeId, a.personId, a.displayName, b.platform, b.nativeId, b.personId, b.displayName,
            e.weight, e.key, a.idKind, a.handle, b.idKind, b.handle
          FROM merge_evidence e JOIN identity a ON a.id = e.firstId JOIN identity b ON b.id = e.secondId
          WHERE e.merged = 0 AND e.weight IS NOT NULL AND a.personId != b.personId
          ORDER BY e.weight DESC, e.rowid
          """)
      return rows.compactMap { row in
        guard let firstPlatform = Platform(rawValue: row[0]), let secondPlatform = Platform(rawValue: row[4])
        else {
          return nil
        }
        let weight: Double = row[8]
        let probability = 1 / (1 + exp2(-weight))
        let first = MergeCandidate.Side(
          identityId: Self.identityId(platform: row[0], nativeId: row[1]), personId: row[2],
          platform: firstPlatform,
          nativeId: row[1],
          displayName: IdentityLabel.label(
            platform: row[0], nativeId: row[1], idKind: row[10], displayName: row[3], handle: row[11]))
        let second = MergeCandidate.Side(
          identityId: Self.identityId(platform: row[4], nativeId: row[5]), personId: row[6],
          platform: secondPlatform,
          nativeId: row[5],
          displayName: IdentityLabel.label(
            platform: row[4], nativeId: row[5], idKind: row[12], displayName: row[7], handle: row[13]))
        let id = Self.candidateId(first.identityId, second.identityId)
        guard probability >= minimumProbability, !rejected.contains(id) else { return nil }
        return MergeCandidate(
          id: id, first: first, second: second, probability: probability, weight: weight, evidence: row[9])
      }
    }
  }

  /// Accepts (a merge rule) or rejects (an apart rule) the candidate `id` of
  /// ``mergeCandidates(minimumProbability:)``; the rule outlives re-imports, so the pair is never
  /// asked again. Resolve again for it to take effect.
  ///
  /// - Returns: the candidate decided, or `nil` when no current candidate has that id.
  @discardableResult
  public func decideMergeCandidate(_ id: String, accept: Bool) throws -> MergeCandidate? {
    guard let candidate = try mergeCandidates(minimumProbability: 0).first(where: { $0.id == id }),
      let first = Self.identityKey(candidate.first), let second = Self.identityKey(candidate.second)
    else { return nil }
    try add(accept ? .merge(first, second) : .apart(first, second))
    return candidate
  }

  /// The id of the candidate pair of two identities, whichever order.
  static func candidateId(_ first: String, _ second: String) -> String {
    "m-" + StableHash.hex(min(first, second), max(first, second)).prefix(10)
  }

  private static func identityKey(_ side: MergeCandidate.Side) -> IdentityKey? {
    // The kind does not take part in a rule: rules name identities by platform and native id.
    IdentityKey(platform: side.platform, nativeId: side.nativeId, kind: .displayName)
  }
}
