import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads an Instagram export in JSON format: the Meta Accounts Center layout (2021 to now) and
/// the 2018–2020 layout (`connections.json`, `messages.json` at the root).
///
/// Files read: `personal_information.json` (the owner), `followers_N.json`, `following.json`
/// (both the `value` and the 2026 `title` shapes), `close_friends.json`, `blocked_profiles.json`,
/// `recently_unfollowed_profiles.json`, the follow-request files, and every message thread.
/// See `docs/formats/instagram.md`.
public struct InstagramImporter: Importer {
  public static let platform = Platform.instagram

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score =
      MetaRecognition.loneThreadScore(in: source) + InstagramLegacyReader.recognitionScore(of: source)
    for entry in source.entries {
      let components = entry.components.map { $0.lowercased() }
      if components.contains("followers_and_following") { score += 10 }
      if components.contains("your_instagram_activity") { score += 1 }
      if entry.fileName == "personal_information.json" { score += 10 }
      if components.count == 1, entry.fileName.hasPrefix("followers_"),
        source.headText(of: entry).contains("string_list_data")
      {
        score += 10
      }
    }
    if score > 0 { score += min(MetaRecognition.threadFileCount(in: source), 5) }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    if try InstagramLegacyReader().read(into: context) { return }
    let source = context.source
    let threadFiles = source.entries.filter(MessengerThreadReader.isThreadFile)
    var ownerName: String?
    for entry in source.entries(named: "personal_information.json") {
      try context.readEntry(entry) { entry in
        let info = try context.json.decode(InstagramPersonalInformation.self, from: entry, in: source)
        ownerName = MetaText.repair(info.name)
        if let username = info.username {
          // Messages name the owner by display name; keep both keys as the owner's.
          try context.owner(
            OwnerAccount(
              platform: .instagram,
              key: IdentityKey(platform: .instagram, nativeId: username.lowercased(), kind: .username),
              displayName: ownerName, handle: username, emails: info.email.map { [$0.lowercased()] } ?? []))
        }
      }
    }
    ownerName = try MessengerThreadReader.resolveOwnerName(
      ownerName, threadFiles: threadFiles, platform: .instagram, context: context)
    for entry in source.entries where Self.isRelationshipFile(entry) {
      try context.readEntry(entry) { try readRelationships($0, context: context) }
    }
    try MessengerThreadReader(platform: .instagram, ownerName: ownerName).readThreads(
      threadFiles, into: context)
  }

  /// Files under `followers_and_following/`, and a followers file given on its own.
  static func isRelationshipFile(_ entry: ArchiveEntry) -> Bool {
    let components = entry.components.map { $0.lowercased() }
    guard entry.fileName.hasSuffix(".json") else { return false }
    return components.dropLast().contains("followers_and_following")
      || (components.count == 1
        && (entry.fileName.hasPrefix("followers_") || entry.fileName == "following.json"))
  }

  private func readRelationships(_ entry: ArchiveEntry, context: ImportContext) throws {
    let file = try context.json.decode(InstagramRelationshipFile.self, from: entry, in: context.source)
    let name = entry.fileName.lowercased()
    for item in file.entries {
      guard let username = item.username else {
        context.skip("relationship entries without a username")
        continue
      }
      if PlaceholderAccount.isPlaceholder(username: username, on: .instagram) {
        context.skip(PlaceholderAccount.skipReason("relationship entries", on: .instagram))
        continue
      }
      let key = IdentityKey(platform: .instagram, nativeId: username.lowercased(), kind: .username)
      let date = item.timestamp.flatMap { $0 > 0 ? Date(timeIntervalSince1970: Double($0)) : nil }
      let href = item.string_list_data?.first?.href
      let kind: ConnectionKind?
      switch file.key {
      case nil where name.hasPrefix("followers"): kind = .follower
      case "relationships_following": kind = .following
      case "relationships_close_friends": kind = .closeFriend
      case "relationships_blocked_users": kind = .blocked
      case "relationships_unfollowed_users": kind = .unfollowed
      case "relationships_follow_requests_sent", "relationships_permanent_follow_requests":
        kind = nil
      default:
        context.skip("entries of lists that are not relationships (\(file.key ?? name))")
        continue
      }
      try context.identity(
        IdentityRecord(key: key, handle: username, profileURLs: href.map { [Self.profileURL($0)] } ?? []))
      if let kind {
        try context.connection(ConnectionRecord(identity: key, kind: kind, since: date))
      } else if let date {
        try context.interaction(
          InteractionRecord(
            platform: .instagram, kind: .invitation, direction: .sent, timestamp: date, counterpart: key,
            participants: [key], text: "[follow request]",
            sourceKey: StableHash.hex("follow-request", username, String(item.timestamp ?? 0))))
      }
    }
  }

  /// `https://www.instagram.com/<username>` for any profile link (dropping the `/_u/` deep link).
  static func profileURL(_ href: String) -> String {
    href.replacingOccurrences(of: "/_u/", with: "/")
  }
}
