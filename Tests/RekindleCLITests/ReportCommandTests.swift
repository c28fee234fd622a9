import Foundation
import TestSupport
import Testing

extension RekindleCLITests {
  /// Every archive bundled under `Fixtures/`, as the README's main command passes them.
  var allFixtures: [String] {
    get throws {
      let root = Fixture.repositoryRoot.appendingPathComponent("Fixtures")
      return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().flatMap { folder in
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
          .map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
      }
    }
  }

  @Test func `the main command imports the fixtures and prints both reports`() throws {
    let result = try run(
      ["report", "--store", store, "--me", "Alex Rivera", "-q", "--as-of", "2026-11-22"] + allFixtures)
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix("Dormant and cooling ties (silent for 1 year or more, or past their rhythm)\n"))
    #expect(result.stdout.contains("\nKnown only online: worth meeting in person\n"))
    #expect(result.stdout.contains("1. Robert Müller (Head of Data at Contoso GmbH)"))
    #expect(
      result.stdout.contains(
        "Why: 7 messages both ways on Twitter/X and LinkedIn, 2018–2024; usually every year; silent 2 years")
    )
    #expect(!result.stdout.contains("Alex Rivera"))
  }

  @Test func `reports as JSON, CSV and Markdown; options are checked`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    let json = try run(["report", "dormant", "--store", store, "--as-of", "2026-11-22", "--format", "json"])
    #expect(json.status == 0)
    let entries = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(entries.first?["displayName"] as? String == "Robert Müller")
    #expect((entries.first?["personId"] as? String)?.hasPrefix("p-") == true)
    let csv = try run([
      "report", "meet", "--store", store, "--as-of", "2026-11-22", "--format", "csv", "--platform",
      "whatsapp",
    ])
    #expect(csv.stdout.hasPrefix("rank,personId,name,"))
    #expect(csv.stdout.contains("Mateo García"))
    #expect(!csv.stdout.contains("Robert Müller"))
    let longer = try run([
      "report", "dormant", "--store", store, "--as-of", "2026-11-22", "--silent-for", "3y",
    ])
    #expect(
      longer.stdout.hasPrefix("Dormant and cooling ties (silent for 3 years or more, or past their rhythm)"))
    #expect(longer.stdout.contains("Kevin Marsh"))
    #expect(!longer.stdout.contains("Robert Müller"))
    let markdown = try run([
      "report", "dormant", "--store", store, "--as-of", "2026-11-22", "--format", "markdown",
    ])
    #expect(
      markdown.stdout.contains(
        "| 1 | [Robert Müller (Head of Data at Contoso GmbH)](https://www.linkedin.com/in/robert-mueller-1a2b3c) |"
      ))
    let html = try run(["report", "--store", store, "--as-of", "2026-11-22", "--format", "html"])
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(html.stdout.components(separatedBy: "<svg ").count - 1 == 4)
    let both = try run(["report", "--store", store, "--as-of", "2026-11-22", "--format", "json"])
    let object = try #require(JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["dormant", "meet"])
    let weighted = try run([
      "report", "dormant", "--store", store, "--as-of", "2026-11-22", "--format", "json", "--weight",
      "in-person=5",
    ])
    let reweighted = try #require(
      JSONSerialization.jsonObject(with: Data(weighted.stdout.utf8)) as? [[String: Any]])
    #expect(reweighted.first?["displayName"] as? String == "Priya Natarajan")
    let badWeight = try run(["report", "meet", "--store", store, "--weight", "charm=2"])
    #expect(badWeight.status != 0)
    #expect(badWeight.stderr.contains("'charm=2' is not a weight"))
    let redacted = try run([
      "report", "--store", store, "--as-of", "2026-11-22", "--redact", "--format", "html",
    ])
    #expect(redacted.status == 0)
    #expect(!redacted.stdout.contains("Robert Müller") && !redacted.stdout.contains("Shall we meet"))
    #expect(redacted.stdout.contains("Person "))
    let badDate = try run(["report", "dormant", "--store", store, "--as-of", "someday"])
    #expect(badDate.status != 0)
    #expect(badDate.stderr.contains("'someday' is not a date"))
  }
}

extension RekindleCLITests {
  @Test func `show tells identities, interactions per year, meetings and report places`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    let shown = try run(["show", "--store", store, "--as-of", "2027-06-15", "Zoë Lindqvist"])
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("Identities:\n"))
    #expect(shown.stdout.contains("  instagram: 2019: 2 sent, 1 received; 2025: 1 sent, 2 received"))
    #expect(shown.stdout.contains("  2026-05-06  in person  Time Out Market"))
    #expect(shown.stdout.contains("  dormant: #"))
    #expect(shown.stdout.contains("  meet: not listed"))
  }
}
