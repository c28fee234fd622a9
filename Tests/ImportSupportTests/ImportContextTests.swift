import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import ImportSupport

struct ImportContextTests {
  @Test func `a contact repeated as it was is passed on once, a changed one again`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    try Data("x".utf8).write(to: directory.appendingPathComponent("messages.csv"))
    let sink = RecordingSink()
    let context = ImportContext(source: try ArchiveOpener.open(directory), sink: sink, platform: .linkedin)
    let key = IdentityKey(platform: .linkedin, nativeId: "https://www.linkedin.com/in/ana", kind: .profileURL)
    let other = IdentityKey(
      platform: .linkedin, nativeId: "https://www.linkedin.com/in/bo", kind: .profileURL)
    let ana = IdentityRecord(key: key, displayName: "Ana Lima")
    try context.readEntry(context.source.entries[0]) { _ in
      try context.identity(ana)
      try context.identity(ana)
      try context.identity(IdentityRecord(key: other, displayName: "Bo Berg"))
      try context.identity(ana)
      try context.identity(IdentityRecord(key: key, displayName: "Ana Lima", company: "Contoso"))
      try context.identity(IdentityRecord(key: key, displayName: "Ana Lima", company: "Contoso"))
    }
    #expect(
      sink.identities.map(\.key.nativeId).map { $0.split(separator: "/").last.map(String.init) } == [
        "ana", "bo", "ana",
      ])
    #expect(sink.identities.last?.company == "Contoso")
    #expect(context.summary.contacts == 2)
    // Every record the reader gave counts as read for its entry.
    #expect(context.summary.entries.first?.records == 6)
  }
}
