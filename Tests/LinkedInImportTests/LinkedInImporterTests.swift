import ArchiveAccess
import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import LinkedInImport

struct LinkedInImporterTests {
  let importer = LinkedInImporter()

  @Test func `2024 archive: owner, connections, hidden members`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2024")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.owners.first?.emails == ["alex.rivera@example.org", "a.rivera@example.net"])
    #expect(sink.connections.count == 5)
    #expect(sink.summary.skipped["hidden members (connection rows with only a date)"] == 1)
    let priya = try #require(sink.identity("https://www.linkedin.com/in/priya-natarajan-4b7a21"))
    #expect(priya.key.kind == .profileURL)
    #expect(priya.company == "Northwind Traders, Inc.")
    #expect(priya.title == "Senior Product Manager")
    #expect(sink.connections(of: priya.key.nativeId).first?.since?.iso == "2024-12-16T00:00:00Z")
    // Percent-encoded slugs are decoded; doubled quotes are unescaped.
    let samira = try #require(sink.identity("https://www.linkedin.com/in/samira-o\u{2019}connell-9f8e7d"))
    #expect(samira.lastName == "O\"Connell, CPA")
    #expect(sink.identity("https://www.linkedin.com/in/jordanlee")?.firstName == "Jordan")
    #expect(
      sink.identity("https://www.linkedin.com/in/robert-mueller-1a2b3c")?.emails == ["r.mueller@example.com"])
    #expect(sink.summary.issues.isEmpty)
  }

  @Test func `2024 archive: messages, drafts, groups, sponsored senders`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2024")
    let messages = sink.interactions.filter { $0.kind == .message }
    #expect(messages.count == 4)
    #expect(sink.summary.skipped["draft messages"] == 1)
    #expect(
      sink.summary.skipped["messages from LinkedIn itself or sponsored senders (no sender profile URL)"] == 1)
    let reply = try #require(sink.interactions(containing: "Coffee next week?").first)
    #expect(reply.text == "Happy to!\nCoffee next week?\n\nAlex")
    #expect(reply.direction == .sent)
    #expect(reply.timestamp.iso == "2024-12-18T17:40:03Z")
    #expect(reply.counterpart?.nativeId == "https://www.linkedin.com/in/priya-natarajan-4b7a21")
    let group = try #require(sink.interactions(containing: "Room 4").first)
    #expect(group.isGroup)
    #expect(group.direction == .received)
    #expect(group.counterpart?.nativeId == "https://www.linkedin.com/in/robert-mueller-1a2b3c")
    #expect(
      Set(group.participants.map(\.nativeId)) == [
        "https://www.linkedin.com/in/robert-mueller-1a2b3c", "https://www.linkedin.com/in/mina-okafor-77c0de",
      ])
    let groupReply = try #require(sink.interactions(containing: "Works for me").first)
    #expect(groupReply.counterpart == nil)
    #expect(groupReply.participants.count == 2)
    // The owner is never a contact, and coach messages are not read.
    #expect(!sink.identityKeys.contains { $0.nativeId.contains("alex-rivera") })
    #expect(sink.interactions(containing: "job search").isEmpty)
  }

  @Test func `2024 archive: invitations in both directions`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2024")
    let invitations = sink.interactions.filter { $0.kind == .invitation }
    #expect(invitations.count == 2)
    let incoming = try #require(invitations.first { $0.direction == .received })
    #expect(incoming.counterpart?.nativeId == "https://www.linkedin.com/in/dana-whitfield-0a1b2c")
    #expect(incoming.text?.hasPrefix("Hi Alex, we met at the Data Summit") == true)
    #expect(incoming.timestamp.iso == "2024-09-30T23:47:00Z")
  }

  @Test func `2018 archive: no URLs, US dates, HTML entities, a Direction column`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2018")
    #expect(sink.connections.count == 3)
    let robert = try #require(sink.identity("r.mueller@example.com"))
    #expect(robert.key.kind == .email)
    #expect(sink.connections(of: "r.mueller@example.com").first?.since?.iso == "2018-01-08T18:14:00Z")
    let offer = try #require(sink.interactions(containing: "role on our data team").first)
    #expect(offer.text == "Hi Alex, I\u{2019}d love to tell you about a role on our data team.")
    #expect(offer.direction == .received)
    #expect(offer.counterpart?.nativeId == "Hannah Berg")
    let answer = try #require(sink.interactions(containing: "happy to chat").first)
    #expect(answer.direction == .sent)
    // Messages from a connection point at the connection's identity (matched by name).
    #expect(sink.interactions(containing: "Great to be connected").first?.counterpart == robert.key)
    // "Luis Gómez, MBA" in connections and "Luis Gómez" in invitations are one member.
    let invitation = try #require(sink.interactions.first { $0.kind == .invitation })
    #expect(invitation.counterpart?.nativeId == "Luis Gómez, MBA")
    #expect(sink.identityKeys.count == 3)
  }

  @Test func `2021 archive without a profile: owner inferred from messages`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2021")
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    #expect(sink.identityKeys.count == 2)
    let tomasz = try #require(sink.identity("tomasz.w@example.com"))
    #expect(tomasz.profileURLs == ["https://www.linkedin.com/in/tomasz-wisniewski-3e4f5a"])
    let messages = sink.interactions.filter { $0.kind == .message }
    #expect(messages.map(\.direction) == [.received, .sent])
    #expect(messages.allSatisfy { $0.counterpart == tomasz.key })
  }

  @Test func `a long messages.csv without a profile: the owner is inferred from its first rows`() throws {
    // 2,500 rows with Alex Rivera in each, against one of many contacts, then 1,500 rows of a
    // conversation Alex is not in: over the whole file Alex is in 62 % of the rows (no owner
    // could be inferred); in the first 2,000, the sample, in every one.
    var csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\r\n"
    for row in 0..<2_500 {
      let contact = "Contact \(row % 50)"
      let (from, url, to) =
        row.isMultiple(of: 2)
        ? ("Alex Rivera", "https://www.linkedin.com/in/alex-rivera-5c6d7e", contact)
        : (contact, "https://www.linkedin.com/in/contact-\(row % 50)", "Alex Rivera")
      csv +=
        "2-\(row % 50),,\(from),\(url),\(to),2024-01-01 10:\(row % 60):\(row % 60) UTC,,hello \(row),INBOX\r\n"
    }
    for row in 0..<1_500 {
      csv +=
        "2-other,,Contact 1,https://www.linkedin.com/in/contact-1,Contact 2,2024-02-01 10:00:00 UTC,,aside \(row),INBOX\r\n"
    }
    let folder = try ZipBuilder.temporaryDirectory()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("messages.csv"))
    let sink = try Fixture.run(importer, source: ArchiveOpener.open(folder))
    #expect(sink.owners.first?.displayName == "Alex Rivera")
    let messages = sink.interactions.filter { $0.kind == .message && $0.conversationId != "2-other" }
    #expect(messages.count == 2_500)
    #expect(messages.filter { $0.direction == .sent }.count == 1_250)
  }

  @Test func `2023 archive: semicolon groups and invitations with member URNs`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2023")
    let dinner = try #require(sink.interactions(containing: "Dinner on Friday").first)
    #expect(dinner.isGroup)
    #expect(dinner.participants.count == 2)
    let invitations = sink.interactions.filter { $0.kind == .invitation }
    // Jordan is known from the messages by URL; Chris only by URN.
    #expect(
      Set(invitations.compactMap(\.counterpart?.nativeId)) == [
        "https://www.linkedin.com/in/jordanlee", "urn:li:member:720044518",
      ])
  }

  @Test func `2025 archive: messages with an ATTACHMENTS column`() throws {
    let sink = try Fixture.run(importer, on: "linkedin/2025")
    #expect(sink.interactions.count == 1)
    #expect(sink.interactions.first?.text == "Here are the slides from my talk.")
    #expect(sink.interactions.first?.timestamp.iso == "2025-08-30T10:05:00Z")
  }

  @Test func `recognized from its files, not its name`() throws {
    let source = try ArchiveOpenerHelper.open("linkedin/2024")
    #expect(LinkedInImporter.recognitionScore(of: source) > 0)
    let other = try ArchiveOpenerHelper.open("twitter/2023")
    #expect(LinkedInImporter.recognitionScore(of: other) == 0)
  }
}

