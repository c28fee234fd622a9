import Foundation
import TestSupport
import Testing

@testable import ArchiveAccess

struct ZipBombTests {
  @Test func `an entry that inflates past the limit is stopped there, with a clear error`() throws {
    // 64 MiB of zeros deflate to about 64 KiB.
    let zip = try ZipBuilder.zip(entries: [("bomb.csv", Data(count: 64 << 20))], name: "bomb.zip")
    #expect(try Data(contentsOf: zip).count < 200_000)
    let source = try ZipArchiveSource(url: zip, limits: ReadLimits(maxEntryBytes: 16 << 20))
    let entry = try #require(source.entries.first)
    var read = 0
    let error = #expect(throws: ArchiveError.self) {
      try source.read(entry) { read += $0.count }
    }
    #expect(error?.description.contains("larger than the limit of 16777216 bytes") == true)
    #expect(read <= 16 << 20)
  }

  @Test func `an entry whose declared size lies is stopped at the declared size`() throws {
    let content = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    let zip = try ZipBuilder.zip(entries: [("data.csv", content)], name: "liar.zip")
    var bytes = try Data(contentsOf: zip)
    // Declare 1,000 bytes in the local header (offset 22) and the central directory (offset 24).
    for (signature, offset) in [(Data([0x50, 0x4B, 0x03, 0x04]), 22), (Data([0x50, 0x4B, 0x01, 0x02]), 24)] {
      let start = try #require(bytes.firstRange(of: signature)).lowerBound + offset
      bytes.replaceSubrange(start..<(start + 4), with: [0xE8, 0x03, 0x00, 0x00])
    }
    try bytes.write(to: zip)
    let source = try ZipArchiveSource(url: zip)
    let entry = try #require(source.entries.first)
    var read = 0
    let error = #expect(throws: ArchiveError.self) {
      try source.read(entry) { read += $0.count }
    }
    #expect(error?.description.contains("inflates past its declared size of 1000 bytes") == true)
    #expect(read <= 1000)
  }

  @Test func `an entry that would inflate more than 100 times is refused before it is read`() throws {
    // One CSV row, repeated: 2 MiB that deflate to a few KiB, as the 3 GB Connections.csv of a
    // 9 MB zip does (the floor is lowered from 64 MiB so that the test stays small).
    let row = Data("Kwame,Mensah,,,Northwind,Engineer,01 Jan 2020\n".utf8)
    var bomb = Data()
    while bomb.count < 2 << 20 { bomb.append(row) }
    let zip = try ZipBuilder.zip(entries: [("Connections.csv", bomb)], name: "bomb.zip")
    let source = try ZipArchiveSource(url: zip, limits: ReadLimits(compressionRatioFloor: 1 << 20))
    #expect(source.entries.isEmpty)
    let refusal = try #require(source.refusedEntries.first)
    #expect(refusal.entry == "Connections.csv")
    #expect(refusal.reason.contains("no real export compresses more than 100 times"))
  }

  @Test func `text that compresses as real exports do is read whole under the same rule`() throws {
    var generator = SystemRandomNumberGenerator()
    var text = Data()
    while text.count < 2 << 20 {
      text.append(Data("\(UInt64.random(in: 0...UInt64.max, using: &generator)),message\n".utf8))
    }
    let zip = try ZipBuilder.zip(entries: [("messages.csv", text)], name: "messages.zip")
    let source = try ZipArchiveSource(url: zip, limits: ReadLimits(compressionRatioFloor: 1 << 20))
    let entry = try #require(source.entries.first)
    #expect(try source.readAll(entry) == text)
  }

  @Test func `a zip inside a zip is an entry, never opened`() throws {
    let inner = try ZipBuilder.zip(entries: [("inner.csv", Data(count: 1 << 20))], name: "inner.zip")
    let outer = try ZipBuilder.zip(entries: [("inner.zip", try Data(contentsOf: inner))], name: "outer.zip")
    let source = try ArchiveOpener.open(outer)
    #expect(source.entries.map(\.path) == ["inner.zip"])
    #expect(try source.readAll(try #require(source.entries.first)) == Data(contentsOf: inner))
  }
}
