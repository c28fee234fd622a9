import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a LinkedIn "Get a copy of your data" archive (Basic or Complete), of any era.
///
/// Files read: `Profile.csv` and `Email Addresses.csv` (the owner), `Connections.csv`,
/// `Invitations.csv` and `messages.csv`. See `docs/formats/linkedin.md` for the layouts handled.
public struct LinkedInImporter: Importer {
  public static let platform = Platform.linkedin

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = 0
    for entry in source.entries(named: "Connections.csv")
    where source.headText(of: entry).contains("Connected On") {
      score += 10
    }
    for entry in source.entries(named: "messages.csv") {
      let head = source.headText(of: entry)
      if head.contains("CONVERSATION ID") || head.hasPrefix("From,To,Date,Subject,Content") { score += 10 }
    }
    for entry in source.entries(named: "Invitations.csv")
    where source.headText(of: entry).contains("Sent At") {
      score += 5
    }
    for name in [
      "Profile.csv", "Email Addresses.csv", "Positions.csv", "Skills.csv", "Endorsement_Received_Info.csv",
    ]
    where !source.entries(named: name).isEmpty {
      score += 2
    }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    let source = context.source
    var owner = try readOwner(context)
    var people = LinkedInPeople()
    for entry in source.entries(named: "Connections.csv") {
      try context.readEntry(entry) { try readConnections($0, people: &people, context: context) }
    }
    for entry in source.entries(named: "messages.csv") {
      if owner.name == nil {
        owner.name = try? LinkedInMessages.inferOwnerName(entry, context: context, people: people)
        if let name = owner.name {
          try context.owner(OwnerAccount(platform: .linkedin, displayName: name))
        }
      }
      try context.readEntry(entry) {
        try LinkedInMessages(owner: owner).read($0, people: &people, context: context)
      }
    }
    for entry in source.entries(named: "Invitations.csv") {
      try context.readEntry(entry) { try readInvitations($0, people: people, context: context) }
    }
  }

  /// The owner as `Profile.csv` and `Email Addresses.csv` describe them.
  private func readOwner(_ context: ImportContext) throws -> LinkedInOwner {
    var owner = LinkedInOwner()
    let reader = context.csv
    for entry in context.source.entries(named: "Profile.csv") {
      try context.readEntry(entry) { entry in
        try reader.read(entry, from: context.source, isHeader: { $0.contains("First Name", "Last Name") }) {
          record in
          let name = [record["First Name"], record["Last Name"]].compactMap { $0 }.joined(separator: " ")
          if !name.isEmpty { owner.name = name }
        }
      }
    }
    for entry in context.source.entries(named: "Email Addresses.csv") {
      try context.readEntry(entry) { entry in
        try reader.read(entry, from: context.source, isHeader: { $0.contains("Email Address") }) { record in
          if let email = record["Email Address"] { owner.emails.append(email.lowercased()) }
        }
      }
    }
    if owner.name != nil || !owner.emails.isEmpty {
      try context.owner(OwnerAccount(platform: .linkedin, displayName: owner.name, emails: owner.emails))
    }
    return owner
  }

  private func readConnections(_ entry: ArchiveEntry, people: inout LinkedInPeople, context: ImportContext)
    throws
  {
    try context.csv.read(
      entry, from: context.source, isHeader: { $0.contains("First Name", "Last Name", "Connected On") }
    ) { record in
      let first = record["First Name"]
      let last = record["Last Name"]
      let email = record["Email Address"]?.lowercased()
      let url = LinkedInURL.canonical(record["URL"])
      if first == nil && last == nil && url == nil && email == nil {
        context.skip("hidden members (connection rows with only a date)")
        return
      }
      let name = [first, last].compactMap { $0 }.joined(separator: " ")
      if url == nil, email == nil, LinkedInMessages.isMasked(name, url: nil) {
        context.skip(PlaceholderAccount.skipReason("connections", on: .linkedin))
        return
      }
      let fallback = email.map { IdentityKey(platform: .linkedin, nativeId: $0, kind: .email) }
      guard
        let key = people.key(
          name: url == nil && email != nil ? nil : name, profileURL: url, fallback: fallback)
      else { return }
      people.remember(name: name, key: key)
      try context.identity(
        IdentityRecord(
          key: key, displayName: name.isEmpty ? nil : name, firstName: first, lastName: last,
          emails: email.map { [$0] } ?? [], profileURLs: url.map { [$0] } ?? [],
          company: record["Company"], title: record["Position"]))
      let since = record["Connected On"].flatMap(ExportDate.parse)
      if record["Connected On"] != nil && since == nil {
        context.report("unreadable date '\(record["Connected On"] ?? "")'", entry: entry, line: record.line)
      }
      try context.connection(ConnectionRecord(identity: key, kind: .connected, since: since))
    }
  }

  private func readInvitations(_ entry: ArchiveEntry, people: LinkedInPeople, context: ImportContext) throws {
    try context.csv.read(
      entry, from: context.source, isHeader: { $0.contains("From", "To", "Sent At", "Direction") }
    ) { record in
      guard let sentAt = record["Sent At"], let date = ExportDate.parse(sentAt) else {
        context.report("unreadable or missing 'Sent At' date", entry: entry, line: record.line)
        return
      }
      let outgoing = record["Direction"]?.uppercased() == "OUTGOING"
      let name = outgoing ? record["To"] : record["From"]
      let url = outgoing ? record["inviteeProfileUrl"] : record["inviterProfileUrl"]
      if LinkedInMessages.isMasked(name, url: url) {
        context.skip(PlaceholderAccount.skipReason("invitations", on: .linkedin))
        return
      }
      let urn = (outgoing ? record["inviteeProfileUrn"] : record["inviterProfileUrn"]).map {
        IdentityKey(platform: .linkedin, nativeId: $0, kind: .memberURN)
      }
      guard let key = people.key(name: name, profileURL: url, fallback: urn) else {
        context.skip("invitations from or to hidden members")
        return
      }
      try context.identity(
        IdentityRecord(
          key: key, displayName: name, profileURLs: LinkedInURL.canonical(url).map { [$0] } ?? []))
      let text = record["Message"]
      try context.interaction(
        InteractionRecord(
          platform: .linkedin, kind: .invitation, direction: outgoing ? .sent : .received, timestamp: date,
          counterpart: key, participants: [key], text: text,
          // Keyed by name, not by identity key: the same invitation carries a URN in 2023 exports and a
          // URL in 2024 ones.
          sourceKey: StableHash.hex(
            "invitation", people.normalized(name ?? key.nativeId), sentAt, outgoing ? "out" : "in")))
    }
  }
}

/// What the archive says about its owner.
struct LinkedInOwner {
  var name: String?
  var emails: [String] = []
}
