import ArchiveAccess
import Foundation
import GraphStore
import RekindleModel
import TestSupport
import Testing

@testable import ArchiveImport

struct ImportTests {
  static let allFixtures = [
    "linkedin/2018", "linkedin/2021", "linkedin/2023", "linkedin/2024", "linkedin/2025", "facebook/2019",
    "facebook/2022", "facebook/2026", "facebook/2026-html", "instagram/2019", "instagram/2025",
    "instagram/2026", "twitter/2020",
    "twitter/2023", "contacts/apple", "contacts/apple-work", "contacts/outlook", "contacts/vcard4",
    "contacts/google-csv", "contacts/google-csv-legacy", "telegram/DataExport_2026-11-01",
    "telegram/ChatExport_2026-10-15", "whatsapp/android", "whatsapp/android-12h-es",
    "mastodon/archive-20261101120000-9f3c2a", "mastodon/following_accounts.csv", "log/meetings.csv",
    "contacts/xcard", "contacts/foaf", "contacts/foaf-entities", "graphs",
  ]

  @Test func `imports every fixture; the owner is never a contact`() throws {
    let store = try StoreFixture()
    for path in Self.allFixtures {
      let summary = try store.importing(fixture: path)
      #expect(summary.issues.isEmpty, "\(path): \(summary.issues)")
      #expect(summary.interactionCount + summary.connections > 0, "\(path)")
    }
    let takeout = try store.importer.importArchive(at: Fixture.url("google-takeout"), into: store.database)
    #expect(takeout.map(\.platform) == [.contacts, .calendar])
    #expect(takeout.map(\.contacts) == [3, 6])
    #expect(takeout.last?.interactions[.meeting] == 19)
    let status = try store.database.status()
    #expect(
      status.platforms.map(\.platform) == [
        "calendar", "contacts", "facebook", "graph", "instagram", "linkedin", "log", "mastodon", "telegram",
        "twitter",
        "whatsapp",
      ])
    let counts = try store.counts()
    #expect(counts["person"] == counts["identity"])
    let names = try store.database.tableCounts()
    #expect(names["owner_account"] ?? 0 >= 4)
    var ownerAsContact = false
    try store.database.forEachRecord(of: [.identity]) { record in
      if let identity = record as? ExportedIdentity,
        identity.displayName == "Alex Rivera" || identity.nativeId == "1180000000000000001"
          || identity.nativeId == "alexrivera.data" || identity.nativeId == "5123456789"
          || identity.nativeId == "alex.rivera@gmail.com"
      {
        ownerAsContact = true
      }
    }
    #expect(!ownerAsContact)
  }

  @Test func `importing the same archive twice changes nothing`() throws {
    let store = try StoreFixture()
    let zip = try ZipBuilder.zip(folder: Fixture.url("facebook/2026"), name: "facebook.zip", topFolder: "fb")
    let first = try store.importing(zip)
    let before = try store.counts()
    // Unchanged (same entries, sizes and CRCs): recognized without reading it.
    let second = try store.importing(zip)
    #expect(try store.counts() == before)
    #expect(first.interactionsAdded == first.interactionCount)
    #expect(first.unchangedSince == nil)
    #expect(second.unchangedSince != nil)
    #expect(second.fingerprint == first.fingerprint)
    #expect(second.entriesRead == 0)
    // Read again on request: the same records, nothing new.
    var rereading = ArchiveImporter()
    rereading.rereadsUnchanged = true
    let third = try #require(try rereading.importArchive(at: zip, into: store.database).first)
    #expect(third.unchangedSince == nil)
    #expect(third.interactionsAdded == 0)
    #expect(third.interactionCount == first.interactionCount)
    #expect(try store.counts() == before)
    // The same archive as a folder is the same data too.
    try store.importing(fixture: "facebook/2026")
    #expect(try store.counts() == before)
  }

  @Test func `an archive is read again when an entry changes, or when it had problems`() throws {
    let store = try StoreFixture()
    let folder = try copyOfFixture("twitter/2023")
    let first = try store.importing(folder)
    #expect(first.fingerprint != nil)
    #expect(try store.importing(folder).unchangedSince != nil)
    // Another owner name is another reading.
    var named = ArchiveImporter()
    named.ownerNames = ["Someone Else"]
    #expect(try named.importArchive(at: folder, into: store.database).first?.unchangedSince == nil)

    let tweets = folder.appendingPathComponent("data/tweets.js")
    var content = try Data(contentsOf: tweets)
    content.append(contentsOf: Array("\n".utf8))
    try content.write(to: tweets)
    let changed = try store.importing(folder)
    #expect(changed.unchangedSince == nil)
    #expect(changed.entriesRead > 0)
    #expect(changed.fingerprint != first.fingerprint)

    // An archive with a problem is never taken as done: its problems are reported each time.
    try Data("window.YTD.tweets.part0 = [ {".utf8).write(to: tweets)
    let broken = try store.importing(folder)
    #expect(!broken.issues.isEmpty)
    let again = try store.importing(folder)
    #expect(again.unchangedSince == nil)
    #expect(!again.issues.isEmpty)
  }

  @Test func `a newer archive adds only what is new`() throws {
    let store = try StoreFixture()
    let older = try copyOfFixture("facebook/2026")
    try FileManager.default.removeItem(
      at: older.appendingPathComponent(
        "your_facebook_activity/messages/inbox/tomaszwisniewski_10158812345/message_1.json"))
    let first = try store.importing(older)
    let full = try store.importing(fixture: "facebook/2026")
    #expect(full.interactionsAdded == 3)
    #expect(full.interactionCount == first.interactionCount + 3)
  }

  @Test func `bad input is reported by archive, entry and line; the rest of the batch is imported`() throws {
    let store = try StoreFixture()
    try store.importing(fixture: "twitter/2023")
    let before = try store.counts()

    // A corrupt zip.
    let directory = try ZipBuilder.temporaryDirectory()
    let corrupt = directory.appendingPathComponent("broken.zip")
    try (Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 7, count: 300)).write(to: corrupt)
    let corruptSummary = try store.importing(corrupt)
    #expect(corruptSummary.platform == nil)
    #expect(corruptSummary.issues.first?.message.contains("not a readable zip") == true)

    // A LinkedIn archive whose messages.csv has an unclosed quote on its last line (7). Without the
    // rows after it, the owner cannot be inferred: the owner's message to a masked member counts.
    let linkedin = try copyOfFixture("linkedin/2021")
    let messages = linkedin.appendingPathComponent("messages.csv")
    var text = try String(contentsOf: messages, encoding: .utf8)
    text +=
      "2-X,,Tomasz Wiśniewski,https://www.linkedin.com/in/tomasz-wisniewski-3e4f5a,Alex Rivera,"
      + "2021-07-01 07:30:00 UTC,,\"this never ends,INBOX\n"
    try text.write(to: messages, atomically: true, encoding: .utf8)
    let linkedinSummary = try store.importing(linkedin)
    let unclosed = try #require(linkedinSummary.issues.first)
    #expect(unclosed.entry == "messages.csv")
    #expect(unclosed.line == 7)
    #expect(unclosed.description.contains("messages.csv"))
    #expect(unclosed.description.contains("line 7"))
    #expect(linkedinSummary.interactionCount == 4)

    // A Facebook archive with one truncated thread.
    let facebook = try copyOfFixture("facebook/2026")
    let thread = facebook.appendingPathComponent(
      "your_facebook_activity/messages/archived_threads/kevinmarsh_5551234/message_1.json")
    let bytes = try Data(contentsOf: thread)
    try bytes.prefix(bytes.count / 2).write(to: thread)
    let facebookSummary = try store.importing(facebook)
    #expect(facebookSummary.issues.count == 1)
    #expect(facebookSummary.issues.first?.entry?.hasSuffix("kevinmarsh_5551234/message_1.json") == true)
    #expect(facebookSummary.issues.first?.message.contains("invalid JSON") == true)
    #expect(facebookSummary.interactionCount == 18)

    // A file in no known format.
    let unknown = directory.appendingPathComponent("photo.jpg")
    try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: unknown)
    let unknownSummary = try store.importing(unknown)
    #expect(unknownSummary.issues.first?.message.contains("not a recognized") == true)

    // Nothing stored before was lost; the sound parts were added.
    let after = try store.counts()
    #expect(after["interaction", default: 0] == before["interaction", default: 0] + 4 + 18)
  }

  @Test func `person ids are the same in every store`() throws {
    let first = try StoreFixture()
    let second = try StoreFixture()
    try first.importing(fixture: "linkedin/2024")
    try second.importing(fixture: "twitter/2023")
    try second.importing(fixture: "linkedin/2024")
    #expect(try personIds(first).isSubset(of: personIds(second)))
    #expect(try personIds(first).contains("p-7c1976dfeefd0365"))
  }

  private func personIds(_ store: StoreFixture) throws -> Set<String> {
    var ids: Set<String> = []
    try store.database.forEachRecord(of: [.person]) { record in
      if let person = record as? ExportedPerson { ids.insert(person.id) }
    }
    return ids
  }

  @Test func `identical messages in one minute are all kept, once, across re-imports and newer exports`()
    throws
  {
    let store = try StoreFixture()
    let first = try store.importing(fixture: "facebook/2019-html")
    #expect(first.interactionsAdded == 8)
    var reread = ArchiveImporter()
    reread.rereadsUnchanged = true
    #expect(
      try reread.importArchive(at: Fixture.url("facebook/2019-html"), into: store.database).first?
        .interactionsAdded == 0)
    // A newer export: the same thread with one more message at the top, in a new page layout.
    let newer = try copyOfFixture("facebook/2019-html")
    let page = newer.appendingPathComponent("messages/inbox/samadeyemi_7f3e2a1b9c/message_1.html")
    let html = try String(contentsOf: page, encoding: .utf8)
    let block = """
      <div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Sam Adeyemi</div>\
      <div class="_3-96 _2let"><div><div></div><div>👍</div><div></div><div></div></div></div>\
      <div class="_3-94 _2lem">02 Sep 2019, 08:00</div></div>
      """
    let marker = "<div class=\"pam "
    let insertion = try #require(html.range(of: marker))
    try (html[..<insertion.lowerBound] + block + html[insertion.lowerBound...]).write(
      to: page, atomically: true, encoding: .utf8)
    let later = try store.importing(newer)
    #expect(later.interactionCount == 9)
    #expect(later.interactionsAdded == 1)
    #expect(try store.counts()["interaction"] == 9)
  }

  @Test func `a caller's record limit reaches every reader, CSV and JSON alike`() throws {
    let store = try StoreFixture()
    let strict = ArchiveImporter(limits: ReadLimits(maxRecordBytes: 24))
    // LinkedIn's profile URLs and Meta's thread texts are longer than 24 bytes: those rows and
    // elements are skipped and reported, as a 32 MiB one is with the standard limits.
    for fixture in ["linkedin/2024", "twitter/2023"] {
      let summary = try #require(
        try strict.importArchive(at: Fixture.url(fixture), into: store.database).first)
      #expect(
        summary.issues.contains {
          $0.message.contains("longer than 24 bytes") || $0.message.contains("larger than 24 bytes")
        }, "\(fixture): \(summary.issues)")
      let standard = try #require(
        try ArchiveImporter().importArchive(at: Fixture.url(fixture), into: try StoreFixture().database).first
      )
      #expect(summary.recordCount < standard.recordCount, "\(fixture)")
    }
  }

  @Test func `a zip bomb among an export's files is refused by name; the rest is imported`() throws {
    // The LinkedIn fixture zipped with a messages.csv of one repeated row (2 MiB deflating about
    // 500 times; the ratio rule's floor lowered from 64 MiB so that the test stays small).
    let folder = try copyOfFixture("linkedin/2024")
    var bomb = Data(
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n".utf8)
    let row = Data("2-abc,,Kwame Mensah,,Alex Rivera,2024-01-05 10:00:00 UTC,,ok\n".utf8)
    while bomb.count < 2 << 20 { bomb.append(row) }
    try bomb.write(to: folder.appendingPathComponent("messages.csv"))
    let zip = try ZipBuilder.zip(folder: folder, name: "Basic_LinkedInDataExport_11-01-2026.zip")
    let store = try StoreFixture()
    let importer = ArchiveImporter(limits: ReadLimits(compressionRatioFloor: 1 << 20))
    let summary = try #require(try importer.importArchive(at: zip, into: store.database).first)
    #expect(summary.platform == .linkedin)
    #expect(
      summary.issues.contains {
        $0.entry == "messages.csv" && $0.message.contains("no real export compresses more than 100 times")
      }, "\(summary.issues)")
    let standard = try StoreFixture()
    _ = try ArchiveImporter().importArchive(at: Fixture.url("linkedin/2024"), into: standard.database)
    let connections = try store.counts()["connection"]
    #expect(connections == (try standard.counts()["connection"]))
    #expect((connections ?? 0) > 0)
  }

  private func copyOfFixture(_ path: String) throws -> URL {
    let destination = try ZipBuilder.temporaryDirectory().appendingPathComponent("copy")
    try FileManager.default.copyItem(at: Fixture.url(path), to: destination)
    return destination
  }
}
