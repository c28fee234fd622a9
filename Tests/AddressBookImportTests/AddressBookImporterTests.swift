import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel
import TestSupport
import Testing

@testable import AddressBookImport

struct AddressBookImporterTests {
  let importer = AddressBookImporter()

  @Test func `Google Takeout vCards: groups, escapes, photo URLs, name-less cards`() throws {
    let sink = try Fixture.run(importer, on: "google-takeout")
    let robert = try #require(sink.identity("r.mueller@gmail.com"))
    #expect(robert.key.platform == .contacts)
    #expect(robert.key.kind == .email)
    #expect(robert.displayName == "Robert Müller")
    #expect(robert.firstName == "Robert")
    #expect(robert.lastName == "Müller")
    #expect(robert.emails == ["r.mueller@gmail.com", "r.mueller@example.com"])
    #expect(robert.phones == ["+4915123456789"])
    #expect(robert.profileURLs == ["https://www.linkedin.com/in/robert-mueller-1a2b3c"])
    #expect(robert.company == "Contoso GmbH")
    #expect(robert.title == "Head of Data")
    #expect(sink.identity("priya.n@example.com")?.phones == ["4155550142"])
    // A card with only a phone is keyed by the phone.
    #expect(sink.identity("+351912000111")?.key.kind == .phone)
    #expect(sink.connections.count == 3)
    #expect(sink.connections.allSatisfy { $0.kind == .inAddressBook && $0.since == nil })
  }

  @Test func `Apple vCards: UID keys, social profiles, a folded photo skipped`() throws {
    let sink = try Fixture.run(importer, on: "contacts/apple")
    let zoe = try #require(sink.identity("5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE"))
    #expect(zoe.key.kind == .contactUID)
    #expect(zoe.displayName == "Zoë Lindqvist")
    #expect(zoe.company == "Northwind Traders")
    #expect(zoe.phones == ["+46701234567"])
    #expect(
      zoe.profileURLs == ["https://zoe.example.se", "http://twitter.com/zoelq", "x-apple:zoe.lindqvist"])
    #expect(sink.identity("0C1F2E3D-4B5A-6978-8796-A5B4C3D2E1F0")?.profileURLs == ["skype:mina.okafor"])
    #expect(sink.summary.issues.isEmpty)
  }

  @Test func `Apple vCards of work contacts: an organization with a unit, an escaped comma, work e-mails`()
    throws
  {
    let sink = try Fixture.run(importer, on: "contacts/apple-work")
    let hannah = try #require(sink.identity("7E2B9C41-0D3A-4F5E-8A6B-1C2D3E4F5A6B"))
    #expect(hannah.company == nil)
    #expect(hannah.emails == ["hannah.reyes@contoso.co.uk"])
    let lena = try #require(sink.identity("2F4A6C8E-1B3D-4E5F-9A7B-2C4D6E8F0A1B"))
    #expect(lena.company == "Proton AG")
    #expect(lena.title == "Security Engineer")
    #expect(sink.identity("4D5E6F70-8192-4A3B-BC4D-5E6F708192A3")?.company == "The Fabrikam Group, Inc.")
    #expect(sink.identity("9C8B7A65-4D3E-2F1A-0B9C-8D7E6F5A4B3C")?.emails == ["tom.baker@proton.me"])
    #expect(sink.summary.contacts == 4)
    #expect(sink.summary.issues.isEmpty)
  }

  @Test func `vCard 2.1: bare types, quoted-printable in Windows-1252 and UTF-8, a BASE64 photo`() throws {
    let sink = try Fixture.run(importer, on: "contacts/outlook")
    let jorg = try #require(sink.identity("jorg.haugen@fabrikam.example"))
    #expect(jorg.displayName == "Jörg Haugen")
    #expect(jorg.firstName == "Jörg")
    #expect(jorg.phones == ["+4722123456", "+4791234567"])
    #expect(jorg.title == "Sales Director")
    let elodie = try #require(sink.identity("elodie.dubois@example.fr"))
    #expect(elodie.displayName == "Élodie Dubois")
    #expect(elodie.phones == ["0612345678"])
  }

  @Test func `vCard 4.0: tel URIs, PREF, urn UIDs`() throws {
    let sink = try Fixture.run(importer, on: "contacts/vcard4")
    let kenji = try #require(sink.identity("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"))
    #expect(kenji.phones == ["+819012345678"])
    #expect(kenji.emails == ["kenji.tanaka@example.jp"])
    #expect(kenji.profileURLs == ["https://github.com/kenji-tanaka-example", "xmpp:kenji@example.jp"])
  }

  @Test func `Google Contacts CSV, current header: numbered columns and ::: multi-values`() throws {
    let sink = try Fixture.run(importer, on: "contacts/google-csv")
    let amara = try #require(sink.identity("amara@tailspin.example"))
    #expect(amara.emails == ["amara@tailspin.example", "amara.diallo@example.com", "amara.d@example.org"])
    #expect(amara.phones == ["+221771234567"])
    #expect(amara.company == "Tailspin Toys")
    #expect(amara.title == "CTO")
    #expect(amara.displayName == "Amara Diallo")
    #expect(amara.profileURLs == ["https://www.linkedin.com/in/amara-diallo-7f3e2d"])
    #expect(sink.identity("jonas.becker@example.de")?.phones == ["01701234567", "0301234567"])
  }

  @Test func `Google Contacts CSV, legacy header`() throws {
    let sink = try Fixture.run(importer, on: "contacts/google-csv-legacy")
    let luis = try #require(sink.identity("luis.gomez@wideworld.example"))
    #expect(luis.displayName == "Luis Gómez")
    #expect(luis.lastName == "Gómez")
    #expect(luis.company == "Wide World Importers")
    #expect(luis.phones == ["+34612345678"])
  }

  @Test func `a truncated vCard file reports the unfinished card`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let file = directory.appendingPathComponent("cut.vcf")
    try Data(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Cut"
        .utf8
    )
    .write(to: file)
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(file))
    #expect(sink.identities.count == 1)
    #expect(sink.summary.issues.first?.message.contains("no END:VCARD") == true)
  }
}

