import ArchiveImport
import Foundation
import GraphStore
import RekindleModel
import TestSupport
import Testing
import TieAnalysis

/// `rekindle at` on archives as they come: two LinkedIn exports (2024 and 2026; Priya moved from
/// Northwind Traders to Contoso Pharmaceuticals between them, Robert is Head of Data at Contoso
/// GmbH in both) and an Apple Contacts export (Hannah known only by her @contoso.co.uk address,
/// Lena at Proton AG, Tom with a personal @proton.me address, Diego at The Fabrikam Group, Inc.).
struct CompanyContactsFixtureTests {
  private static let asOf = ISO8601DateFormatter().date(from: "2026-11-22T00:00:00Z") ?? Date()

  private static func store() throws -> GraphDatabase {
    let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("at.sqlite").path
    let database = try GraphDatabase(path: path)
    var importer = ArchiveImporter()
    importer.ownerNames = ["Alex Rivera"]
    for fixture in ["linkedin/2024", "linkedin/2026", "contacts/apple-work"] {
      _ = try importer.importArchive(at: Fixture.url(fixture), into: database)
    }
    try StoreResolution.run(database)
    return database
  }

  private static func contacts(_ targets: [String], exact: Bool = false) throws -> [CompanyContacts] {
    let database = try store()
    let report = CompanyContactsReport(targets: targets.map { CompanyTarget($0, exact: exact) }, asOf: asOf)
    let runner = ReportRunner(store: database, asOf: asOf)
    return report.contacts(
      ties: try runner.ties(rhythmFor: report.needsRhythm), evidence: try database.employmentEvidence())
  }

  @Test func `current employees from LinkedIn, a job change and a work e-mail on a card`() throws {
    let contoso = try #require(try Self.contacts(["Contoso"]).first)
    #expect(contoso.current.map(\.displayName) == ["Priya Natarajan", "Robert Müller", "Hannah Reyes"])
    #expect(contoso.former.isEmpty)
    let priya = try #require(contoso.entries.first?.employment)
    #expect(
      priya.text
        == "Director of Product at Contoso Pharmaceuticals since the 2026 export (was Senior Product Manager at Northwind Traders, Inc.)"
    )
    // The 2026 export's newest record is Kwame's connection of 14 Feb 2026.
    #expect(priya.seen.map { ISO8601DateFormatter().string(from: $0) } == "2026-02-14T00:00:00Z")
    let robert = try #require(contoso.entries.dropFirst().first)
    #expect(robert.employment?.text == "Head of Data at Contoso GmbH, per the LinkedIn export of 2026")
    #expect(robert.reachOn == .linkedin)
    #expect(robert.profileURL == "https://www.linkedin.com/in/robert-mueller-1a2b3c")
    #expect(robert.reason.contains("1 message on LinkedIn, 2024"))
    let hannah = try #require(contoso.entries.last)
    #expect(hannah.employment?.source == .workEmail)
    #expect(hannah.employment?.company == "contoso.co.uk")
    #expect(hannah.reason == "a work e-mail address at contoso.co.uk; never in touch")
    #expect(
      Set(contoso.matchedNames.map(\.name)) == ["Contoso GmbH", "Contoso Pharmaceuticals", "contoso.co.uk"])
  }

  @Test func `a former employee from a job change between exports, matched through legal forms`() throws {
    let northwind = try #require(try Self.contacts(["northwind traders inc"]).first)
    #expect(northwind.current.isEmpty)
    #expect(northwind.former.map(\.displayName) == ["Priya Natarajan"])
    #expect(
      northwind.former.first?.employment?.text
        == "was Senior Product Manager at Northwind Traders, Inc. until the 2026 export; now Director of Product at Contoso Pharmaceuticals"
    )
  }

  @Test func `a legal form on a card matches; a personal-provider address never does`() throws {
    let lists = try Self.contacts(["Proton", "Fabrikam"])
    #expect(lists[0].entries.map(\.displayName) == ["Lena Vogel"])
    #expect(lists[0].entries.first?.employment?.source == .addressBook)
    #expect(!lists.flatMap(\.entries).map(\.displayName).contains("Tom Baker"))
    // Diego's card says The Fabrikam Group, Inc.; Samira's LinkedIn connection, Fabrikam (2024).
    #expect(Set(lists[1].entries.map(\.displayName)) == ["Diego Alvarez", "Samira O\"Connell, CPA"])
  }

  @Test func `a typo gets the closest names; --exact turns the fuzziness off`() throws {
    let typo = try #require(try Self.contacts(["Contosso"]).first)
    #expect(typo.entries.isEmpty)
    #expect(
      typo.note == "no one at 'Contosso'; did you mean Contoso GmbH (1) or Contoso Pharmaceuticals (1)?")
    let exact = try Self.contacts(["Contoso GmbH", "Contoso"], exact: true)
    #expect(exact[0].entries.map(\.displayName) == ["Robert Müller"])
    #expect(exact[1].entries.isEmpty)
  }
}
