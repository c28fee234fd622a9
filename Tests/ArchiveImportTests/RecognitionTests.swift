import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import ArchiveImport

struct RecognitionTests {
  static let fixtures: [(String, Platform)] = [
    ("linkedin/2018", .linkedin), ("linkedin/2021", .linkedin), ("linkedin/2023", .linkedin),
    ("linkedin/2024", .linkedin), ("linkedin/2025", .linkedin), ("facebook/2019", .facebook),
    ("facebook/2026-html", .facebook),
    ("facebook/2022", .facebook), ("facebook/2026", .facebook), ("instagram/2025", .instagram),
    ("instagram/2026", .instagram), ("instagram/2019", .instagram), ("twitter/2020", .twitter),
    ("twitter/2023", .twitter),
    ("linkedin/2024/Connections.csv", .linkedin), ("linkedin/2018/messages.csv", .linkedin),
    ("instagram/2025/connections/followers_and_following/followers_1.json", .instagram),
    ("twitter/2023/data/direct-messages.js", .twitter),
    ("contacts/apple/Contacts.vcf", .contacts), ("contacts/outlook", .contacts),
    ("contacts/vcard4", .contacts),
    ("contacts/google-csv/contacts.csv", .contacts), ("contacts/google-csv-legacy", .contacts),
    ("telegram/DataExport_2026-11-01", .telegram), ("telegram/ChatExport_2026-10-15/result.json", .telegram),
    ("whatsapp/android", .whatsapp), ("whatsapp/ios/_chat.txt", .whatsapp),
    ("mastodon/archive-20261101120000-9f3c2a", .mastodon), ("mastodon/following_accounts.csv", .mastodon),
    ("log/meetings.csv", .log), ("contacts/xcard", .contacts), ("contacts/foaf/foaf.rdf", .contacts),
    ("graphs", .graph), ("graphs/network.gexf", .graph),
    ("whatsapp/android-12h-es/WhatsApp Chat with Mateo García.txt", .whatsapp),
  ]

  @Test(arguments: fixtures)
  func `recognizes folders and single files by content`(path: String, platform: Platform) throws {
    let source = try ArchiveOpener.open(Fixture.url(path))
    #expect(ArchiveImporter.recognize(source).map { $0.platform } == [platform])
  }

  @Test(arguments: fixtures.filter { !$0.0.contains(".") })
  func `recognizes zips at the root or under one top folder, whatever their name`(
    path: String, platform: Platform
  )
    throws
  {
    for top in [nil, "export-folder"] {
      // A misleading name: recognition never looks at it.
      let zip = try ZipBuilder.zip(folder: Fixture.url(path), name: "twitter-2026-11-01.zip", topFolder: top)
      #expect(ArchiveImporter.recognize(try ArchiveOpener.open(zip)).map { $0.platform } == [platform])
    }
  }

  @Test func `a Google Takeout is read for its contacts and its calendars`() throws {
    let source = try ArchiveOpener.open(Fixture.url("google-takeout"))
    #expect(ArchiveImporter.recognize(source).map { $0.platform } == [.contacts, .calendar])
    let calendar = try ArchiveOpener.open(
      Fixture.url("google-takeout/Takeout/Calendar/alex.rivera@gmail.com.ics"))
    #expect(ArchiveImporter.recognize(calendar).map { $0.platform } == [.calendar])
  }

  @Test func `an unknown file is not recognized`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let file = directory.appendingPathComponent("notes.txt")
    try Data("shopping list\n".utf8).write(to: file)
    #expect(ArchiveImporter.recognize(try ArchiveOpener.open(file)).isEmpty)
  }
}
