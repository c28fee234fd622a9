import Foundation
import RekindleModel
import Testing
import TieAnalysis

/// `rekindle at` over ties and evidence held in memory: who counts as working at a company now or
/// before, and in what order.
struct CompanyContactsReportTests {
  private static let asOf = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
  private static let year = 365.25 * 86_400

  private static func yearsAgo(_ years: Double) -> Date { asOf.addingTimeInterval(-years * year) }

  /// A tie with `messages` each way, the last `silentYears` ago, over `spanYears`.
  private static func tie(
    _ id: String, _ name: String, messages: Int = 0, silentYears: Double = 0, spanYears: Double = 1,
    met: Int = 0
  ) -> TieActivity {
    var tie = TieActivity(personId: id, displayName: name, platforms: [.linkedin])
    guard messages > 0 else { return tie }
    tie.messagesSent = messages
    tie.messagesReceived = messages
    tie.meetingsInPerson = met
    let last = yearsAgo(silentYears)
    tie.lastInteraction = last
    tie.firstInteraction = last.addingTimeInterval(-spanYears * year)
    tie.spans = [
      .init(platform: .linkedin, count: 2 * messages, first: tie.firstInteraction ?? last, last: last)
    ]
    tie.last = .init(
      date: last, platform: .linkedin, kind: .message, direction: .sent, text: nil, identityId: 1)
    return tie
  }

  private static func profile(_ id: String, _ company: String, title: String? = nil, seen: Double = 0.5)
    -> EmploymentEvidence
  {
    EmploymentEvidence(
      personId: id, platform: .linkedin, source: .profile, company: company, title: title,
      seen: yearsAgo(seen))
  }

  private func contacts(
    _ targets: [String], _ ties: [TieActivity], _ evidence: [EmploymentEvidence], limit: Int? = nil
  ) -> [CompanyContacts] {
    CompanyContactsReport(targets: targets.map { CompanyTarget($0) }, asOf: Self.asOf, limit: limit)
      .contacts(ties: ties, evidence: evidence)
  }

  @Test func `a dormant strong tie ranks above an active weak one`() throws {
    let ties = [
      Self.tie("p-weak", "Wendy Active", messages: 2, silentYears: 0.1),
      Self.tie("p-strong", "Dora Dormant", messages: 60, silentYears: 4, spanYears: 5, met: 2),
      Self.tie("p-none", "Nils Never"),
    ]
    let evidence = ["p-weak", "p-strong", "p-none"].map { Self.profile($0, "Contoso GmbH") }
    let list = try #require(contacts(["Contoso"], ties, evidence).first)
    #expect(list.entries.map(\.displayName) == ["Dora Dormant", "Wendy Active", "Nils Never"])
    #expect(list.entries.map(\.rank) == [1, 2, 3])
    #expect(list.entries[0].state == .dormant)
    #expect(list.entries[0].reason.contains("dormant 4 years; met 2 times"))
    #expect(list.entries[1].state == nil)
    #expect(list.entries[1].reason.contains("in touch"))
    #expect(list.entries[2].reason.hasSuffix("never in touch"))
    #expect(list.entries.allSatisfy { $0.reachOn == .linkedin })
  }

  @Test func `current employees come before former ones, whatever their strength`() throws {
    let ties = [
      Self.tie("p-left", "Lars Left", messages: 80, silentYears: 2),
      Self.tie("p-there", "Tia There"),
    ]
    let evidence = [
      Self.profile("p-there", "Contoso"),
      Self.profile("p-left", "Northwind", title: "CTO", seen: 0.5),
      EmploymentEvidence(
        personId: "p-left", platform: .linkedin, source: .formerJob, company: "Contoso Ltd",
        title: "Engineer",
        seen: Self.yearsAgo(0.5)),
    ]
    let list = try #require(contacts(["Contoso"], ties, evidence).first)
    #expect(list.current.map(\.displayName) == ["Tia There"])
    #expect(list.former.map(\.displayName) == ["Lars Left"])
    #expect(list.entries.map(\.displayName) == ["Tia There", "Lars Left"])
    let left = try #require(list.former.first?.employment)
    #expect(!left.isCurrent)
    #expect(left.text == "was Engineer at Contoso Ltd until the 2026 export; now CTO at Northwind")
  }

