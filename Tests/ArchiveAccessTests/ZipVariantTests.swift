import Foundation
import TestSupport
import Testing

@testable import ArchiveAccess

/// Zip variants that exports and hand-made archives use, each made with Info-ZIP's `zip` and
/// kept here as bytes: `zip -P secret`, `zip -fz` (zip64 headers), and `zip - < file` (streamed,
/// sizes in a data descriptor after the data).
struct ZipVariantTests {
  static let content = Data("First Name,Last Name\nAna,Lima\n".utf8)

  private func source(_ base64: String, name: String) throws -> any ArchiveSource {
    let url = try ZipBuilder.temporaryDirectory().appendingPathComponent(name)
    try #require(Data(base64Encoded: base64)).write(to: url)
    return try ArchiveOpener.open(url)
  }

  @Test func `zip64 headers are read`() throws {
    let zip = try source(
      "UEsDBC0AAAAIAIUMd11/pBbm//////////8IADAAZGF0YS5jc3ZVVAkAA4qYA2uKmANrdXgLAAEEAAAAAAQAAAAAAQAQAB4AAAAAAAAAGgAAAAAAAABzyywqLlHwS8xN1fFJhLK4HPMSdXwycxO5AFBLAQIeAy0AAAAIAIUMd11/pBbmGgAAAP////8IACQAAAAAAAEAAACkgQAAAABkYXRhLmNzdlVUBQADipgDa3V4CwABBAAAAAAEAAAAAAEACAAeAAAAAAAAAFBLBgYsAAAAAAAAAB4DLQAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAABaAAAAAAAAAHAAAAAAAAAAUEsGBwAAAADKAAAAAAAAAAEAAABQSwUGAAAAAAEAAQBaAAAA/////wAA",
      name: "zip64.zip")
    let entry = try #require(zip.entries.first)
    #expect(entry.path == "data.csv")
    #expect(try zip.readAll(entry) == Self.content)
  }

  @Test func `sizes in a data descriptor are read`() throws {
    let zip = try source(
      "UEsDBC0AAAAIAIUMd11/pBbm//////////8BABQALQEAEAAeAAAAAAAAABoAAAAAAAAAc8ssKi5R8EvMTdXxSYSyuBzzEnV8MnMTuQBQSwECHgMtAAAACACFDHddf6QW5hoAAAAeAAAAAQAAAAAAAAABAAAAgBEAAAAALVBLBgYsAAAAAAAAAB4DLQAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAvAAAAAAAAAE0AAAAAAAAAUEsGBwAAAAB8AAAAAAAAAAEAAABQSwUGAAAAAAEAAQAvAAAATQAAAAAA",
      name: "descriptor.zip")
    let entry = try #require(zip.entries.first)
    #expect(try zip.readAll(entry) == Self.content)
  }

  @Test func `an encrypted entry is reported as not read, never read as garbage`() throws {
    let zip = try source(
      "UEsDBBQACQAIAIUMd11/pBbmJgAAAB4AAAAIABwAZGF0YS5jc3ZVVAkAA4qYA2uKmANrdXgLAAEEAAAAAAQAAAAAr3VOUnOZ3naydpU3Uh//YNAnHmJ/95VVVRxEvo3au2czcn9io99QSwcIf6QW5iYAAAAeAAAAUEsBAh4DFAAJAAgAhQx3XX+kFuYmAAAAHgAAAAgAGAAAAAAAAQAAAKSBAAAAAGRhdGEuY3N2VVQFAAOKmANrdXgLAAEEAAAAAAQAAAAAUEsFBgAAAAABAAEATgAAAHgAAAAAAA==",
      name: "encrypted.zip")
    #expect(zip.entries.isEmpty)
    let refused = try #require(zip.refusedEntries.first)
    #expect(refused.description.contains("1 encrypted (password-protected) entries were not read"))
  }
}
