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

  @Test func `a zip inside a zip is an entry, never opened`() throws {
    let inner = try ZipBuilder.zip(entries: [("inner.csv", Data(count: 1 << 20))], name: "inner.zip")
    let outer = try ZipBuilder.zip(entries: [("inner.zip", try Data(contentsOf: inner))], name: "outer.zip")
    let source = try ArchiveOpener.open(outer)
    #expect(source.entries.map(\.path) == ["inner.zip"])
    #expect(try source.readAll(try #require(source.entries.first)) == Data(contentsOf: inner))
  }
}
