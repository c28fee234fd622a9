import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads `direct-messages.js` (1:1) and `direct-messages-group.js` (no `recipientId`; join and
/// leave events name the members).
struct TwitterMessages {
  let ownerID: String

  func read(_ entry: ArchiveEntry, context: ImportContext) throws {
    try context.forEachElement(scanning: TwitterConversationItem.self, in: entry) { item in
      try read(item.dmConversation, entry: entry, context: context)
    }
  }

  private func read(
    _ conversation: TwitterConversationItem.Conversation, entry: ArchiveEntry, context: ImportContext
  )
    throws
  {
    // Everyone the conversation names: senders, recipients, and members of join events.
    var members: [String] = []
    func add(_ id: String?) {
      guard let id, id != ownerID, !members.contains(id),
        !PlaceholderAccount.isPlaceholder(accountID: id, on: .twitter)
      else { return }
      members.append(id)
    }
    for event in conversation.messages {
      add(event.messageCreate?.senderId.text)
      add(event.messageCreate?.recipientId?.text)
      for membership in [event.joinConversation, event.participantsJoin] {
        membership?.participantsSnapshot?.forEach { add($0.text) }
        membership?.userIds?.forEach { add($0.text) }
        add(membership?.initiatingUserId?.text)
      }
    }
    let isGroup =
      members.count > 1
      || conversation.messages.contains { $0.messageCreate != nil && $0.messageCreate?.recipientId == nil }
    let keys = members.map { IdentityKey(platform: .twitter, nativeId: $0, kind: .accountID) }
    for key in keys { try context.identity(IdentityRecord(key: key)) }
    for event in conversation.messages {
      guard let message = event.messageCreate else { continue }
      guard let date = ExportDate.parse(message.createdAt) else {
        context.report(
          "message \(message.id.text): unreadable createdAt '\(message.createdAt)'", entry: entry)
        continue
      }
      let sent = message.senderId.text == ownerID
      if !sent, PlaceholderAccount.isPlaceholder(accountID: message.senderId.text, on: .twitter) {
        context.skip(PlaceholderAccount.skipReason("messages", on: .twitter))
        continue
      }
      let counterpart: IdentityKey? =
        sent
        ? (keys.count == 1 ? keys[0] : nil)
        : IdentityKey(platform: .twitter, nativeId: message.senderId.text, kind: .accountID)
      try context.interaction(
        InteractionRecord(
          platform: .twitter, kind: .message, direction: sent ? .sent : .received, timestamp: date,
          conversationId: conversation.conversationId, isGroup: isGroup, counterpart: counterpart,
          participants: keys, text: message.text.map(HTMLText.plain), sourceKey: "dm-" + message.id.text))
    }
  }
}
