import ArchiveImport
import Foundation
import GraphStore
import TestSupport
import Testing

/// Two LinkedIn exports of one owner, 2024 and 2026: Priya moved to Contoso Pharmaceuticals as
/// Director of Product, Samira is no longer a connection, Kwame is a new one.
struct SnapshotChangeTests {
  @Test func `a newer export records new and gone connections and job changes`() throws {
    let store = try StoreFixture()
    try store.importing(fixture: "linkedin/2024")
    #expect(try store.database.snapshotChanges().isEmpty)
    try store.importing(fixture: "linkedin/2026")
    let changes = try store.database.snapshotChanges()
    let described = Set(
      changes.map { "\($0.kind.rawValue) \($0.displayName) \($0.relation ?? "") \($0.after ?? "")" })
    #expect(
      described == [
        "job Priya Natarajan  Director of Product at Contoso Pharmaceuticals",
        "new Kwame Mensah connected ",
        "gone Samira O\"Connell, CPA connected ",
      ])
    let job = try #require(changes.first { $0.kind == .job })
    #expect(job.before == "Senior Product Manager at Northwind Traders, Inc.")
    #expect(job.platform == .linkedin)
    #expect(changes.allSatisfy { !$0.possiblyDeactivated })
  }

  @Test func `an unchanged export, skipped or read again, records no changes`() throws {
    let store = try StoreFixture()
    try store.importing(fixture: "linkedin/2024")
    try store.importing(fixture: "linkedin/2026")
    let before = try store.database.snapshotChanges()
    try store.importing(fixture: "linkedin/2026")
    var rereading = ArchiveImporter()
    rereading.rereadsUnchanged = true
    _ = try rereading.importArchive(at: Fixture.url("linkedin/2026"), into: store.database)
    #expect(try store.database.snapshotChanges() == before)
  }

  @Test func `a connection listed again after it was gone is new again; --since keeps the later changes`()
    throws
  {
    let store = try StoreFixture()
    try store.importing(fixture: "linkedin/2024")
    try store.importing(fixture: "linkedin/2026")
    let cutoff = Date()
    var rereading = ArchiveImporter()
    rereading.rereadsUnchanged = true
    _ = try rereading.importArchive(at: Fixture.url("linkedin/2024"), into: store.database)
    let later = try store.database.snapshotChanges(since: cutoff)
    let described = Set(later.map { "\($0.kind.rawValue) \($0.displayName)" })
    #expect(
      described == [
        "new Samira O\"Connell, CPA", "gone Kwame Mensah", "job Priya Natarajan",
      ])
  }

  @Test func `a person's tie carries the latest job change and the job it names`() throws {
    let store = try StoreFixture()
    try store.importing(fixture: "linkedin/2024")
    try store.importing(fixture: "linkedin/2026")
    let priya = try #require(
      try store.database.tieActivities(asOf: Date()).first { $0.displayName == "Priya Natarajan" })
    #expect(priya.jobChange?.after == "Director of Product at Contoso Pharmaceuticals")
    #expect(priya.company == "Contoso Pharmaceuticals")
    #expect(priya.title == "Director of Product")
  }
}
