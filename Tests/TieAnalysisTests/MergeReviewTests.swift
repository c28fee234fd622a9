import ArchiveImport
import Foundation
import GraphStore
import IdentityResolution
import RekindleModel
import TestSupport
import Testing

/// The review queue end to end: identities stored as an import stores them, resolved by the real
/// resolver with the store's rules (as `rekindle resolve` does), reviewed, imported again.
struct MergeReviewTests {
  /// 200 distinct people on four platforms, plus Maria Castellano twice on Twitter/X (two
  /// accounts) and once on LinkedIn.
  private func store() throws -> GraphDatabase {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("review.sqlite").path)
    try importIdentities(into: database)
    try resolve(database)
    return database
  }

  private func importIdentities(into database: GraphDatabase) throws {
    let firsts = ["Anna", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Gustav", "Hana", "Ivo", "Jana"]
    let families = [
      "Abara", "Bexley", "Castell", "Dorsey", "Eklund", "Farrow", "Galvin", "Hartig", "Iskra", "Jovic",
      "Kessler", "Lindahl", "Moreno", "Nakai", "Okoro", "Pryce", "Quist", "Rahimi", "Sorensen", "Tamura",
    ]
    _ = try database.storeArchive { sink in
      for index in 0..<200 {
        let name = "\(firsts[index % firsts.count]) \(families[index / firsts.count])"
        let platform: Platform = [.linkedin, .facebook, .contacts, .instagram][index % 4]
        try sink.identity(
          IdentityRecord(
            key: IdentityKey(platform: platform, nativeId: "\(platform)-\(index)", kind: .displayName),
            displayName: name))
      }
      for id in ["111", "222"] {
        try sink.identity(
          IdentityRecord(
            key: IdentityKey(platform: .twitter, nativeId: id, kind: .accountID),
            displayName: "Maria Castellano"))
      }
      try sink.identity(
        IdentityRecord(
          key: IdentityKey(platform: .linkedin, nativeId: "maria", kind: .displayName),
          displayName: "Maria Castellano"))
      return ImportSummary(archive: "people", platform: .contacts)
    }
  }

  private func resolve(_ database: GraphDatabase) throws {
    try StoreResolution.run(database)
  }

  private func marias(_ database: GraphDatabase) throws -> Int {
    Set(try database.findPersons("Maria Castellano").map(\.id)).count
  }

  /// The LinkedIn Maria and a Twitter/X one: scored below the merge threshold (a common full
  /// name on two platforms), above the review floor.
  private func mariaCandidate(_ database: GraphDatabase) throws -> MergeCandidate {
    try #require(
      try database.mergeCandidates().first {
        $0.first.displayName == "Maria Castellano" && Set([$0.first.platform, $0.second.platform]).count == 2
      })
  }

  @Test func `a pair kept apart is offered for review; rejected, it stays apart and is not offered again`()
    throws
  {
    let database = try store()
    #expect(try marias(database) == 3)
    let candidate = try mariaCandidate(database)
    #expect((0.1..<0.5).contains(candidate.probability))
    #expect(candidate.evidence.contains("first name exact"))
    try database.decideMergeCandidate(candidate.id, accept: false)
    try resolve(database)
    #expect(try database.mergeCandidates().allSatisfy { $0.id != candidate.id })
    // The same archive again, and resolution again.
    try importIdentities(into: database)
    try resolve(database)
    #expect(try marias(database) == 3)
    #expect(try database.mergeCandidates().allSatisfy { $0.id != candidate.id })
  }

  @Test func `an accepted candidate is merged, and stays merged after re-import`() throws {
    let database = try store()
    let candidate = try mariaCandidate(database)
    try database.decideMergeCandidate(candidate.id, accept: true)
    try resolve(database)
    #expect(try marias(database) == 2)
    try importIdentities(into: database)
    try resolve(database)
    #expect(try marias(database) == 2)
    #expect(try database.mergeCandidates().allSatisfy { $0.id != candidate.id })
  }

  @Test func `an identity as likely to be either of two namesakes is offered with every candidate`() throws {
    let database = try store()
    _ = try database.storeArchive { sink in
      for slug in ["sam-1", "sam-2"] {
        try sink.identity(
          IdentityRecord(
            key: IdentityKey(
              platform: .linkedin, nativeId: "https://www.linkedin.com/in/\(slug)", kind: .profileURL),
            displayName: "Samantha Menon"))
      }
      try sink.identity(
        IdentityRecord(
          key: IdentityKey(platform: .facebook, nativeId: "Samantha Menon", kind: .displayName),
          displayName: "Samantha Menon"))
      return ImportSummary(archive: "namesakes", platform: .contacts)
    }
    try resolve(database)
    #expect(Set(try database.findPersons("Samantha Menon").map(\.id)).count == 3)
    let offered = try database.mergeCandidates().filter {
      $0.first.displayName == "Samantha Menon" && $0.evidence.contains("as likely to be Samantha Menon (p-")
    }
    // The Facebook Samantha against each LinkedIn one, best first, though each pair alone would merge.
    #expect(offered.count == 2)
    #expect(
      Set(offered.flatMap { [$0.first.platform, $0.second.platform] }) == [Platform.facebook, .linkedin])
    #expect(offered.allSatisfy { $0.probability >= 0.5 })
    #expect(offered.map(\.probability) == offered.map(\.probability).sorted(by: >))
    // Accepting one settles it: the Facebook Samantha joins that LinkedIn account.
    try database.decideMergeCandidate(try #require(offered.first).id, accept: true)
    try resolve(database)
    #expect(Set(try database.findPersons("Samantha Menon").map(\.id)).count == 2)
  }
}
