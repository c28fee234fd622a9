import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads Telegram Desktop's machine-readable export (`result.json`): the full account export
/// (personal information, contacts, chats) and the export of a single chat.
///
/// Chats are streamed one at a time from `chats.list`. See `docs/formats/telegram.md`.
public struct TelegramImporter: Importer {
  public static let platform = Platform.telegram

  /// Chat types that are people (not channels, bots or the owner's saved messages).
  static let personalTypes: Set<String> = ["personal_chat"]
  static let groupTypes: Set<String> = ["private_group", "private_supergroup", "public_supergroup"]

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    source.entries(named: "result.json").reduce(0) { score, entry in
      let head = source.headText(of: entry, bytes: 4096)
      let isFull = head.contains("\"personal_information\"") || head.contains("Telegram")
      let isChat =
        head.contains("\"messages\"") && (head.contains("\"personal_chat\"") || head.contains("_group\""))
      return score + (isFull || isChat ? 10 : 0)
    }
  }

  public func importArchive(into context: ImportContext) throws {
    for entry in context.source.entries(named: "result.json") {
      try context.readEntry(entry) { try read($0, context: context) }
    }
  }

  private func read(_ entry: ArchiveEntry, context: ImportContext) throws {
    let head = try context.source.head(of: entry, bytes: 64 << 10)
    let isFullExport = String(decoding: head.prefix(8192), as: UTF8.self).contains("\"chats\"")
    guard isFullExport else {
      // A single chat: the file is the chat.
      let chat = try context.json.decode(TelegramChat.self, from: entry, in: context.source)
      try TelegramChatReader(ownerID: nil).read(chat, context: context)
      return
    }
    let owner = try JSONObjectPrefix.decode(
      TelegramPersonalInformation.self, key: "personal_information", in: head)
    let ownerID = owner?.user_id.map(String.init)
    if let owner, let ownerID {
      let name = [owner.first_name, owner.last_name].compactMap { $0 }.joined(separator: " ")
      try context.owner(
        OwnerAccount(
          platform: .telegram, key: IdentityKey(platform: .telegram, nativeId: ownerID, kind: .accountID),
          displayName: name.isEmpty ? nil : name, handle: owner.username.map { String($0.drop { $0 == "@" }) }
        ))
    }
    try context.forEachElement(TelegramContact.self, in: entry, at: ["contacts", "list"]) { contact in
      try readContact(contact, context: context)
    }
    let chats = TelegramChatReader(ownerID: ownerID)
    try context.forEachElement(TelegramChat.self, in: entry, at: ["chats", "list"]) { chat in
      try chats.read(chat, context: context)
    }
  }

  private func readContact(_ contact: TelegramContact, context: ImportContext) throws {
    let name = [contact.first_name, contact.last_name].compactMap { $0?.trimmed }.filter { !$0.isEmpty }
      .joined(separator: " ")
    let phone = contact.phone_number.map { number in
      (number.hasPrefix("+") ? "+" : "") + number.filter { $0.isASCII && $0.isNumber }
    }
    let key: IdentityKey
    if let id = contact.user_id, id > 0 {
      key = IdentityKey(platform: .telegram, nativeId: String(id), kind: .accountID)
    } else if let phone, phone.count > 3 {
      key = IdentityKey(platform: .telegram, nativeId: phone, kind: .phone)
    } else {
      context.skip("contacts without an account or a phone number")
      return
    }
    try context.identity(
      IdentityRecord(
        key: key, displayName: name.isEmpty ? nil : name, firstName: contact.first_name,
        lastName: contact.last_name,
        phones: phone.map { [$0] } ?? []))
    let since = contact.date_unixtime.flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
    try context.connection(ConnectionRecord(identity: key, kind: .inAddressBook, since: since))
  }
}
