import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

struct ReviewQueueTests {
  private let robert = IdentityKey(
    platform: .linkedin, nativeId: "https://www.linkedin.com/in/robert", kind: .profileURL)
  private let bob = IdentityKey(platform: .facebook, nativeId: "Bob Mueller", kind: .displayName)
  private let hannah = IdentityKey(platform: .twitter, nativeId: "42", kind: .accountID)

  /// A store of three identities, resolved as the resolver would with two near-misses: Robert ~
  /// Bob at p = 1/3, Robert ~ Hannah at p = 1/17.
  private func store() throws -> GraphDatabase {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("r.sqlite").path)
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: robert, displayName: "Robert Müller"))
      try sink.identity(IdentityRecord(key: bob, displayName: "Bob Mueller"))
      try sink.identity(IdentityRecord(key: hannah, displayName: "Hannah B"))
      return ImportSummary(archive: "test", platform: .linkedin)
    }
    try resolve(database)
    return database
  }

  /// Resolution as the CLI runs it, with the near-misses the scorer would report.
  private func resolve(_ database: GraphDatabase) throws {
    let ids = Dictionary(
      uniqueKeysWithValues: try database.identitiesForResolution().map { ($0.record.key, $0.id) })
    let rules = try database.rulesForResolution()
    guard let r = ids[robert], let b = ids[bob], let h = ids[hannah] else {
      throw StoreError("identities missing")
    }
    let merged = rules.mustLink.contains { Set([$0.0, $0.1]) == [r, b] }
    let links = [
      PersonLink(
        first: r, second: b, evidence: .scored("p=0.3333 (weight -1.0): first name nickname +2.1"),
        weight: -1,
        merged: false),
      PersonLink(
        first: r, second: h, evidence: .scored("p=0.0588 (weight -4.0): first name different"), weight: -4,
        merged: false),
    ]
    try database.assignPersons(groups: merged ? [[r, b], [h]] : [[r], [b], [h]], links: links)
  }

  @Test func `near-misses above the floor are listed with their evidence, likeliest first`() throws {
    let database = try store()
    let candidates = try database.mergeCandidates()
    #expect(candidates.count == 1)
    let candidate = try #require(candidates.first)
    #expect(abs(candidate.probability - 1.0 / 3) < 1e-9)
    #expect(candidate.id.hasPrefix("m-"))
    #expect(candidate.evidence.contains("first name nickname"))
    #expect(
      Set([candidate.first.displayName, candidate.second.displayName]) == ["Robert Müller", "Bob Mueller"])
    #expect(try database.mergeCandidates(minimumProbability: 0.05).count == 2)
  }

  @Test func `a rejected merge stays rejected after re-import and re-resolution`() throws {
    let database = try store()
    let id = try #require(try database.mergeCandidates().first?.id)
    #expect(try database.decideMergeCandidate(id, accept: false) != nil)
    #expect(try database.mergeCandidates().isEmpty)
    #expect(try database.rulesForResolution().cannotLink.count == 1)
    // The same archive again, and resolution again, which finds the same near-miss.
    _ = try database.storeArchive { sink in
      try sink.identity(IdentityRecord(key: bob, displayName: "Bob Mueller"))
      return ImportSummary(archive: "again", platform: .facebook)
    }
    try resolve(database)
    #expect(try database.mergeCandidates().isEmpty)
    #expect(try database.decideMergeCandidate(id, accept: true) == nil)
  }

  @Test func `an accepted merge becomes a rule that joins the two`() throws {
    let database = try store()
    let id = try #require(try database.mergeCandidates().first?.id)
    try database.decideMergeCandidate(id, accept: true)
    try resolve(database)
    #expect(try database.rulesForResolution().mustLink.count == 1)
    #expect(try database.mergeCandidates().isEmpty)
    #expect(try database.findPersons("Bob Mueller").first?.identities.count == 2)
  }
}
