import Foundation
import TestSupport
import Testing

@testable import ArchiveAccess

struct ZipArchiveSourceTests {
  @Test func `reads entries under a top folder as streams`() throws {
    let zip = try ZipBuilder.zip(
      folder: Fixture.url("twitter/2023"), name: "export.zip", topFolder: "twitter-2026")
    let source = try ArchiveOpener.open(zip)
    #expect(source is ZipArchiveSource)
    let entry = try #require(source.entries.first { $0.path == "twitter-2026/data/account.js" })
    let expected = try Data(contentsOf: Fixture.url("twitter/2023/data/account.js"))
    #expect(try source.readAll(entry) == expected)
    #expect(entry.size == UInt64(expected.count))
  }

  @Test func `a zip is recognized by its signature, not its name`() throws {
    let zip = try ZipBuilder.zip(entries: [("a.txt", Data("hello".utf8))], name: "looks-like.csv")
    #expect(try ArchiveOpener.open(zip) is ZipArchiveSource)
  }

  @Test func `entries whose paths escape the archive are refused`() throws {
    let zip = try ZipBuilder.zip(
      entries: [
        ("../../etc/passwd", Data("x".utf8)), ("/absolute.txt", Data("x".utf8)),
        ("ok/./fine.txt", Data("y".utf8)),
        ("dir\\evil.txt", Data("x".utf8)),
      ], name: "slip.zip")
    let source = try ArchiveOpener.open(zip)
    #expect(source.entries.map(\.path) == ["ok/fine.txt"])
    #expect(source.refusedEntries.count == 3)
  }

  @Test func `a corrupted entry fails its CRC check`() throws {
    let content = Data(repeating: UInt8(ascii: "a"), count: 1000)
    let zip = try ZipBuilder.zip(entries: [("data.csv", content)], name: "crc.zip", compression: .none)
    var bytes = try Data(contentsOf: zip)
    let offset = try #require(bytes.firstRange(of: content)).lowerBound + 500
    bytes[offset] = UInt8(ascii: "b")
    try bytes.write(to: zip)
    let source = try ArchiveOpener.open(zip)
    #expect {
      _ = try source.readAll(source.entries[0])
    } throws: { error in
      (error as? ArchiveError)?.reason.contains("CRC-32") == true
    }
  }

  @Test func `a truncated zip cannot be opened and says so`() throws {
    let zip = try ZipBuilder.zip(folder: Fixture.url("linkedin/2024"), name: "cut.zip")
    let bytes = try Data(contentsOf: zip)
    try bytes.prefix(bytes.count / 2).write(to: zip)
    #expect {
      _ = try ArchiveOpener.open(zip)
    } throws: { error in
      (error as? ArchiveError)?.reason.contains("not a readable zip") == true
    }
  }

  @Test func `folders list their files with relative paths and skip hidden files`() throws {
    let source = try ArchiveOpener.open(Fixture.url("linkedin/2021"))
    #expect(source.entries.map(\.path) == ["Connections.csv", "Invitations.csv", "messages.csv"])
  }

  @Test func `head reads only the first bytes`() throws {
    let source = try ArchiveOpener.open(Fixture.url("linkedin/2024/Connections.csv"))
    #expect(try source.head(of: source.entries[0], bytes: 6) == Data("Notes:".utf8))
  }
}
