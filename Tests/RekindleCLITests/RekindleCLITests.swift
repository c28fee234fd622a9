import Foundation
import TestSupport
import Testing

/// Runs the built `rekindle` binary as a user would.
struct RekindleCLITests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `rekindle` executable, built next to the test bundle.
  static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("rekindle")

  let store: String

  init() throws {
    store = try ZipBuilder.temporaryDirectory().appendingPathComponent("cli.sqlite").path
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  @Test func `import prints a summary per archive and exits 0`() throws {
    let result = try run(
      ["import", "--store", store, Fixture.url("linkedin/2024").path, Fixture.url("twitter/2023").path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("LinkedIn: \(Fixture.url("linkedin/2024").path)"))
    #expect(result.stderr.contains("skipped 1 hidden members (connection rows with only a date)"))
    #expect(result.stderr.contains("Twitter/X: "))
    #expect(result.stderr.contains("interactions: 11 read, 11 new (9 messages, 1 reply, 1 mention)"))
    // Not a terminal: no progress line.
    #expect(!result.stderr.contains("records ·"))
  }

  @Test func `bad input exits 1, names the file, and imports the rest`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let unknown = directory.appendingPathComponent("notes.txt")
    try Data("shopping list\n".utf8).write(to: unknown)
    let result = try run(["import", "--store", store, unknown.path, Fixture.url("facebook/2019").path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("rekindle: \(unknown.path): not a recognized"))
    #expect(result.stderr.contains("Facebook: "))
    let status = try run(["status", "--store", store])
    #expect(status.stdout.contains("facebook (owner: Alex Rivera)"))
  }

  @Test func `status and export read the store named by REKINDLE_STORE`() throws {
    let environment = ["REKINDLE_STORE": store]
    #expect(
      try run(["import", "-q", Fixture.url("instagram/2026").path], environment: environment).status == 0)
    let status = try run(["status"], environment: environment)
    #expect(status.stdout.contains("Store: \(store)"))
    #expect(status.stdout.contains("instagram (owner: Alex Rivera)"))
    let export = try run(["export", "--type", "person"], environment: environment)
    let lines = export.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.allSatisfy { $0.contains(#""type":"person""#) })
    #expect(lines.contains { $0.contains(#""nativeId":"funke.fu""#) })
  }

  @Test func `export writes a private file when asked`() throws {
    #expect(try run(["import", "-q", "--store", store, Fixture.url("twitter/2020").path]).status == 0)
    let output = try ZipBuilder.temporaryDirectory().appendingPathComponent("graph.json").path
    let result = try run(["export", "--store", store, "--format", "json", "--output", output])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
    #expect((object as? [String: Any])?["interactions"] as? [Any] != nil)
    let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? NSNumber
    #expect(permissions?.intValue == 0o600)
  }

  @Test func `met logs an in-person meeting with a known person, once`() throws {
    #expect(try run(["import", "-q", "--store", store, Fixture.url("twitter/2023").path]).status == 0)
    for _ in 0..<2 {
      let result = try run([
        "met", "--store", store, "bobmueller84", "--on", "2025-05-01", "--note", "coffee",
      ])
      #expect(result.status == 0)
      #expect(result.stdout.contains("Logged: met Bob M (p-"))
    }
    let export = try run(["export", "--store", store, "--type", "interaction"])
    let meetings = export.stdout.split(separator: "\n").filter { $0.contains(#""platform":"log""#) }
    #expect(meetings.count == 1)
    #expect(meetings.first?.contains(#""inPerson":true"#) == true)
    #expect(meetings.first?.contains(#""text":"coffee""#) == true)
    #expect(try run(["met", "--store", store, "Nobody Known", "--on", "not-a-date"]).status != 0)
  }

  @Test func `a bad option is a usage error`() throws {
    let result = try run(["export", "--store", store, "--format", "xml"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("xml"))
  }
}

extension RekindleCLITests {
  @Test func `on a terminal, import shows a progress line on stderr`() throws {
    // `script` (util-linux, essential on Debian) runs the tool with a pseudo-terminal.
    let command = "\(Self.executable.path) import --store \(store) \(Fixture.url("facebook/2026").path)"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("[2026] "))
    #expect(text.contains(" records · "))
    #expect(text.contains("\u{1B}[K"))
    #expect(text.contains("Facebook: "))
  }
}

extension RekindleCLITests {
  @Test func `import resolves persons across platforms by shared e-mails, phones and accounts`() throws {
    let result = try run([
      "import", "--store", store, "--region", "DE", Fixture.url("linkedin/2024").path,
      Fixture.url("google-takeout").path,
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("Resolved "))
    let persons = try run(["export", "--store", store, "--type", "person"]).stdout.split(separator: "\n")
    let robert = try #require(persons.first { $0.contains(#""displayName":"Robert Müller""#) })
    #expect(robert.contains(#""platform":"linkedin""#))
    #expect(robert.contains(#""platform":"contacts""#))
    #expect(robert.contains(#""platform":"calendar""#))
    // The LinkedIn identity was imported first: its id is the person's, before and after resolving.
    #expect(robert.contains(#""id":"p-89576c513b73f5c1""#))
    let again = try run(["resolve", "--store", store, "--region", "DE"])
    #expect(again.stdout.hasPrefix("Resolved "))
    #expect(
      try run(["export", "--store", store, "--type", "person"]).stdout.split(separator: "\n") == persons)
  }
}

extension RekindleCLITests {
  @Test func `merge and split rules are kept, survive re-resolution, and explain tells why`() throws {
    #expect(
      try run([
        "import", "-q", "--store", store, Fixture.url("linkedin/2024").path,
        Fixture.url("facebook/2026").path,
      ])
      .status == 0)
    // Priya on LinkedIn and on Facebook share no e-mail, phone or account; their names make them one.
    let scored = try run(["explain", "--store", store, "Priya Natarajan"])
    #expect(scored.stdout.contains("Priya Natarajan (p-7c1976dfeefd0365)"))
    #expect(scored.stdout.contains("names scored p="))
    #expect(scored.stdout.contains("first name exact"))
    // Split the Facebook identity out; the rule survives a re-import and re-resolution.
    let split = try run(["split", "--store", store, "p-7c1976dfeefd0365", "facebook:Priya Natarajan"])
    #expect(split.status == 0)
    #expect(try run(["import", "-q", "--store", store, Fixture.url("facebook/2026").path]).status == 0)
    let after = try run(["explain", "--store", store, "p-7c1976dfeefd0365"])
    #expect(!after.stdout.contains("facebook  Priya Natarajan"))
    #expect(after.stdout.contains("Kept apart"))
    let ambiguous = try run(["explain", "--store", store, "Priya Natarajan"])
    #expect(ambiguous.status != 0)
    #expect(ambiguous.stderr.contains("names 2 persons"))
    // The user's merge rule joins them again.
    let merged = try run(["merge", "--store", store, "p-7c1976dfeefd0365", "p-9503460198db66f2"])
    #expect(merged.status == 0)
    #expect(try run(["resolve", "--store", store]).status == 0)
    let explanation = try run(["explain", "--store", store, "Priya Natarajan"])
    #expect(explanation.stdout.contains("your merge rule"))
    #expect(explanation.stdout.contains("facebook  Priya Natarajan"))
  }
}
