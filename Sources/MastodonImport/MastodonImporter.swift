import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a Mastodon account archive (`archive-<timestamp>-<hex>.tar.gz`: `actor.json`,
/// `outbox.json`) and the separate `following_accounts.csv` export.
///
/// The owner's posts that address someone become interactions: direct messages, replies and
/// mentions. See `docs/formats/mastodon.md`.
public struct MastodonImporter: Importer {
  public static let platform = Platform.mastodon

  static let publicAudience = "https://www.w3.org/ns/activitystreams#Public"

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = 0
    for entry in source.entries(named: "outbox.json")
    where source.headText(of: entry, bytes: 1024).contains("OrderedCollection") {
      score += 10
    }
    for entry in source.entries(named: "actor.json")
    where source.headText(of: entry, bytes: 4096).contains("Person") {
      score += 5
    }
    for entry in source.entries(named: "following_accounts.csv")
    where source.headText(of: entry, bytes: 256).hasPrefix("Account address") {
      score += 10
    }
    return score
  }

  public func importArchive(into context: ImportContext) throws {
    let source = context.source
    var ownerURL: String?
    for entry in source.entries(named: "actor.json") {
      try context.readEntry(entry) { entry in
        let actor = try context.json.decode(MastodonActor.self, from: entry, in: source)
        ownerURL = actor.id
        // `https://mastodon.social/users/alexrivera` → `alexrivera@mastodon.social`.
        let handle = MastodonHandle.fromURL(actor.id) ?? actor.preferredUsername?.lowercased()
        try context.owner(
          OwnerAccount(
            platform: .mastodon,
            key: handle.map { IdentityKey(platform: .mastodon, nativeId: $0, kind: .username) },
            displayName: actor.name, handle: handle))
      }
    }
    for entry in source.entries(named: "following_accounts.csv") {
      try context.readEntry(entry) { try readFollowing($0, context: context) }
    }
    for entry in source.entries(named: "outbox.json") {
      try context.readEntry(entry) { entry in
        try context.forEachElement(MastodonActivity.self, in: entry, at: ["orderedItems"]) { activity in
          try read(activity, ownerURL: ownerURL, entry: entry, context: context)
        }
      }
    }
  }

  private func readFollowing(_ entry: ArchiveEntry, context: ImportContext) throws {
    try context.csv.read(entry, from: context.source, isHeader: { $0.contains("Account address") }) {
      record in
      guard let address = record["Account address"]?.lowercased(), address.contains("@") else { return }
      let handle = address.hasPrefix("@") ? String(address.dropFirst()) : address
      let key = IdentityKey(platform: .mastodon, nativeId: handle, kind: .username)
      try context.identity(IdentityRecord(key: key, handle: handle))
      try context.connection(ConnectionRecord(identity: key, kind: .following, since: nil))
    }
  }

  private func read(
    _ activity: MastodonActivity, ownerURL: String?, entry: ArchiveEntry, context: ImportContext
  )
    throws
  {
    guard activity.type == "Create", let note = activity.object,
      note.type == "Note" || note.type == "Question"
    else {
      context.skip("boosts and other activities")
      return
    }
    guard let published = note.published ?? activity.published, let date = ExportDate.parse(published) else {
      context.report("post \(note.id ?? "?"): no readable date", entry: entry)
      return
    }
    let mentioned = (note.tag ?? []).filter { $0.type == "Mention" }.compactMap {
      MastodonHandle.from(mention: $0.name, url: $0.href)
    }
    let audience = (note.to ?? []) + (note.cc ?? [])
    let isDirect =
      !audience.contains(Self.publicAudience) && !audience.contains { $0.hasSuffix("/followers") }
    let replyTo = note.inReplyTo.flatMap { url -> String? in
      guard let ownerURL, url.hasPrefix(ownerURL + "/") else { return MastodonHandle.fromURL(url) }
      return nil  // a reply to the owner's own post (a thread)
    }
    var addressed = Array(Set(mentioned)).sorted()
    if let replyTo, !addressed.contains(replyTo) { addressed.insert(replyTo, at: 0) }
    guard !addressed.isEmpty else {
      context.skip("posts that address no one")
      return
    }
    let text = note.content.map(HTMLText.plain)
    let id = note.id ?? StableHash.hex(published, text ?? "")
    for handle in addressed {
      try context.identity(
        IdentityRecord(
          key: IdentityKey(platform: .mastodon, nativeId: handle, kind: .username), handle: handle))
    }
    let keys = addressed.map { IdentityKey(platform: .mastodon, nativeId: $0, kind: .username) }
    if isDirect {
      try context.interaction(
        InteractionRecord(
          platform: .mastodon, kind: .message, direction: .sent, timestamp: date, conversationId: id,
          isGroup: keys.count > 1, counterpart: keys.count == 1 ? keys[0] : nil, participants: keys,
          text: text,
          sourceKey: "dm-" + id))
      return
    }
    for key in keys {
      let isReply = key.nativeId == replyTo
      try context.interaction(
        InteractionRecord(
          platform: .mastodon, kind: isReply ? .reply : .mention, direction: .sent, timestamp: date,
          conversationId: id, counterpart: key, participants: [key], text: text,
          sourceKey: (isReply ? "reply-" : "mention-") + id + "-" + key.nativeId))
    }
  }
}