struct LinkedInInvitationKeyTests {
  @Test func `one invitation has one source key whether the export names the member by URN or URL`() throws {
    let directory = try ZipBuilder.temporaryDirectory()
    let older = directory.appendingPathComponent("2023/Invitations.csv")
    let newer = directory.appendingPathComponent("2024/Invitations.csv")
    for url in [older, newer] {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    }
    try Data(
      "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\nChris Ndlovu,Alex Rivera,\"6/17/23, 6:18 AM\",Hi!,INCOMING,urn:li:member:720044518,urn:li:member:1\n"
        .utf8
    ).write(to: older)
    try Data(
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nChris Ndlovu,Alex Rivera,\"6/17/23, 6:18 AM\",Hi!,INCOMING,https://www.linkedin.com/in/chris-ndlovu,https://www.linkedin.com/in/alex\n"
        .utf8
    ).write(to: newer)
    let first = try Fixture.run(
      LinkedInImporter(), source: ArchiveOpener.open(older.deletingLastPathComponent()))
    let second = try Fixture.run(
      LinkedInImporter(), source: ArchiveOpener.open(newer.deletingLastPathComponent()))
    #expect(first.interactions.count == 1)
    #expect(first.interactions.first?.sourceKey == second.interactions.first?.sourceKey)
  }
}
