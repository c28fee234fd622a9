import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// Connections compared between exports, with records as importers write them.
struct SnapshotDiffTests {
  private func account(_ id: String) -> IdentityKey {
    IdentityKey(platform: .twitter, nativeId: id, kind: .accountID)
  }

  /// Stores one Twitter/X export listing `followers` and `following`; `damaged` adds an issue, as
  /// a truncated file would.
  private func export(
    _ database: GraphDatabase, followers: [String], following: [String], damaged: Bool = false,
    platform: Platform = .twitter, kind: ConnectionKind? = nil
  ) throws {
    _ = try database.storeArchive { sink in
      for (ids, relation) in [(followers, ConnectionKind.follower), (following, .following)] {
        for id in ids {
          let key = IdentityKey(platform: platform, nativeId: id, kind: .accountID)
          try sink.identity(IdentityRecord(key: key, displayName: "Account \(id)"))
          try sink.connection(ConnectionRecord(identity: key, kind: kind ?? relation, since: nil))
        }
      }
      var summary = ImportSummary(archive: "export", platform: platform)
      if damaged {
        summary.issues.append(ImportIssue(archive: "export", entry: "data/follower.js", message: "cut"))
      }
      return summary
    }
    let ids = try database.identitiesForResolution().map(\.id)
    try database.assignPersons(
      groups: ids.map { [$0] },
      links: [PersonLink]())
  }

  private func described(_ database: GraphDatabase) throws -> [String] {
    try database.snapshotChanges().map {
      "\($0.kind.rawValue) \($0.displayName) \($0.relation ?? "")"
        + ($0.possiblyDeactivated ? " deactivated?" : "")
    }
  }

  private func makeDatabase() throws -> GraphDatabase {
    try GraphDatabase(path: ZipBuilder.temporaryDirectory().appendingPathComponent("d.sqlite").path)
  }

  @Test func `an account gone from every list at once may be deactivated; one that only unfollowed is not`()
    throws
  {
    let database = try makeDatabase()
    try export(database, followers: ["1", "2", "3"], following: ["1", "2"])
    try export(database, followers: ["3", "4"], following: ["2"])
    #expect(
      Set(try described(database)) == [
        "gone Account 1 follower deactivated?", "gone Account 1 following deactivated?",
        "gone Account 2 follower",
        "new Account 4 follower",
      ])
  }

  @Test func `a damaged export records what is new but nobody as gone`() throws {
    let database = try makeDatabase()
    try export(database, followers: ["1", "2"], following: [])
    try export(database, followers: ["3"], following: [], damaged: true)
    #expect(try described(database) == ["new Account 3 follower"])
  }

  @Test func `address books are not snapshots of one account and are never compared`() throws {
    let database = try makeDatabase()
    try export(database, followers: ["1", "2"], following: [], platform: .contacts, kind: .inAddressBook)
    try export(database, followers: ["3"], following: [], platform: .contacts, kind: .inAddressBook)
    #expect(try described(database).isEmpty)
  }

  @Test func `a new company is a job change in an account's export, not between address books`() throws {
    let database = try makeDatabase()
    for platform in [Platform.linkedin, .contacts] {
      for company in ["Northwind", "Contoso"] {
        _ = try database.storeArchive { sink in
          let key = IdentityKey(platform: platform, nativeId: "priya@example.com", kind: .email)
          try sink.identity(
            IdentityRecord(key: key, displayName: "Priya", company: company, title: "Engineer"))
          return ImportSummary(archive: "\(platform)-\(company)", platform: platform)
        }
      }
    }
    let ids = try database.identitiesForResolution().map(\.id)
    try database.assignPersons(
      groups: ids.map { [$0] },
      links: [PersonLink]())
    let changes = try database.snapshotChanges()
    #expect(changes.map(\.platform) == [Platform.linkedin])
    #expect(changes.first?.before == "Engineer at Northwind")
    #expect(changes.first?.after == "Engineer at Contoso")
  }
}
