import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads the owner's tweets for replies and mentions, and attaches the handles and display names
/// they carry to the account ids that follower and message files name without them.
struct TwitterTweets {
  let ownerID: String

  func read(_ entry: ArchiveEntry, context: ImportContext) throws {
    try context.forEachElement(scanning: TwitterTweetItem.self, in: entry) { item in
      try read(item.tweet, entry: entry, context: context)
    }
  }

  private func read(_ tweet: TwitterTweetItem.Tweet, entry: ArchiveEntry, context: ImportContext) throws {
    let text = HTMLText.plain(tweet.full_text ?? tweet.text ?? "")
    let tweetID = tweet.id_str ?? tweet.id?.text ?? ""
    if text.hasPrefix("RT @") {
      context.skip("retweets (they quote someone, they do not address them)")
      return
    }
    guard let date = ExportDate.parse(tweet.created_at) else {
      context.report("tweet \(tweetID): unreadable created_at '\(tweet.created_at)'", entry: entry)
      return
    }
    let mentions = tweet.entities?.user_mentions ?? []
    // Every mention names an account: attach its handle and display name.
    for mention in mentions {
      guard let id = mention.id_str ?? mention.id?.text, id != ownerID,
        !PlaceholderAccount.isPlaceholder(accountID: id, on: .twitter)
      else { continue }
      try context.identity(
        IdentityRecord(
          key: IdentityKey(platform: .twitter, nativeId: id, kind: .accountID), displayName: mention.name,
          handle: mention.screen_name))
    }
    let replyTo = tweet.in_reply_to_user_id_str ?? tweet.in_reply_to_user_id?.text
    var addressed: Set<String> = [ownerID, "-1"]
    if let replyTo, !addressed.contains(replyTo),
      !PlaceholderAccount.isPlaceholder(accountID: replyTo, on: .twitter)
    {
      let key = IdentityKey(platform: .twitter, nativeId: replyTo, kind: .accountID)
      try context.identity(IdentityRecord(key: key, handle: tweet.in_reply_to_screen_name))
      try context.interaction(
        InteractionRecord(
          platform: .twitter, kind: .reply, direction: .sent, timestamp: date, counterpart: key,
          participants: [key], text: text, sourceKey: "reply-" + tweetID))
      addressed.insert(replyTo)
    }
    for mention in mentions {
      guard let id = mention.id_str ?? mention.id?.text, !addressed.contains(id),
        !PlaceholderAccount.isPlaceholder(accountID: id, on: .twitter)
      else { continue }
      addressed.insert(id)
      let key = IdentityKey(platform: .twitter, nativeId: id, kind: .accountID)
      try context.interaction(
        InteractionRecord(
          platform: .twitter, kind: .mention, direction: .sent, timestamp: date, counterpart: key,
          participants: [key], text: text, sourceKey: "mention-" + tweetID + "-" + id))
    }
  }
}
