import Foundation
import ImportSupport
import RekindleModel

/// Turns one Telegram chat into interactions: messages and calls with people, in one-to-one
/// chats and groups; channels, bots and saved messages are skipped.
struct TelegramChatReader {
  /// The owner's user id; `nil` for a single-chat export, where the owner is the sender who is
  /// not the chat's peer.
  let ownerID: String?

  func read(_ chat: TelegramChat, context: ImportContext) throws {
    let isPersonal = TelegramImporter.personalTypes.contains(chat.type)
    guard isPersonal || TelegramImporter.groupTypes.contains(chat.type) else {
      context.skip("chats that are not with people (channels, bots, saved messages)")
      return
    }
    let peerID = String(chat.id)
    let owner = ownerID ?? (isPersonal ? Self.otherSender(in: chat, than: peerID) : nil)
    if ownerID == nil, let owner {
      try context.owner(
        OwnerAccount(
          platform: .telegram, key: IdentityKey(platform: .telegram, nativeId: owner, kind: .accountID)))
    }
    // Everyone who speaks in the chat, with the name they had.
    var names: [String: String] = [:]
    if isPersonal, let name = chat.name { names[peerID] = name }
    for message in chat.messages {
      if let id = Self.userID(message.from_id ?? message.actor_id), id != owner {
        names[id] = names[id] ?? message.from ?? message.actor
      }
    }
    let members = (isPersonal ? [peerID] : names.keys.sorted()).filter { $0 != owner }
    let keys = members.map { IdentityKey(platform: .telegram, nativeId: $0, kind: .accountID) }
    for key in keys { try context.identity(IdentityRecord(key: key, displayName: names[key.nativeId])) }
    guard !keys.isEmpty else { return }
    for message in chat.messages {
      try read(message, chat: chat, keys: keys, owner: owner, isGroup: !isPersonal, context: context)
    }
  }

  private func read(
    _ message: TelegramMessage, chat: TelegramChat, keys: [IdentityKey], owner: String?, isGroup: Bool,
    context: ImportContext
  ) throws {
    let kind: InteractionKind
    let text: String?
    if message.type == "service" {
      guard message.action == "phone_call" || message.action == "group_call" else {
        context.skip("service messages (joins, pins, title changes)")
        return
      }
      kind = .call
      text = message.duration_seconds.map { "[call, \($0) s]" } ?? "[call]"
    } else {
      kind = .message
      text = Self.text(of: message)
    }
    guard let timestamp = Self.timestamp(of: message) else {
      context.report("chat \(chat.id), message \(message.id): no readable date", entry: nil)
      return
    }
    let sender = Self.userID(message.from_id ?? message.actor_id)
    let sent = sender != nil && sender == owner
    let counterpart: IdentityKey? =
      sent
      ? (keys.count == 1 ? keys[0] : nil)
      : sender.map { IdentityKey(platform: .telegram, nativeId: $0, kind: .accountID) }
    try context.interaction(
      InteractionRecord(
        platform: .telegram, kind: kind, direction: sent ? .sent : .received, timestamp: timestamp,
        conversationId: String(chat.id), isGroup: isGroup, counterpart: counterpart, participants: keys,
        text: text,
        sourceKey: "chat\(chat.id)-\(message.id)"))
  }

  /// `user6011223344` → `6011223344`; `nil` for channels and missing ids.
  static func userID(_ fromID: String?) -> String? {
    guard let fromID, fromID.hasPrefix("user") else { return nil }
    return String(fromID.dropFirst(4))
  }

  /// The sender of a one-to-one chat who is not its peer: the owner.
  static func otherSender(in chat: TelegramChat, than peer: String) -> String? {
    chat.messages.lazy.compactMap { userID($0.from_id) }.first { $0 != peer }
  }

  /// `date_unixtime` when present (newer exports), else `date` (local time of the exporting
  /// machine, read as UTC).
  static func timestamp(of message: TelegramMessage) -> Date? {
    if let seconds = message.date_unixtime.flatMap(Double.init) {
      return Date(timeIntervalSince1970: seconds)
    }
    return message.date.flatMap(ExportDate.parse)
  }

  static func text(of message: TelegramMessage) -> String? {
    if let text = message.text?.plain, !text.isEmpty { return text }
    if message.photo != nil { return "[photo]" }
    if let emoji = message.sticker_emoji { return "[sticker] \(emoji)" }
    if message.file != nil { return "[file]" }
    return nil
  }
}
