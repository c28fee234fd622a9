import ArchiveAccess
import Foundation
import TestSupport
import Testing

@testable import ImportSupport

struct CSVEntryReaderTests {
  @Test func `reads LinkedIn's UTF-16LE tab-separated 2018 files`() throws {
    let source = try ArchiveOpener.open(Fixture.url("linkedin/2018/Logins.csv"))
    var records: [CSVRecord] = []
    try CSVEntryReader().read(
      source.entries[0], from: source, isHeader: { $0.contains("Login Date") },
      onRecord: { records.append($0) })
    #expect(records.count == 2)
    #expect(records.first?["Login Date"] == "2018/08/18 17:16:55 UTC")
    #expect(records.first?["User Agent"] == "Mozilla/5.0 (X11; Linux x86_64)")
  }

  @Test func `finds the header after the Notes preamble`() throws {
    let source = try ArchiveOpener.open(Fixture.url("linkedin/2024/Connections.csv"))
    var header: CSVHeader?
    var names: [String] = []
    try CSVEntryReader().read(
      source.entries[0], from: source, isHeader: { $0.contains("First Name", "Connected On") },
      onHeader: { header = $0 }, onRecord: { names.append($0["First Name"] ?? "-") })
    #expect(header?.line == 4)
    #expect(header?.names.count == 7)
    #expect(names == ["Priya", "Robert", "Samira", "Jordan", "-", "Mina"])
  }

  @Test func `a file without the expected header is an error`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let file = directory.appendingPathComponent("Connections.csv")
    try Data("just,some,other\n1,2,3\n".utf8).write(to: file)
    let source = try ArchiveOpener.open(file)
    #expect(throws: CSVEntryReader.Failure.self) {
      try CSVEntryReader().read(source.entries[0], from: source, isHeader: { $0.contains("Connected On") }) {
        _ in
      }
    }
  }

  @Test func `columns are found as written and in any case; the first of two names wins`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let file = directory.appendingPathComponent("messages.csv")
    try Data("From,DATE,Direction,from,E-mail 1 - Value\nAna,2024-01-02,OUTGOING,Bo,ana@example.org\n".utf8)
      .write(to: file)
    let source = try ArchiveOpener.open(file)
    var records: [CSVRecord] = []
    try CSVEntryReader().read(source.entries[0], from: source, isHeader: { $0.contains("From") }) {
      records.append($0)
    }
    let record = try #require(records.first)
    #expect(record["From"] == "Ana")
    #expect(record["from"] == "Bo")
    #expect(record["FROM"] == "Ana")
    #expect(record["Date"] == "2024-01-02")
    #expect(record["DIRECTION"] == "OUTGOING")
    #expect(record["IS MESSAGE DRAFT"] == nil)
    #expect(record.hasColumn("direction"))
    #expect(!record.hasColumn("Folder"))
    #expect(record.values(whereColumn: { $0.hasPrefix("E-MAIL") }) == ["ana@example.org"])
    #expect(record.values(whereColumn: { $0.hasPrefix("E-mail") }) == ["ana@example.org"])
  }
}
