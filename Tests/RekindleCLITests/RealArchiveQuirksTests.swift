import Foundation
import TestSupport
import Testing

/// The quirks of real archives, through every command a user reads: placeholders are never a
/// person, nobody is a blank line, and every account links to its profile.
extension RekindleCLITests {
  /// What the platforms write for masked and deleted accounts, as the fixtures hold them.
  static let placeholderNames = [
    "LinkedIn Member", "Facebook user", "Usuario de Facebook", "Utilisateur Facebook", "Facebook-Nutzer",
    "__deleted__",
  ]

  @Test func `no placeholder reaches the reports, review, due or the exports`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    for person in ["Twitter/X account 1457220033", "Lena Hoffmann"] {
      #expect(try run(["cadence", "--store", store, person, "30d"]).status == 0)
    }
    var outputs: [String: String] = [:]
    for (name, arguments) in [
      ("report", ["report", "--as-of", "2026-11-22", "--format", "json"]),
      ("report text", ["report", "--as-of", "2026-11-22"]),
      ("review", ["review", "--floor", "0", "--format", "json"]),
      ("due", ["due", "--all", "--as-of", "2026-11-22", "--format", "json"]),
      ("ndjson", ["export", "--format", "ndjson"]),
      ("graphml", ["export", "--format", "graphml"]),
    ] {
      let result = try run(arguments + ["--store", store])
      #expect(result.status == 0, "\(name): \(result.stderr)")
      outputs[name] = result.stdout
    }
    for (name, output) in outputs {
      for placeholder in Self.placeholderNames {
        #expect(!output.contains(placeholder), "\(name) holds \(placeholder)")
      }
      // No name made of invisible characters (U+206F), and no blank entry.
      #expect(!output.contains("\u{206F}"), "\(name)")
    }
    let report = try #require(outputs["report text"])
    #expect(!report.contains(". \n") && !report.contains(".   score"))
    #expect(report.contains("unnamed Facebook account (thread 1016789012345678)"))
    let due = try #require(outputs["due"])
    #expect(due.contains("\"Twitter/X account 1457220033\"") && due.contains("\"Lena Hoffmann\""))
  }

  @Test func `the import summary and doctor count what was left out for placeholders`() throws {
    let linkedin = Fixture.url("linkedin/2021").path
    let imported = try run(["import", "--store", store, linkedin])
    #expect(imported.status == 0)
    #expect(imported.stderr.contains("skipped 3 messages with members LinkedIn masks"))
    #expect(imported.stderr.contains("skipped 1 connections with members LinkedIn masks"))
    #expect(imported.stderr.contains("interactions: 3 read, 3 new (2 messages, 1 invitation)"))
    let doctor = try run(["doctor", Fixture.url("instagram/2026").path])
    #expect(
      doctor.stdout.contains(
        "left out on purpose: 2 relationship entries with deleted or unavailable Instagram accounts"))
  }

  @Test func `every account links to its public profile`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    let export = try run(["export", "--store", store, "--type", "identity"])
    var links: [String: String] = [:]
    for line in export.stdout.split(separator: "\n") {
      let record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      if let url = record["profileURL"] as? String {
        links["\(record["platform"] ?? ""):\(record["nativeId"] ?? "")"] = url
      }
    }
    #expect(
      links["linkedin:https://www.linkedin.com/in/robert-mueller-1a2b3c"]
        == "https://www.linkedin.com/in/robert-mueller-1a2b3c")
    #expect(links["instagram:zoe.lindqvist"] == "https://www.instagram.com/zoe.lindqvist")
    #expect(links["twitter:1457220033"] == "https://x.com/i/user/1457220033")
    #expect(links["mastodon:zoelq@fosstodon.org"] == "https://fosstodon.org/@zoelq")
    #expect(links.keys.contains { $0.hasPrefix("facebook:") } == false)
    // A Twitter/X account named by a mention links by its handle.
    #expect(
      links.contains {
        $0.key.hasPrefix("twitter:") && $0.value.hasPrefix("https://x.com/") && !$0.value.contains("/i/user/")
      })

    let json = try run(["report", "dormant", "--store", store, "--as-of", "2026-11-22", "--format", "json"])
    let entries = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let idOnly = try #require(
      entries.first { $0["displayName"] as? String == "Twitter/X account 1457220033" })
    #expect(idOnly["profileURL"] as? String == "https://x.com/i/user/1457220033")
    let html = try run(["report", "dormant", "--store", store, "--as-of", "2026-11-22", "--format", "html"])
    #expect(
      html.stdout.contains("<a href=\"https://x.com/i/user/1457220033\">Twitter/X account 1457220033</a>"))
    let show = try run(["show", "--store", store, "Twitter/X account 1457220033"])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("https://x.com/i/user/1457220033"))
  }
}
