import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a Twitter/X archive (`data/*.js`, 2019 to now).
///
/// Files read: `manifest.js` and `account.js` (the owner), `follower.js`, `following.js`,
/// `direct-messages.js`, `direct-messages-group.js`, and `tweets.js` / `tweet.js` /
/// `tweets-partN.js`. Large files are streamed element by element. Handles and display names of
/// accounts come from tweets' replies and mentions. See `docs/formats/twitter.md`.
public struct TwitterImporter: Importer {
  public static let platform = Platform.twitter

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = 0
    for entry in source.entries where entry.fileName.hasSuffix(".js") {
      let name = entry.fileName
      guard
        name == "manifest.js" || name == "account.js" || name.hasPrefix("direct-message")
          || name.hasPrefix("tweet") || name.hasPrefix("follow")
      else { continue }
      let head = source.headText(of: entry, bytes: 256)
      if head.contains("window.YTD.") || head.contains("window.__THAR_CONFIG") { score += 10 }
    }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    let source = context.source
    let ownerID = try readOwner(context)
    for entry in source.entries where ["follower.js", "following.js"].contains(entry.fileName) {
      try context.readEntry(entry) { try readFollows($0, context: context) }
    }
    guard let ownerID else {
      context.report(
        "the owner's account id is unknown (no account.js or manifest.js): messages and tweets were not read",
        entry: nil)
      return
    }
    let messages = TwitterMessages(ownerID: ownerID)
    for entry in source.entries where Self.isDirectMessageFile(entry) {
      try context.readEntry(entry) { try messages.read($0, context: context) }
    }
    let tweets = TwitterTweets(ownerID: ownerID)
    for entry in source.entries where Self.isTweetFile(entry) {
      try context.readEntry(entry) { try tweets.read($0, context: context) }
    }
  }

  static func isDirectMessageFile(_ entry: ArchiveEntry) -> Bool {
    let name = entry.fileName
    return name.hasSuffix(".js")
      && (name.hasPrefix("direct-messages.") || name.hasPrefix("direct-messages-group.")
        || name.hasPrefix("direct-messages-part") || name.hasPrefix("direct-messages-group-part"))
  }

  /// `tweets.js`, `tweet.js`, `tweets-part1.js`, `tweet-part2.js`.
  static func isTweetFile(_ entry: ArchiveEntry) -> Bool {
    let name = entry.fileName
    guard name.hasSuffix(".js") else { return false }
    let stem = name.dropLast(3)
    return stem == "tweets" || stem == "tweet" || stem.hasPrefix("tweets-part")
      || stem.hasPrefix("tweet-part")
  }

  /// Reads the owner from `account.js`, else `manifest.js`; returns the owner's account id.
  private func readOwner(_ context: ImportContext) throws -> String? {
    let reader = context.json
    var owner: OwnerAccount?
    for entry in context.source.entries(named: "account.js") {
      try context.readEntry(entry) { entry in
        guard
          let account = try reader.decode([TwitterAccountItem].self, from: entry, in: context.source).first?
            .account
        else { throw EntryFailure("account.js lists no account") }
        owner = OwnerAccount(
          platform: .twitter,
          key: IdentityKey(platform: .twitter, nativeId: account.accountId, kind: .accountID),
          displayName: account.accountDisplayName, handle: account.username,
          emails: account.email.map { [$0.lowercased()] } ?? [])
      }
    }
    if owner == nil {
      for entry in context.source.entries(named: "manifest.js") {
        try context.readEntry(entry) { entry in
          let manifest = try reader.decode(TwitterManifest.self, from: entry, in: context.source)
          guard let info = manifest.userInfo, let id = info.accountId else { return }
          owner = OwnerAccount(
            platform: .twitter, key: IdentityKey(platform: .twitter, nativeId: id, kind: .accountID),
            displayName: info.displayName, handle: info.userName)
        }
      }
    }
    guard let owner else { return nil }
    try context.owner(owner)
    return owner.key?.nativeId
  }

  private func readFollows(_ entry: ArchiveEntry, context: ImportContext) throws {
    try context.forEachElement(TwitterFollowItem.self, in: entry) { item in
      let (account, kind): (TwitterFollowItem.Account?, ConnectionKind) =
        item.follower != nil ? (item.follower, .follower) : (item.following, .following)
      guard let account else { return }
      let key = IdentityKey(platform: .twitter, nativeId: account.accountId, kind: .accountID)
      try context.identity(IdentityRecord(key: key, profileURLs: account.userLink.map { [$0] } ?? []))
      try context.connection(ConnectionRecord(identity: key, kind: kind, since: nil))
    }
  }
}
