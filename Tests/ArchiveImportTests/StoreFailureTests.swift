import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import ArchiveImport

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
}
