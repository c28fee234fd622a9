import Foundation
import TestSupport
import Testing

@testable import ArchiveAccess

struct TarGzArchiveSourceTests {
  private func folder(_ files: [String: Data]) throws -> URL {
    let root = try ZipBuilder.temporaryDirectory().appendingPathComponent("archive")
    for (path, data) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
    return root
  }

  @Test func `lists and reads entries, long names and nested folders included`() throws {
    let long = String(repeating: "long", count: 40) + ".json"
    let media = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let root = try folder([
      "outbox.json": Data(#"{"orderedItems": []}"#.utf8), "media_attachments/files/000/a.bin": media,
      long: Data("x".utf8),
    ])
    let archive = try TarBuilder.tarGz(folder: root, name: "archive-20261101-abc.tar.gz")
    let source = try ArchiveOpener.open(archive)
    #expect(source is TarGzArchiveSource)
    #expect(Set(source.entries.map(\.path)) == ["outbox.json", "media_attachments/files/000/a.bin", long])
    let entry = try #require(source.entries.first { $0.path.hasSuffix("a.bin") })
    #expect(entry.size == 300_000)
    #expect(try source.readAll(entry) == media)
    let outbox = try #require(source.entries.first { $0.path == "outbox.json" })
    #expect(try source.readAll(outbox) == Data(#"{"orderedItems": []}"#.utf8))
  }

  @Test func `a truncated archive is reported`() throws {
    let root = try folder(["a.bin": Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 5) })]
    )
    let archive = try TarBuilder.tarGz(folder: root, name: "cut.tar.gz")
    let bytes = try Data(contentsOf: archive)
    try bytes.prefix(bytes.count / 2).write(to: archive)
    #expect {
      _ = try ArchiveOpener.open(archive)
    } throws: { error in
      (error as? ArchiveError)?.reason.contains("truncated") == true
    }
  }

  @Test func `entries whose paths escape the archive are refused`() throws {
    let root = try folder(["inside/a.txt": Data("a".utf8)])
    // -P keeps the "../" that GNU tar would otherwise strip.
    let archive = try TarBuilder.tarGz(
      folder: root, name: "slip.tar.gz", extraArguments: ["-P", "--transform", "s,^\\./inside,../escape,"])
    let source = try ArchiveOpener.open(archive)
    #expect(source.entries.isEmpty)
    #expect(source.refusedEntries.first?.reason.hasPrefix("unsafe entry path refused") == true)
  }
}
