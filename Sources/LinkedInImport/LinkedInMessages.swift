import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads `messages.csv` in every header variant: 2018 (`From,To,Date,Subject,Content,Direction,
/// Folder`), 2021 (with conversation ids and sender URLs), 2023 (with `RECIPIENT PROFILE URLS`),
/// 2024 (with draft flags) and 2025 (with `ATTACHMENTS`).
struct LinkedInMessages {
  let owner: LinkedInOwner

  static func isHeader(_ header: CSVHeader) -> Bool {
    header.contains("From", "To", "Date") && (header.contains("Content") || header.contains("Subject"))
  }

  /// Reads the messages, teaching `people` the profile URLs the file pairs with names.
  ///
  /// Members LinkedIn masks (`LinkedIn Member`, no profile URL) are many people under one name:
  /// a message from one is left out and counted, and one is never a participant. Identical rows
  /// (two "ok" in one minute of a 2018 export) stay two messages (``RepeatCounter``).
  func read(_ entry: ArchiveEntry, people: inout LinkedInPeople, context: ImportContext) throws {
    let ownerName = owner.name.map(people.normalized)
    let maskedMessages = PlaceholderAccount.skipReason("messages", on: .linkedin)
    var repeats = RepeatCounter<String>()
    try context.csv.read(entry, from: context.source, isHeader: Self.isHeader) { record in
      if record["IS MESSAGE DRAFT"]?.lowercased() == "yes" {
        context.skip("draft messages")
        return
      }
      guard let dateText = record["DATE"], let date = ExportDate.parse(dateText) else {
        context.report(
          "unreadable or missing DATE '\(record["DATE"] ?? "")'", entry: entry, line: record.line)
        return
      }
      let senderName = record["FROM"]
      let senderURL = record["SENDER PROFILE URL"]
      let recipientNames = Self.split(record["TO"])
      let recipientURLs = Self.split(record["RECIPIENT PROFILE URLS"])
      let senderIsOwner: Bool
      if let direction = record["Direction"] {
        senderIsOwner = direction.uppercased() == "OUTGOING"
      } else {
        senderIsOwner = senderName.map(people.normalized) == ownerName && ownerName != nil
      }
      var participants: [IdentityKey] = []
      var senderKey: IdentityKey?
      if !senderIsOwner, Self.isMasked(senderName, url: senderURL) {
        context.skip(maskedMessages)
        return
      }
      if !senderIsOwner, record.hasColumn("SENDER PROFILE URL"), senderURL == nil,
        !people.knows(name: senderName ?? "")
      {
        // Files with sender URLs leave them empty only for LinkedIn's own and sponsored senders.
        context.skip("messages from LinkedIn itself or sponsored senders (no sender profile URL)")
        return
      }
      if !senderIsOwner {
        senderKey = people.key(name: senderName, profileURL: senderURL)
        if let senderKey {
          people.remember(name: senderName ?? "", key: senderKey)
          participants.append(senderKey)
          try context.identity(identity(senderKey, name: senderName, url: people.canonicalURL(senderURL)))
        }
      }
      let urlsAligned = recipientURLs.count == recipientNames.count
      var maskedRecipients = false
      for (index, name) in recipientNames.enumerated() {
        if people.normalized(name) == ownerName { continue }
        let url = urlsAligned ? recipientURLs[index] : nil
        if Self.isMasked(name, url: url) {
          maskedRecipients = true
          continue
        }
        guard let key = people.key(name: name, profileURL: url), !participants.contains(key) else { continue }
        people.remember(name: name, key: key)
        participants.append(key)
        try context.identity(identity(key, name: name, url: people.canonicalURL(url)))
      }
      if participants.isEmpty {
        context.skip(
          maskedRecipients
            ? maskedMessages
            : senderIsOwner || ownerName == nil
              ? "messages with no identifiable counterpart" : "messages from LinkedIn or hidden senders")
        return
      }
      let content = record["CONTENT"].map(HTMLText.plain)
      let subject = record["SUBJECT"]
      let conversation =
        record["CONVERSATION ID"]
        ?? "2018-" + StableHash.hex(participants.map(\.nativeId).sorted().joined(separator: "|"))
      try context.interaction(
        InteractionRecord(
          platform: .linkedin, kind: .message, direction: senderIsOwner ? .sent : .received, timestamp: date,
          conversationId: conversation, isGroup: participants.count > 1,
          counterpart: senderIsOwner ? (participants.count == 1 ? participants[0] : nil) : senderKey,
          participants: participants, text: content ?? subject,
          sourceKey: repeats.key(
            StableHash.hex(conversation, dateText, senderName ?? "", content ?? ""),
            at: dateText)))
    }
  }

  /// True for a member LinkedIn masks: its placeholder name and no profile URL.
  static func isMasked(_ name: String?, url: String?) -> Bool {
    guard let name, url == nil || url?.isEmpty == true else { return false }
    return PlaceholderAccount.isPlaceholder(name: name, on: .linkedin)
  }

  /// An identity record with an already canonical profile URL.
  private func identity(_ key: IdentityKey, name: String?, url: String?) -> IdentityRecord {
    IdentityRecord(key: key, displayName: name?.trimmed, profileURLs: url.map { [$0] } ?? [])
  }

  /// Splits a group field (names or URLs joined with `,` or `;`).
  static func split(_ field: String?) -> [String] {
    guard var field else { return [] }
    // On bytes: an ASCII separator is never part of another character's UTF-8.
    let (semicolon, comma) = field.withUTF8 {
      ($0.contains(UInt8(ascii: ";")), $0.contains(UInt8(ascii: ",")))
    }
    // Most messages have one recipient: the field (trimmed already) is the one value.
    guard semicolon || comma else { return field.isEmpty ? [] : [field.trimmed] }
    let separator = semicolon ? UInt8(ascii: ";") : UInt8(ascii: ",")
    return field.utf8.split(separator: separator).map { Substring($0).trimmed }.filter { !$0.isEmpty }
  }

  /// The rows the owner's name is inferred from: the owner is in (nearly) every row, so the first
  /// ones tell as well as all of them, and a file of millions of rows is not read twice.
  static let ownerSampleRows = 2_000

  /// The participant who is in (nearly) every message of the first ``ownerSampleRows`` and is not
  /// one of the owner's connections: the owner, for archives without a `Profile.csv`.
  static func inferOwnerName(_ entry: ArchiveEntry, context: ImportContext, people: LinkedInPeople) throws
    -> String?
  {
    let source = context.source
    var counts: [String: Int] = [:]
    var display: [String: String] = [:]
    var rows = 0
    struct EnoughRows: Error {}
    do {
      try context.csv.read(entry, from: source, isHeader: isHeader) { record in
        guard rows < ownerSampleRows else { throw EnoughRows() }
        rows += 1
        var names = Set(split(record["TO"]).map(people.normalized))
        if let from = record["FROM"] { names.insert(people.normalized(from)) }
        for name in names
        where !name.isEmpty && !people.knows(name: name)
          && !PlaceholderAccount.isPlaceholder(name: name, on: .linkedin)
        {
          counts[name, default: 0] += 1
          display[name] = display[name] ?? name
        }
        for name in split(record["TO"]) + [record["FROM"] ?? ""] {
          display[people.normalized(name)] = name
        }
      }
    } catch is EnoughRows {}
    let ranked = counts.sorted { $0.value > $1.value }
    guard let best = ranked.first, rows > 0, Double(best.value) >= 0.9 * Double(rows),
      ranked.count < 2 || ranked[1].value < best.value
    else { return nil }
    return display[best.key]
  }
}
