import ArchiveAccess
import Foundation
import RekindleModel

/// Reads Meta Messenger threads (Facebook and Instagram) into interactions.
///
/// Participants are keyed by their repaired display name. The owner's messages are `sent`; the
/// others' are `received` from their sender. A thread's id is its folder name, which stays the
/// same across exports and across the five sections (`inbox`, `archived_threads`,
/// `filtered_threads`, `message_requests`, `e2ee_cutover`).
public struct MessengerThreadReader {
  public let platform: Platform
  /// The owner's display name as the threads write it (repaired).
  public let ownerName: String?

  public init(platform: Platform, ownerName: String?) {
    self.platform = platform
    self.ownerName = ownerName
  }

  /// True when the entry is a thread file: `.../messages/<section>/<thread>/message_N.json`
  /// (Instagram sometimes truncates long names to `messa.json`), or a `message_N.json` given on
  /// its own.
  public static func isThreadFile(_ entry: ArchiveEntry) -> Bool {
    let components = entry.components
    let name = entry.fileName.lowercased()
    let isMessageFile =
      (name.hasPrefix("message_") && name.hasSuffix(".json")) || name == "messa.json"
    guard isMessageFile else { return false }
    if components.count == 1 { return true }
    return components.count >= 4 && components[components.count - 4].lowercased() == "messages"
  }

  /// The thread id: the last part of the thread's `thread_path` (`inbox/janedoe_1234`), which is
  /// also its folder name; the folder name when the file has no `thread_path`.
  public static func threadID(of thread: MessengerThread, entry: ArchiveEntry) -> String {
    if let path = thread.thread_path, let last = path.split(separator: "/").last { return String(last) }
    let components = entry.components
    if components.count >= 2 { return String(components[components.count - 2]) }
    return "thread-" + StableHash.hex(participantNames(thread).sorted().joined(separator: "|"))
  }

  /// The names of a thread's participants, repaired.
  public static func participantNames(_ thread: MessengerThread) -> [String] {
    (thread.participants ?? []).compactMap { MetaText.repair($0.name) }
  }

  /// Infers the owner's name as the one participant common to the first threads of the archive
  /// (used when the archive has no profile file); `nil` when that is ambiguous.
  public static func inferOwnerName(threadFiles: [ArchiveEntry], context: ImportContext) -> String? {
    let source = context.source
    var common: Set<String>?
    for entry in threadFiles.prefix(25) {
      guard let thread = try? context.json.scan(MessengerThreadParticipants.self, from: entry, in: source)
      else {
        continue
      }
      let names = Set(thread.names)
      common = common.map { $0.intersection(names) } ?? names
    }
    common?.remove("")
    return common?.count == 1 ? common?.first : nil
  }

  /// The owner's display name as threads write it: `knownName` (from the profile file) or, without
  /// one, the name common to the first threads. Records it as one of the owner's keys, so that the
  /// owner never becomes a contact; reports when it cannot be found.
  public static func resolveOwnerName(
    _ knownName: String?, threadFiles: [ArchiveEntry], platform: Platform, context: ImportContext
  ) throws -> String? {
    guard let name = knownName ?? inferOwnerName(threadFiles: threadFiles, context: context) else {
      if !threadFiles.isEmpty {
        context.report(
          "the owner could not be recognized (no profile file, and no name common to all threads): "
            + "all messages are read as received", entry: nil)
      }
      return nil
    }
    try context.owner(
      OwnerAccount(
        platform: platform, key: IdentityKey(platform: platform, nativeId: name, kind: .displayName),
        displayName: name))
    return name
  }

  /// Reads every thread file of the archive.
  public func readThreads(_ threadFiles: [ArchiveEntry], into context: ImportContext) throws {
    var repeats = RepeatCounter<Int64>()
    for entry in threadFiles {
      try context.readEntry(entry) { entry in
        let thread = try context.json.scan(MessengerThread.self, from: entry, in: context.source)
        try read(thread, entry: entry, repeats: &repeats, into: context)
      }
    }
  }