struct VCardParserTests {
  private func cards(_ text: String) throws -> [[ContentLine]] {
    var parser = VCardParser()
    var lines = ImportSupportLines(text)
    var cards: [[ContentLine]] = []
    while let line = lines.next() { try parser.feed(line) { cards.append($0) } }
    try parser.finish { cards.append($0) }
    return cards
  }

  @Test func `unfolds continuation lines and keeps escaped separators`() throws {
    let card = try #require(
      try cards("BEGIN:VCARD\nNOTE:one\\, two\n  and three\\nfour\nN:Doe\\;Jr;Jane;;;\nEND:VCARD").first)
    #expect(card.first { $0.name == "NOTE" }?.text == "one, two and three\nfour")
    #expect(card.first { $0.name == "N" }?.components == ["Doe;Jr", "Jane", "", "", ""])
  }

  @Test func `reads groups, parameters and quoted parameter values`() throws {
    let card = try #require(
      try cards("BEGIN:VCARD\nitem1.TEL;TYPE=\"voice,cell\";PREF=1:tel:+1\nEND:VCARD").first)
    let tel = try #require(card.first)
    #expect(tel.group == "item1")
    #expect(tel.parameter("TYPE") == ["voice", "cell"])
    #expect(tel.rawValue == "tel:+1")
  }

  @Test func `skips binary properties without keeping their lines`() throws {
    let card = try #require(
      try cards("BEGIN:VCARD\nPHOTO;ENCODING=b:AAAA\n BBBB\n CCCC\nFN:After Photo\nEND:VCARD").first)
    #expect(card.map(\.name) == ["FN"])
    #expect(card.first?.text == "After Photo")
  }
}

/// Splits test text into lines of bytes.
private struct ImportSupportLines {
  private var lines: [[UInt8]]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
  }

  mutating func next() -> [UInt8]? {
    lines.isEmpty ? nil : lines.removeFirst()
  }
}

struct XMLContactsTests {
  let importer = AddressBookImporter()

  @Test func `xCard: values from text and uri, parameters ignored`() throws {
    let sink = try Fixture.run(importer, on: "contacts/xcard")
    let ingrid = try #require(sink.identity("urn:uuid:0b5e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"))
    #expect(ingrid.displayName == "Ingrid Haugen")
    #expect(ingrid.firstName == "Ingrid")
    #expect(ingrid.lastName == "Haugen")
    #expect(ingrid.emails == ["ingrid.haugen@fabrikam.example"])
    #expect(ingrid.phones == ["+4722987654"])
    #expect(ingrid.company == "Fabrikam AS")
    #expect(ingrid.title == "Data Steward")
    #expect(ingrid.profileURLs == ["https://ingrid.example.no"])
    #expect(sink.identity("omar@haddad.example")?.displayName == "Omar Haddad")
  }

  @Test func `FOAF: the profile's subject is the owner, the people it knows are contacts`() throws {
    let sink = try Fixture.run(importer, on: "contacts/foaf")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.owners.first?.emails == ["alex.rivera@example.org"])
    let sofia = try #require(sink.identity("sofia.costa@example.pt"))
    #expect(sofia.displayName == "Sofía Costa")
    #expect(sofia.profileURLs == ["https://twitter.com/sofiacosta"])
    #expect(sink.identity("Kenji Tanaka")?.profileURLs == ["https://github.com/kenji-tanaka-example"])
    #expect(sink.connections.map(\.kind) == [.knows, .knows])
  }

  @Test func `FOAF with an internal DTD subset: the records are read, no entity is expanded`() throws {
    // `xmlns:rdf="&rdf;"`, `rdf:resource="&foaf;Person"` and an external `&secret;` (file:///etc/hostname).
    let sink = try Fixture.run(importer, on: "contacts/foaf-entities")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    let ingrid = try #require(sink.identity("ingrid.solberg@example.no"))
    #expect(ingrid.displayName == "Ingrid Solberg")
    #expect(sink.identity("Tomás Ferreira")?.profileURLs == ["https://tomas-ferreira.example.pt"])
    #expect(sink.connections.map(\.kind) == [.knows, .knows])
    #expect(sink.summary.issues.isEmpty)
    let reason = "entities the document declares (never expanded: what they stand for is left out)"
    #expect(sink.summary.skipped[reason] == 3)
    #expect(sink.summary.skipExamples[reason] == "rdf")
  }

  @Test func `malformed XML is reported with its line`() throws {
    let file = try ZipBuilder.temporaryDirectory().appendingPathComponent("broken.xml")
    try Data("<vcards xmlns=\"urn:ietf:params:xml:ns:vcard-4.0\">\n<vcard>\n<fn><text>A</fn>\n".utf8).write(
      to: file)
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(file))
    let issue = try #require(sink.summary.issues.first)
    #expect(issue.line == 3)
    #expect(issue.message.contains("invalid XML (Opening and ending tag mismatch"))
  }
}
