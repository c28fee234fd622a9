import Foundation
import TestSupport
import Testing

/// `doctor`, `changes`, `cadence`, `tag`, `due` and `review`, run as a user would.
extension RekindleCLITests {
  @Test func `doctor says what an archive is and what is read, and stores nothing`() throws {
    let result = try run(
      ["doctor", Fixture.url("linkedin/2024").path, Fixture.url("twitter/2023").path],
      environment: ["REKINDLE_STORE": store])
    #expect(result.status == 0)
    #expect(result.stdout.contains("  LinkedIn export, 2024\n"))
    #expect(result.stdout.contains("    read Connections.csv: 10 records\n"))
    #expect(result.stdout.contains("not read (nothing Rekindle uses): PhoneNumbers.csv, coach_messages.csv"))
    #expect(result.stdout.contains("  Twitter/X export, late 2022 or later\n"))
    #expect(result.stdout.contains("    OK: 5 contacts, 5 connections, 11 interactions"))
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func `doctor and import fail loudly on a recognized archive that yields no record`() throws {
    // A Facebook export whose lists were renamed: recognized by its layout, nothing read.
    let folder = try ZipBuilder.temporaryDirectory().appendingPathComponent("facebook")
    let friends = folder.appendingPathComponent("friends")
    try FileManager.default.createDirectory(at: friends, withIntermediateDirectories: true)
    for name in ["friends.json", "removed_friends.json"] {
      let text = try String(contentsOf: Fixture.url("facebook/2019/friends/\(name)"), encoding: .utf8)
      try Data(
        text.replacingOccurrences(of: "\"friends\"", with: "\"buddies\"")
          .replacingOccurrences(of: "\"deleted_friends\"", with: "\"gone_buddies\"").utf8
      ).write(to: friends.appendingPathComponent(name))
    }
    let doctor = try run(["doctor", folder.path])
    #expect(doctor.status == 1)
    #expect(doctor.stdout.contains("FAILED: recognized as a Facebook export, but no record was read"))
    let imported = try run(["import", "--store", store, folder.path])
    #expect(imported.status == 1)
    #expect(imported.stderr.contains("recognized as a Facebook export, but no record was read"))
  }

  @Test func `changes lists what a newer export changed, in every format`() throws {
    #expect(try run(["import", "-q", "--store", store, Fixture.url("linkedin/2024").path]).status == 0)
    #expect(try run(["changes", "--store", store]).stdout.hasPrefix("No changes between exports."))
    #expect(try run(["import", "-q", "--store", store, Fixture.url("linkedin/2026").path]).status == 0)
    let text = try run(["changes", "--store", store])
    #expect(text.stdout.contains("LinkedIn  Kwame Mensah: new connection"))
    #expect(text.stdout.contains("LinkedIn  Samira O\"Connell, CPA: no longer a connection"))
    #expect(
      text.stdout.contains(
        "Priya Natarajan: Senior Product Manager at Northwind Traders, Inc. → Director of Product at Contoso Pharmaceuticals"
      ))
    let json = try run(["changes", "--store", store, "--format", "json"])
    let changes = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(changes.count == 3)
    #expect(
      try run(["changes", "--store", store, "--format", "csv"]).stdout.hasPrefix("date,kind,personId,"))
    #expect(try run(["changes", "--store", store, "--since", "2999-01-01"]).stdout.hasPrefix("No changes"))
  }

  @Test func `cadences by person and by tag, and who is due`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    #expect(
      try run(["cadence", "--store", store, "Robert Müller", "30d"]).stdout
        == "Robert Müller: every 30 days.\n")
    #expect(try run(["tag", "--store", store, "Kevin Marsh", "family"]).status == 0)
    #expect(try run(["cadence", "--store", store, "--tag", "family", "2w"]).status == 0)
    let due = try run(["due", "--store", store, "--as-of", "2026-11-22"])
    #expect(
      due.stdout.contains("Kevin Marsh: every 14 days (tag:family); last 2024-07-02 on Facebook (message)"))
    #expect(
      due.stdout.contains(
        "Robert Müller: every 30 days; last 2026-02-03 on calendar (meeting); 261 days overdue"))
    let show = try run(["show", "--store", store, "Kevin Marsh", "--as-of", "2026-11-22"])
    #expect(show.stdout.contains("Keep in touch: every 14 days (tag:family); last 2024-07-02 on Facebook"))
    #expect(show.stdout.contains("Changes between exports:\n"))
    #expect(show.stdout.contains("  facebook  no longer a friend"))
    let json = try run(["due", "--store", store, "--as-of", "2026-11-22", "--format", "json"])
    let list = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(list.first?["displayName"] as? String == "Kevin Marsh")
    let html = try run(["due", "--store", store, "--as-of", "2026-11-22", "--format", "html"])
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(html.stdout.contains("<td>Kevin Marsh</td>"))
    #expect(try run(["cadence", "--store", store, "Robert Müller", "soon"]).status == 64)
    #expect(try run(["cadence", "--store", store, "--clear", "Robert Müller"]).status == 0)
    #expect(!(try run(["due", "--store", store, "--as-of", "2026-11-22"]).stdout.contains("Robert")))
  }

  @Test func `review lists nothing to decide on the fixtures and refuses an unknown id`() throws {
    #expect(try run(["import", "-q", "--store", store, "--me", "Alex Rivera"] + allFixtures).status == 0)
    #expect(try run(["review", "--store", store]).stdout.hasPrefix("Nothing to review"))
    #expect(try run(["review", "--store", store, "--format", "json"]).stdout == "[\n\n]\n")
    let reject = try run(["review", "reject", "--store", store, "m-0000000000"])
    #expect(reject.status == 64)
    #expect(reject.stderr.contains("is not a merge candidate now"))
  }

  @Test func `a store that is no store ends any command with status 2 and what to do`() throws {
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: store))
    for command in [
      ["status"], ["report", "dormant"], ["export"], ["import", Fixture.url("linkedin/2024").path],
    ] {
      let result = try run(command + ["--store", store])
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains("is damaged or is not a Rekindle store"), "\(command): \(result.stderr)")
    }
  }
}
