import ArchiveImport
import Foundation
import GraphStore
import RekindleModel
import TestSupport
import Testing

/// `rekindle import` as a library call: a batch into a store, then persons.
struct BatchImportTests {
  @Test func `a batch is imported, resolved, and an unchanged batch again is neither read nor resolved`()
    throws
  {
    let database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("batch.sqlite").path)
    var batch = BatchImport()
    batch.ownerNames = ["Alex Rivera"]
    let urls = ["linkedin/2024", "facebook/2026", "twitter/2023"].map(Fixture.url)
    var read: [String] = []
    let first = try batch.run(urls, into: database, didRead: { url, _ in read.append(url.lastPathComponent) })
    #expect(read == ["2024", "2026", "2023"])
    #expect(first.summaries.map(\.platform) == [.linkedin, .facebook, .twitter])
    #expect(!first.skippedInput)
    let resolution = try #require(first.resolution)
    #expect(resolution.identities > resolution.persons)
    #expect(try database.findPersons("Priya Natarajan").count == 1)

    let again = try batch.run(urls, into: database)
    #expect(again.summaries.allSatisfy { $0.unchangedSince != nil })
    #expect(again.resolution == nil)
    // A region asks for resolution again.
    batch.region = "DE"
    #expect(try batch.run(urls, into: database).resolution == resolution)
  }
}
