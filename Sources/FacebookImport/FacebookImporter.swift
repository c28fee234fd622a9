import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a Facebook "Download Your Information" archive, in JSON format of any era (2018 to now)
/// or in HTML format (read by page structure with libxml2).
///
/// Files read: the profile (the owner), friends, removed friends, friend requests, followers and
/// following, and every Messenger thread in `inbox`, `archived_threads`, `filtered_threads`,
/// `message_requests` and `e2ee_cutover`. Meta's mojibake is repaired in every string. See
/// `docs/formats/facebook.md`.
public struct FacebookImporter: Importer {
  public static let platform = Platform.facebook

  /// The file names of JSON friend and follower lists, in all eras.
  static let friendFiles = Set(friendFileMeanings.keys.map { $0 + ".json" })

  /// The meaning of a friends file, from its name without extension, in all eras.
  static let friendFileMeanings: [String: FacebookFriendsFile.Meaning] = [
    "friends": .friends, "your_friends": .friends, "removed_friends": .removedFriends,
    "sent_friend_requests": .sentRequests, "friend_requests_sent": .sentRequests,
    "received_friend_requests": .receivedRequests, "friend_requests_received": .receivedRequests,
    "rejected_friend_requests": .rejectedRequests, "followers": .followers,
    "people_who_followed_you": .followers,
    "following": .following, "who_you've_followed": .following, "who_you’ve_followed": .following,
  ]

  /// The meaning of an HTML friends page, or `nil` when the entry is not one.
  static func friendPageMeaning(_ entry: ArchiveEntry) -> FacebookFriendsFile.Meaning? {
    let name = entry.fileName.lowercased()
    guard name.hasSuffix(".html") else { return nil }
    return friendFileMeanings[String(name.dropLast(5))]
  }

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = MetaRecognition.loneThreadScore(in: source) * 2
    for entry in source.entries {
      let components = entry.components.map { $0.lowercased() }
      if components.contains("your_facebook_activity") || components.contains("your_activity_across_facebook")
      {
        score += 1
      }
      if entry.fileName == "profile_information.json" || entry.fileName == "profile_information.html" {
        score += 10
      }
      if friendFiles.contains(entry.fileName.lowercased()) || friendPageMeaning(entry) != nil,
        components.contains(where: { $0 == "friends" || $0 == "friends_and_followers" })
      {
        score += 10
      }
    }
    if score > 0 {
      score += min(MetaRecognition.threadFileCount(in: source), 5)
      score += min(source.entries.filter(FacebookHTMLPages.isThreadPage).count, 5)
    }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    let source = context.source
    let threadFiles = source.entries.filter(MessengerThreadReader.isThreadFile)
    var ownerName: String?
    for entry in source.entries(named: "profile_information.json") {
      try context.readEntry(entry) { entry in
        let profile = try context.json.decode(FacebookProfile.self, from: entry, in: source).current
        ownerName = MetaText.repair(profile?.name?.full_name)
        let emails = (profile?.emails?.emails ?? []).map { $0.lowercased() }
        try context.owner(
          OwnerAccount(
            platform: .facebook,
            key: ownerName.map { IdentityKey(platform: .facebook, nativeId: $0, kind: .displayName) },
            displayName: ownerName, handle: profile?.username, emails: emails))
      }
    }
    let pages = FacebookHTMLPages(context: context)
    for entry in source.entries(named: "profile_information.html") where ownerName == nil {
      try context.readEntry(entry) { ownerName = try pages.ownerName($0) }
    }
    let threadPages = source.entries.filter(FacebookHTMLPages.isThreadPage)
    if ownerName == nil && threadFiles.isEmpty && !threadPages.isEmpty {
      ownerName = try inferOwnerName(threadPages, pages: pages, context: context)
    }
    ownerName = try MessengerThreadReader.resolveOwnerName(
      ownerName, threadFiles: threadFiles, platform: .facebook, context: context)
    for entry in source.entries where Self.friendFiles.contains(entry.fileName.lowercased()) {
      try context.readEntry(entry) { entry in
        let file = try context.json.decode(FacebookFriendsFile.self, from: entry, in: context.source)
        for (meaning, friends) in file.lists {
          for friend in friends {
            let date = friend.timestamp.flatMap { $0 > 0 ? Date(timeIntervalSince1970: Double($0)) : nil }
            try emitFriend(MetaText.repair(friend.name), date: date, meaning: meaning, context: context)
          }
        }
      }
    }
    for entry in source.entries {
      guard let meaning = Self.friendPageMeaning(entry) else { continue }
      try context.readEntry(entry) { entry in
        for person in try pages.people(entry) {
          try emitFriend(person.name, date: person.date, meaning: meaning, context: context)
        }
      }
    }
    let reader = MessengerThreadReader(platform: .facebook, ownerName: ownerName)
    try reader.readThreads(threadFiles, into: context)
    var repeats = RepeatCounter<Int64>()
    for entry in threadPages {
      try context.readEntry(entry) { entry in
        let page = try pages.thread(entry)
        let path = entry.components.suffix(3).dropLast().joined(separator: "/")
        let thread = MessengerThread(
          participants: page.participants, messages: page.messages, threadPath: path)
        try reader.read(thread, entry: entry, repeats: &repeats, into: context)
      }
    }
  }

  /// The one participant common to the first HTML thread pages.
  private func inferOwnerName(_ entries: [ArchiveEntry], pages: FacebookHTMLPages, context: ImportContext)
    throws
    -> String?
  {
    var common: Set<String>?
    for entry in entries.prefix(25) {
      guard let participants = try? pages.thread(entry).participants, !participants.isEmpty else { continue }
      common = common.map { $0.intersection(participants) } ?? Set(participants)
    }
    return common?.count == 1 ? common?.first : nil
  }

  /// Records one entry of a friends or followers list.
  private func emitFriend(
    _ name: String?, date: Date?, meaning: FacebookFriendsFile.Meaning, context: ImportContext
  ) throws {
    guard let name, !name.isEmpty else {
      context.skip("friend entries without a name")
      return
    }
    if PlaceholderAccount.isPlaceholder(name: name, on: .facebook) {
      context.skip(PlaceholderAccount.skipReason("friend entries", on: .facebook))
      return
    }
    let key = IdentityKey(platform: .facebook, nativeId: name, kind: .displayName)
    try context.identity(IdentityRecord(key: key, displayName: name))
    switch meaning {
    case .friends: try context.connection(ConnectionRecord(identity: key, kind: .friend, since: date))
    case .removedFriends:
      try context.connection(ConnectionRecord(identity: key, kind: .removedFriend, since: date))
    case .followers: try context.connection(ConnectionRecord(identity: key, kind: .follower, since: date))
    case .following: try context.connection(ConnectionRecord(identity: key, kind: .following, since: date))
    case .sentRequests, .receivedRequests, .rejectedRequests:
      guard let date else {
        context.skip("friend requests without a date")
        return
      }
      let direction: Direction = meaning == .sentRequests ? .sent : .received
      try context.interaction(
        InteractionRecord(
          platform: .facebook, kind: .invitation, direction: direction, timestamp: date, counterpart: key,
          participants: [key], text: meaning == .rejectedRequests ? "[request declined]" : nil,
          sourceKey: StableHash.hex(
            "friend-request", name, String(Int64(date.timeIntervalSince1970)), direction.rawValue)))
    }
  }
}