  /// Emits one interaction per message of `thread`.
  ///
  /// Deleted and masked accounts (an empty name, `Facebook user`, `Instagram User` in any
  /// language) are no one: their messages are left out and counted, and they are taken out of
  /// the others' participants. A participant whose name shows nothing (invisible characters only)
  /// is known within this thread only (`ThreadParticipant`). Identical messages of one moment
  /// get distinct keys through `repeats`, which spans the thread's files.
  public func read(
    _ thread: MessengerThread, entry: ArchiveEntry, repeats: inout RepeatCounter<Int64>,
    into context: ImportContext
  ) throws {
    let threadID = Self.threadID(of: thread, entry: entry)
    let names = Self.participantNames(thread)
    let isGroup = names.count > 2 || thread.thread_type == "RegularGroup"
    var participantKeys: [IdentityKey] = []
    // Each sender's key, worked out once per thread.
    var keyOfName: [String: IdentityKey?] = [:]
    func senderKey(_ name: String) -> IdentityKey? {
      if let known = keyOfName[name] { return known }
      let key = key(name, threadID: threadID)
      keyOfName[name] = key
      return key
    }
    for name in names where name != ownerName {
      guard let key = senderKey(name) else { continue }
      participantKeys.append(key)
      try context.identity(IdentityRecord(key: key, displayName: name))
    }
    let placeholderMessages = PlaceholderAccount.skipReason("messages", on: platform)
    for message in thread.messages {
      let sender = MetaText.repair(message.sender_name ?? "")
      let timestamp = Date(timeIntervalSince1970: Double(message.timestamp_ms) / 1000)
      let text = Self.text(of: message)
      let direction: Direction
      let counterpart: IdentityKey?
      var participants = participantKeys
      if let ownerName, sender == ownerName {
        direction = .sent
        counterpart = participantKeys.count == 1 ? participantKeys[0] : nil
      } else if let senderKey = senderKey(sender) {
        direction = .received
        counterpart = senderKey
        if !participants.contains(senderKey) {
          // A former participant who left the thread.
          participants.append(senderKey)
          try context.identity(IdentityRecord(key: senderKey, displayName: sender))
        }
      } else {
        context.skip(placeholderMessages)
        continue
      }
      if participants.isEmpty {
        context.skip(placeholderMessages)
        continue
      }
      try context.interaction(
        InteractionRecord(
          platform: platform, kind: .message, direction: direction, timestamp: timestamp,
          conversationId: threadID, isGroup: isGroup, counterpart: counterpart,
          participants: participants, text: text,
          sourceKey: repeats.key(
            StableHash.hex(threadID, String(message.timestamp_ms), sender, text ?? ""),
            at: message.timestamp_ms)))
    }
  }

  /// The key of the participant written `name` in the thread `threadID`: their display name; a
  /// thread-scoped key when the name shows nothing; `nil` for a deleted or masked account.
  private func key(_ name: String, threadID: String) -> IdentityKey? {
    if DisplayName.cleaned(name) == nil {
      guard !name.allSatisfy(\.isWhitespace) else { return nil }
      return ThreadParticipant.key(platform: platform, threadID: threadID, rawName: name)
    }
    if PlaceholderAccount.isPlaceholder(name: name, on: platform) { return nil }
    return IdentityKey(platform: platform, nativeId: name, kind: .displayName)
  }

  /// The message text, or a short description of what was sent instead of text.
  static func text(of message: MessengerThread.Message) -> String? {
    if let content = message.content, !content.isEmpty { return MetaText.repair(content) }
    if message.is_unsent == true { return "[unsent message]" }
    if let link = message.share?.link { return "[shared link] \(link)" }
    if message.photos?.isEmpty == false { return "[photo]" }
    if message.videos?.isEmpty == false { return "[video]" }
    if message.gifs?.isEmpty == false { return "[gif]" }
    if message.audio_files?.isEmpty == false { return "[audio]" }
    if message.files?.isEmpty == false { return "[file]" }
    if message.sticker != nil { return "[sticker]" }
    if message.call_duration != nil { return "[call]" }
    return nil
  }
}
