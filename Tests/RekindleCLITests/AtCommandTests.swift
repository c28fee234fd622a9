import Foundation
import TestSupport
import Testing

extension RekindleCLITests {
  private func importCompanyFixtures() throws {
    let fixtures = ["linkedin/2024", "linkedin/2026", "contacts/apple-work"].map { Fixture.url($0).path }
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + fixtures).status == 0)
  }

  @Test func `at lists whom you know at each company, now and before, with the reason and where to reach`()
    throws
  {
    try importCompanyFixtures()
    let list = try ZipBuilder.temporaryDirectory().appendingPathComponent("targets.txt")
    try "# companies I am applying to\nNorthwind Traders Inc\n\nContosso\n".write(
      to: list, atomically: true, encoding: .utf8)
    let result = try run(["at", "--store", store, "--as-of", "2026-11-22", "Contoso", "--from", list.path])
    #expect(result.status == 0)
    let text = result.stdout
    #expect(
      text.hasPrefix("At Contoso: 3 now, 0 before (Contoso GmbH; Contoso Pharmaceuticals; contoso.co.uk)\n"))
    #expect(text.contains("1. Priya Natarajan (Director of Product at Contoso Pharmaceuticals)"))
    #expect(
      text.contains(
        "Why: Head of Data at Contoso GmbH, per the LinkedIn export of 2026; 1 message on LinkedIn, 2024; silent 2 years; reach on LinkedIn"
      ))
    #expect(text.contains("\nAt Northwind Traders Inc: 0 now, 1 before (Northwind Traders, Inc.)\n"))
    #expect(text.contains("Why: was Senior Product Manager at Northwind Traders, Inc. until the 2026 export"))
    #expect(
      text.contains("no one at 'Contosso'; did you mean Contoso GmbH (1) or Contoso Pharmaceuticals (1)?"))
    // The order of the targets is kept: given ones first, then the file's.
    let order = ["At Contoso:", "At Northwind", "At Contosso"].compactMap { text.range(of: $0)?.lowerBound }
    #expect(order.count == 3 && order == order.sorted())
  }

  @Test func `at as JSON follows the schema; CSV, Markdown and HTML carry the same people`() throws {
    try importCompanyFixtures()
    let json = try run([
      "at", "--store", store, "--as-of", "2026-11-22", "--format", "json", "Contoso", "Contosso",
    ])
    #expect(json.status == 0)
    let schema = try JSONSchemaValidator(
      url: Fixture.repositoryRoot.appendingPathComponent("docs/schema/reports.schema.json"))
    try schema.validate(Data(json.stdout.utf8))
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let companies = try #require(document["companies"] as? [[String: Any]])
    let entries = try #require(companies.first?["entries"] as? [[String: Any]])
    #expect(
      entries.map { $0["displayName"] as? String } == ["Priya Natarajan", "Robert Müller", "Hannah Reyes"])
    #expect((entries.first?["employment"] as? [String: Any])?["isCurrent"] as? Bool == true)
    #expect(companies.last?["note"] as? String != nil)

    let csv = try run(["at", "--store", store, "--as-of", "2026-11-22", "--format", "csv", "Contoso"]).stdout
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first?.hasPrefix("target,rank,personId,name,") == true)
    #expect(lines.first?.hasSuffix(",employer,employedNow,employmentSource,employmentSeen,reachOn") == true)
    #expect(lines.count == 4)
    #expect(lines.last?.hasSuffix(",contoso.co.uk,true,workEmail,,contacts") == true)

    let markdown = try run([
      "at", "--store", store, "--as-of", "2026-11-22", "--format", "markdown", "Contoso",
    ])
    #expect(markdown.stdout.contains("### Works there now"))
    #expect(
      markdown.stdout.contains(
        "[Robert Müller (Head of Data at Contoso GmbH)](https://www.linkedin.com/in/robert-mueller-1a2b3c)"))
    let html = try run([
      "at", "--store", store, "--as-of", "2026-11-22", "--format", "html", "Contoso", "Contosso",
    ])
    #expect(html.stdout.contains("<title>Whom you know at Contoso, Contosso, 2026-11-22</title>"))
    #expect(html.stdout.contains("did you mean Contoso GmbH (1) or Contoso Pharmaceuticals (1)?"))
    #expect(html.stdout.contains(">Hannah Reyes</span>"))
  }

  @Test func `at without a company, or with an unreadable list, says what to give`() throws {
    let none = try run(["at", "--store", store])
    #expect(none.status != 0)
    #expect(none.stderr.contains("give one or more companies"))
    let missing = try run(["at", "--store", store, "--from", "/nonexistent/targets.txt"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("cannot read the list of companies '/nonexistent/targets.txt'"))
  }

  @Test func `the report JSON follows the same schema`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    let schema = try JSONSchemaValidator(
      url: Fixture.repositoryRoot.appendingPathComponent("docs/schema/reports.schema.json"))
    for arguments in [["report"], ["report", "dormant"], ["report", "meet"]] {
      let result = try run(arguments + ["--store", store, "--as-of", "2026-11-22", "--format", "json"])
      #expect(result.status == 0)
      try schema.validate(Data(result.stdout.utf8))
    }
  }
}
