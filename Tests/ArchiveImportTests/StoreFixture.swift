import ArchiveImport
import Foundation
import GraphStore
import RekindleModel
import TestSupport

/// A fresh store in a temporary folder, and helpers to import fixtures into it.
struct StoreFixture {
  let database: GraphDatabase
  let importer = ArchiveImporter()

  init() throws {
    database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("test.sqlite").path)
  }

  /// Imports `url`, which must be read by exactly one importer, and returns its summary.
  @discardableResult
  func importing(_ url: URL) throws -> ImportSummary {
    let summaries = try importer.importArchive(at: url, into: database)
    guard summaries.count == 1, let summary = summaries.first else {
      throw CocoaError(
        .featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "\(summaries.count) summaries"])
    }
    return summary
  }

  @discardableResult
  func importing(fixture path: String) throws -> ImportSummary {
    try importing(Fixture.url(path))
  }

  /// Row counts of every table, to compare before and after.
  func counts() throws -> [String: Int] {
    try database.tableCounts()
  }
}
