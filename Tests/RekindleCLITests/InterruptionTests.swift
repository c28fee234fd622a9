import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension RekindleCLITests {
  /// A LinkedIn archive with `count` messages with 200 made-up members, in a new zip.
  private func largeLinkedInArchive(messages count: Int, name: String) throws -> URL {
    var csv =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
      + "CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n"
    let owner = "https://www.linkedin.com/in/alex-rivera-5c6d7e"
    for index in 0..<count {
      let member = "https://www.linkedin.com/in/member-\(index % 200)"
      let name = "Member \(index % 200)"
      let seconds = 1_420_070_400 + index * 97
      let day = Date(timeIntervalSince1970: TimeInterval(seconds))
      let stamp = ISO8601DateFormatter().string(from: day).replacingOccurrences(of: "T", with: " ")
        .replacingOccurrences(of: "Z", with: " UTC")
      let sent = index % 2 == 0
      csv +=
        "c-\(index % 200),,\(sent ? "Alex Rivera" : name),\(sent ? owner : member),\(sent ? name : "Alex Rivera"),"
        + "\(sent ? member : owner),\(stamp),,message \(index),INBOX,No,No\n"
    }
    let profile =
      "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
      + "Twitter Handles,Websites,Instant Messengers\nAlex,Rivera,,,,,,,,,,,\n"
    return try ZipBuilder.zip(
      entries: [("Profile.csv", Data(profile.utf8)), ("messages.csv", Data(csv.utf8))], name: name)
  }

  /// The number of LinkedIn interactions `status` reports.
  private func linkedInInteractions() throws -> Int? {
    let status = try run(["status", "--store", store])
    guard status.status == 0 else { return nil }
    guard let section = status.stdout.components(separatedBy: "linkedin (owner").dropFirst().first,
      let line = section.split(separator: "\n").first(where: { $0.contains("interactions:") })
    else { return 0 }
    let digits = line.split(separator: ":")[1].split(separator: "(")[0].filter(\.isNumber)
    return Int(digits)
  }

  @Test func `an import killed midway leaves the store whole, and the next import completes it`() throws {
    let archive = try largeLinkedInArchive(messages: 30_000, name: "Basic_LinkedInDataExport_killed.zip")
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = ["import", "-q", "--store", store, archive.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(700_000)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the import was killed before it finished")
    // Whole or nothing: the archive is one transaction.
    let afterKill = try #require(try linkedInInteractions())
    #expect(afterKill == 0 || afterKill == 30_000)
    let again = try run(["import", "-q", "--store", store, archive.path])
    #expect(again.status == 0)
    #expect(try linkedInInteractions() == 30_000)
  }

  @Test func `two imports into one store at once both complete`() throws {
    let first = try largeLinkedInArchive(messages: 5_000, name: "Basic_LinkedInDataExport_a.zip")
    let processes = [first.path, Fixture.url("facebook/2026").path].map { path in
      let process = Process()
      process.executableURL = Self.executable
      process.arguments = ["import", "-q", "--store", store, path]
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    #expect(try linkedInInteractions() == 5_000)
    #expect(try run(["status", "--store", store]).stdout.contains("facebook (owner: Alex Rivera)"))
  }
}
