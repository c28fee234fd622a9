import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads the 2018–2020 Instagram export: `profile.json`, `connections.json` and `messages.json`
/// at the archive's root, where messages name people by username.
struct InstagramLegacyReader {
  /// True when `source` looks like the legacy layout.
  static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = 0
    for entry in source.entries(named: "connections.json")
    where source.headText(of: entry).contains("\"followers\"") {
      score += 10
    }
    for entry in source.entries(named: "messages.json")
    where source.headText(of: entry).contains("\"conversation\"") {
      score += 10
    }
    return score
  }

  func read(into context: ImportContext) throws -> Bool {
    let source = context.source
    let connections = source.entries(named: "connections.json")
    let messages = source.entries(named: "messages.json")
    guard !connections.isEmpty || !messages.isEmpty else { return false }
    var owner: String?
    for entry in source.entries(named: "profile.json") {
      try context.readEntry(entry) { entry in
        let profile = try context.json.decode(InstagramLegacyFiles.Profile.self, from: entry, in: source)
        guard let username = profile.username?.lowercased() else { return }
        owner = username
        try context.owner(
          OwnerAccount(
            platform: .instagram, key: Self.key(username), displayName: profile.name, handle: username,
            emails: profile.email.map { [$0.lowercased()] } ?? []))
      }
    }
    for entry in connections {
      try context.readEntry(entry) { try readConnections($0, context: context) }
    }
    for entry in messages {
      try context.readEntry(entry) { entry in
        if owner == nil {
          let conversations = try context.json.decode(
            [InstagramLegacyFiles.Conversation].self, from: entry, in: source)
          owner = Self.commonParticipant(conversations)
          if let owner {
            try context.owner(OwnerAccount(platform: .instagram, key: Self.key(owner), handle: owner))
          }
        }
        try context.forEachElement(InstagramLegacyFiles.Conversation.self, in: entry) { conversation in
          try read(conversation, owner: owner, entry: entry, context: context)
        }
      }
    }
    return true
  }

  static func key(_ username: String) -> IdentityKey {
    IdentityKey(platform: .instagram, nativeId: username.lowercased(), kind: .username)
  }

  /// The one username in every conversation: the owner, when `profile.json` is missing.
  static func commonParticipant(_ conversations: [InstagramLegacyFiles.Conversation]) -> String? {
    var common: Set<String>?
    for conversation in conversations {
      let names = Set(conversation.participants.map { $0.lowercased() })
      common = common.map { $0.intersection(names) } ?? names
    }
    return common?.count == 1 ? common?.first : nil
  }

  private func readConnections(_ entry: ArchiveEntry, context: ImportContext) throws {
    let file = try context.json.decode(
      InstagramLegacyFiles.Connections.self, from: entry, in: context.source)
    let lists: [([String: String]?, ConnectionKind)] = [
      (file.followers, .follower), (file.following, .following), (file.close_friends, .closeFriend),
      (file.blocked_users, .blocked),
    ]
    for (list, kind) in lists {
      for (username, date) in (list ?? [:]).sorted(by: { $0.key < $1.key }) {
        if PlaceholderAccount.isPlaceholder(username: username, on: .instagram) {
          context.skip(PlaceholderAccount.skipReason("relationship entries", on: .instagram))
          continue
        }
        let key = Self.key(username)
        try context.identity(IdentityRecord(key: key, handle: username.lowercased()))
        try context.connection(ConnectionRecord(identity: key, kind: kind, since: ExportDate.parse(date)))
      }
    }
    for (username, date) in (file.follow_requests_sent ?? [:]).sorted(by: { $0.key < $1.key }) {
      guard let timestamp = ExportDate.parse(date) else { continue }
      let key = Self.key(username)
      try context.identity(IdentityRecord(key: key, handle: username.lowercased()))
      try context.interaction(
        InteractionRecord(
          platform: .instagram, kind: .invitation, direction: .sent, timestamp: timestamp, counterpart: key,
          participants: [key], text: "[follow request]",
          sourceKey: StableHash.hex("follow-request", username.lowercased(), date)))
    }
  }

  private func read(
    _ conversation: InstagramLegacyFiles.Conversation, owner: String?, entry: ArchiveEntry,
    context: ImportContext
  )
    throws
  {
    let members = conversation.participants.map { $0.lowercased() }.filter {
      $0 != owner && !PlaceholderAccount.isPlaceholder(username: $0, on: .instagram)
    }
    let keys = members.map(Self.key)
    let conversationId = "legacy-" + StableHash.hex(members.sorted().joined(separator: "|"))
    var repeats = RepeatCounter<String>()
    for username in members {
      try context.identity(IdentityRecord(key: Self.key(username), handle: username))
    }
    for message in conversation.conversation {
      guard let date = ExportDate.parse(message.created_at) else {
        context.report("unreadable created_at '\(message.created_at)'", entry: entry)
        continue
      }
      let sender = message.sender?.lowercased() ?? ""
      let sent = sender == owner
      if !sent, sender.isEmpty || PlaceholderAccount.isPlaceholder(username: sender, on: .instagram) {
        context.skip(PlaceholderAccount.skipReason("messages", on: .instagram))
        continue
      }
      let text =
        message.text ?? message.heart.map { "[heart] \($0)" } ?? message.media_share_url.map {
          "[shared post] \($0)"
        }
        ?? message.story_share.map { "[story] \($0)" } ?? message.media_url.map { _ in "[photo]" }
      try context.interaction(
        InteractionRecord(
          platform: .instagram, kind: .message, direction: sent ? .sent : .received, timestamp: date,
          conversationId: conversationId, isGroup: keys.count > 1,
          counterpart: sent ? (keys.count == 1 ? keys[0] : nil) : Self.key(sender), participants: keys,
          text: text,
          sourceKey: repeats.key(
            StableHash.hex(conversationId, message.created_at, sender, text ?? ""),
            at: message.created_at)))
    }
  }
}
