import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a Facebook "Download Your Information" archive in JSON format, of any era (2018 to now).
///
/// Files read: the profile (the owner), friends, removed friends, friend requests, followers and
/// following, and every Messenger thread in `inbox`, `archived_threads`, `filtered_threads`,
/// `message_requests` and `e2ee_cutover`. Meta's mojibake is repaired in every string. See
/// `docs/formats/facebook.md`.
public struct FacebookImporter: Importer {
  public static let platform = Platform.facebook

  /// The file names of friend and follower lists, in all eras.
  static let friendFiles: Set<String> = [
    "friends.json", "your_friends.json", "removed_friends.json", "sent_friend_requests.json",
    "received_friend_requests.json", "friend_requests_received.json", "friend_requests_sent.json",
    "rejected_friend_requests.json", "followers.json", "following.json", "people_who_followed_you.json",
    "who_you've_followed.json", "who_you’ve_followed.json",
  ]

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = MetaRecognition.loneThreadScore(in: source) * 2
    for entry in source.entries {
      let components = entry.components.map { $0.lowercased() }
      if components.contains("your_facebook_activity") || components.contains("your_activity_across_facebook")
      {
        score += 1
      }
      if entry.fileName == "profile_information.json" { score += 10 }
      if friendFiles.contains(entry.fileName.lowercased()),
        components.contains(where: { $0 == "friends" || $0 == "friends_and_followers" })
      {
        score += 10
      }
    }
    if score > 0 { score += min(MetaRecognition.threadFileCount(in: source), 5) }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    let source = context.source
    let threadFiles = source.entries.filter(MessengerThreadReader.isThreadFile)
    var ownerName: String?
    for entry in source.entries(named: "profile_information.json") {
      try context.readEntry(entry) { entry in
        let profile = try JSONEntryReader().decode(FacebookProfile.self, from: entry, in: source).current
        ownerName = MetaText.repair(profile?.name?.full_name)
        let emails = (profile?.emails?.emails ?? []).map { $0.lowercased() }
        try context.owner(
          OwnerAccount(
            platform: .facebook,
            key: ownerName.map { IdentityKey(platform: .facebook, nativeId: $0, kind: .displayName) },
            displayName: ownerName, handle: profile?.username, emails: emails))
      }
    }
    ownerName = try MessengerThreadReader.resolveOwnerName(
      ownerName, threadFiles: threadFiles, platform: .facebook, context: context)
    for entry in source.entries where Self.friendFiles.contains(entry.fileName.lowercased()) {
      try context.readEntry(entry) { try readFriends($0, context: context) }
    }
    try MessengerThreadReader(platform: .facebook, ownerName: ownerName).readThreads(
      threadFiles, into: context)
  }

  private func readFriends(_ entry: ArchiveEntry, context: ImportContext) throws {
    let file = try JSONEntryReader().decode(FacebookFriendsFile.self, from: entry, in: context.source)
    for (meaning, entries) in file.lists {
      for friend in entries {
        guard let name = MetaText.repair(friend.name), !name.isEmpty else {
          context.skip("friend entries without a name")
          continue
        }
        let key = IdentityKey(platform: .facebook, nativeId: name, kind: .displayName)
        let date = friend.timestamp.flatMap { $0 > 0 ? Date(timeIntervalSince1970: Double($0)) : nil }
        try context.identity(IdentityRecord(key: key, displayName: name))
        switch meaning {
        case .friends: try context.connection(ConnectionRecord(identity: key, kind: .friend, since: date))
        case .removedFriends:
          try context.connection(ConnectionRecord(identity: key, kind: .removedFriend, since: date))
        case .followers: try context.connection(ConnectionRecord(identity: key, kind: .follower, since: date))
        case .following:
          try context.connection(ConnectionRecord(identity: key, kind: .following, since: date))
        case .sentRequests, .receivedRequests, .rejectedRequests:
          guard let date else {
            context.skip("friend requests without a date")
            continue
          }
          let direction: Direction = meaning == .sentRequests ? .sent : .received
          try context.interaction(
            InteractionRecord(
              platform: .facebook, kind: .invitation, direction: direction, timestamp: date, counterpart: key,
              participants: [key], text: meaning == .rejectedRequests ? "[request declined]" : nil,
              sourceKey: StableHash.hex(
                "friend-request", name, String(friend.timestamp ?? 0), direction.rawValue)))
        }
      }
    }
  }
}