  @Test func `an older card's company is a former job when a newer export says another`() throws {
    let evidence = [
      EmploymentEvidence(
        personId: "p-1", platform: .contacts, source: .addressBook, company: "Contoso", title: "Analyst",
        seen: Self.yearsAgo(5)),
      Self.profile("p-1", "Litware", title: "Data Lead", seen: 0.3),
    ]
    let ties = [Self.tie("p-1", "Omar Older")]
    let contoso = try #require(contacts(["Contoso"], ties, evidence).first)
    #expect(contoso.former.count == 1)
    #expect(
      contoso.former.first?.employment?.text.hasPrefix("was Analyst at Contoso on an address-book card (")
        == true)
    #expect(contoso.former.first?.employment?.now == "Data Lead at Litware")
    let litware = try #require(contacts(["Litware"], ties, evidence).first)
    #expect(litware.current.count == 1)
  }

  @Test func `a work e-mail counts unless a newer export names another company; a personal one never`()
    throws
  {
    let ties = [
      Self.tie("p-mail", "Hana Mail"), Self.tie("p-old", "Otto Old"), Self.tie("p-gmail", "Gus Gmail"),
    ]
    let evidence = [
      EmploymentEvidence(
        personId: "p-mail", platform: .contacts, source: .workEmail, company: "contoso.co.uk"),
      EmploymentEvidence(
        personId: "p-old", platform: .linkedin, source: .workEmail, company: "contoso.com",
        seen: Self.yearsAgo(3)),
      Self.profile("p-old", "Northwind", seen: 0.5),
      EmploymentEvidence(personId: "p-gmail", platform: .contacts, source: .workEmail, company: "gmail.com"),
    ]
    let list = try #require(contacts(["Contoso"], ties, evidence).first)
    #expect(list.current.map(\.displayName) == ["Hana Mail"])
    #expect(list.current.first?.employment?.text == "a work e-mail address at contoso.co.uk")
    #expect(list.current.first?.reachOn == .linkedin)
    #expect(list.former.map(\.displayName) == ["Otto Old"])
    let gmail = try #require(contacts(["Gmail"], ties, evidence).first)
    #expect(gmail.entries.isEmpty)
  }

  @Test func `a company that matches nobody says so, with the closest names the store knows`() throws {
    let ties = (1...5).map { Self.tie("p-\($0)", "Person \($0)") }
    let evidence = [
      Self.profile("p-1", "Contoso Pharmaceuticals"), Self.profile("p-2", "Contoso Pharmaceuticals, Inc."),
      Self.profile("p-3", "Contoso GmbH"), Self.profile("p-4", "Fabrikam"), Self.profile("p-5", "Litware"),
    ]
    let lists = contacts(["Contosso", "Wingtip"], ties, evidence)
    #expect(lists[0].entries.isEmpty)
    // As close as each other: the one more persons carry first.
    #expect(lists[0].suggestions.map(\.name) == ["Contoso Pharmaceuticals", "Contoso GmbH"])
    #expect(lists[0].suggestions.map(\.persons) == [2, 1])
    #expect(
      lists[0].note == "no one at 'Contosso'; did you mean Contoso Pharmaceuticals (2) or Contoso GmbH (1)?")
    #expect(lists[1].note == "no one at 'Wingtip' in the store")
    let found = contacts(["contoso pharmaceuticals"], ties, evidence)[0]
    #expect(found.note == nil)
    #expect(
      Set(found.matchedNames.map(\.name)) == ["Contoso Pharmaceuticals", "Contoso Pharmaceuticals, Inc."])
  }

  @Test func `--limit cuts each company's list`() throws {
    let ties = (1...4).map { Self.tie("p-\($0)", "Person \($0)", messages: $0, silentYears: 0.2) }
    let evidence = (1...4).map { Self.profile("p-\($0)", "Contoso") } + [Self.profile("p-1", "Contoso")]
    let lists = contacts(["Contoso", "Fabrikam"], ties, evidence, limit: 2)
    #expect(lists[0].entries.map(\.displayName) == ["Person 4", "Person 3"])
    #expect(lists[1].entries.isEmpty)
  }
}
