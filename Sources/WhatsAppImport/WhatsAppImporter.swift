import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads WhatsApp's "Export chat" files: Android's `WhatsApp Chat with <name>.txt` and the iOS
/// zip's `_chat.txt`, in every line format (12/24-hour clocks, day/month order inferred per file).
///
/// The export does not name its owner: in a one-to-one chat named after the other person, the
/// owner is the other sender; otherwise the sender common to every chat of the archive, or a name
/// given with `--me`. See `docs/formats/whatsapp.md`.
public struct WhatsAppImporter: Importer {
  public static let platform = Platform.whatsapp

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    chatEntries(in: source).count * 10
  }

  /// `.txt` entries whose first lines are WhatsApp message lines.
  static func chatEntries(in source: any ArchiveSource) -> [ArchiveEntry] {
    source.entries.filter { entry in
      guard entry.fileName.lowercased().hasSuffix(".txt") else { return false }
      let lines = source.headText(of: entry, bytes: 2048).split(whereSeparator: \.isNewline).prefix(10)
      return lines.filter { WhatsAppLine(String($0)) != nil }.count >= 2
    }
  }

  public func importArchive(into context: ImportContext) throws {
    let entries = Self.chatEntries(in: context.source)
    var surveys: [(WhatsAppChatReader, WhatsAppChatReader.Survey)] = []
    for entry in entries {
      try context.readEntry(entry) { entry in
        let reader = WhatsAppChatReader(entry: entry, context: context)
        surveys.append((reader, try reader.survey()))
      }
    }
    let common = surveys.map { Set($0.1.senders) }.reduce(nil) { (result: Set<String>?, next) in
      result.map { $0.intersection(next) } ?? next
    }
    for (reader, survey) in surveys {
      let owner = Self.owner(
        of: survey, entry: reader.entry, commonSenders: surveys.count > 1 ? common : nil,
        hints: context.ownerNames)
      if let owner {
        try context.owner(
          OwnerAccount(
            platform: .whatsapp, key: IdentityKey(platform: .whatsapp, nativeId: owner, kind: .displayName),
            displayName: owner))
      } else {
        context.report(
          "the owner of this chat could not be told apart from the other members: name yourself with --me",
          entry: reader.entry)
      }
      try context.readEntry(reader.entry) { _ in try reader.read(survey: survey, owner: owner) }
    }
  }

  /// The owner's name in one chat: a name given by the user, else the sender other than the
  /// person a one-to-one chat is named after, else the one sender common to all chats.
  static func owner(
    of survey: WhatsAppChatReader.Survey, entry: ArchiveEntry, commonSenders: Set<String>?, hints: [String]
  ) -> String? {
    if let hint = survey.senders.first(where: { hints.contains($0) }) { return hint }
    if let partner = chatPartner(entry), survey.senders.contains(partner), survey.senders.count <= 2 {
      return survey.senders.first { $0 != partner }
    }
    if let common = commonSenders, common.count == 1 { return common.first }
    return nil
  }

  /// The name in `WhatsApp Chat with <name>.txt` (Android) or `WhatsApp Chat - <name>/...` (the
  /// iOS zip's folder, when unpacked).
  static func chatPartner(_ entry: ArchiveEntry) -> String? {
    for part in entry.components.reversed() {
      var name = String(part)
      for suffix in [".txt", ".zip"] where name.lowercased().hasSuffix(suffix) {
        name = String(name.dropLast(4))
      }
      for prefix in ["WhatsApp Chat with ", "WhatsApp Chat - "] where name.hasPrefix(prefix) {
        return String(name.dropFirst(prefix.count))
      }
    }
    return nil
  }
}
