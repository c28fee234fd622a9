import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import ArchiveImport
@testable import GraphStore

/// A destination whose store fails after a number of records, like a full disk.
private final class FailingDestination: GraphDestination, GraphSink {
  struct DiskFull: Error {}
  var remaining: Int

  init(failingAfter records: Int) {
    remaining = records
  }

  func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary {
    try body(self)
  }

  private func count() throws {
    remaining -= 1
    if remaining < 0 { throw DiskFull() }
  }

  func owner(_ owner: OwnerAccount) throws { try count() }
  func identity(_ identity: IdentityRecord) throws { try count() }
  func interaction(_ interaction: InteractionRecord) throws { try count() }
  func connection(_ connection: ConnectionRecord) throws { try count() }
  func tie(_ tie: TieRecord) throws { try count() }
}

struct StoreFailureTests {
  @Test(arguments: [0, 1, 5, 20])
  func `a failing store ends the archive's import with the store's own error`(records: Int) throws {
    #expect(throws: FailingDestination.DiskFull.self) {
      _ = try ArchiveImporter().importArchive(
        at: Fixture.url("facebook/2026"), into: FailingDestination(failingAfter: records))
    }
  }

  @Test
  func
    `a full disk fails the archive with a clear message, keeps what was committed, and the retry completes`()
    throws
  {
    let store = try StoreFixture()
    try store.importing(fixture: "linkedin/2024")
    let before = try store.counts()
    // SQLite answers SQLITE_FULL ("database or disk is full") once the file would grow past
    // max_page_count pages, exactly as when the disk has no room left.
    let pages = try store.database.queue.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
    try store.database.queue.writeWithoutTransaction {
      try $0.execute(sql: "PRAGMA max_page_count = \(pages)")
    }

    // 20,000 new connections cannot fit in the pages the store already has.
    let archive = try ZipBuilder.temporaryDirectory().appendingPathComponent("linkedin")
    try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
    var csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    for index in 0..<20_000 {
      csv += "Person\(index),Example,https://www.linkedin.com/in/person-\(index),,Acme,Engineer,01 Jan 2025\n"
    }
    try Data(csv.utf8).write(to: archive.appendingPathComponent("Connections.csv"))

    let error = #expect(throws: StoreError.self) { try store.importing(archive) }
    #expect(error?.description.contains("the disk is full") == true)
    #expect(error?.code == .full)
    #expect(error?.description.contains("free space and retry") == true)
    #expect(try store.counts() == before)

    try store.database.queue.writeWithoutTransaction {
      try $0.execute(sql: "PRAGMA max_page_count = 1073741823")
    }
    let summary = try store.importing(archive)
    #expect(summary.connections == 20_000)
    let after = try store.counts()
    #expect(after["identity", default: 0] == before["identity", default: 0] + 20_000)
  }
}
