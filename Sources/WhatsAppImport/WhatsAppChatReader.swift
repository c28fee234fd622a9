import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads one exported WhatsApp chat (`WhatsApp Chat with <name>.txt`, or `_chat.txt` in the iOS
/// zip) in two streaming passes: the first infers the date order and lists the senders, the
/// second emits the messages.
struct WhatsAppChatReader {
  let entry: ArchiveEntry
  let context: ImportContext

  /// What the first pass learns.
  struct Survey {
    var order = WhatsAppDateOrder.dayMonthYear
    /// Senders in order of first appearance, with their message counts.
    var senders: [String] = []
    var messageCount = 0
  }

  func survey() throws -> Survey {
    var dates: [(Int, Int, Int)] = []
    var yearFirst = false
    var survey = Survey()
    try forEachLine { line in
      guard let parsed = WhatsAppLine(line) else { return }
      dates.append(parsed.dateFields)
      yearFirst = yearFirst || parsed.yearFirst
      if let sender = parsed.sender {
        survey.messageCount += 1
        if !survey.senders.contains(sender) { survey.senders.append(sender) }
      }
    }
    survey.order = WhatsAppDateOrder.infer(from: dates, yearFirst: yearFirst)
    return survey
  }

  /// Emits the chat's messages; `owner` is the owner's name in this chat.
  func read(survey: Survey, owner: String?) throws {
    let others = survey.senders.filter { $0 != owner }
    let keys = others.map(Self.key)
    for (name, key) in zip(others, keys) {
      try context.identity(
        IdentityRecord(
          key: key, displayName: key.kind == .phone ? nil : name,
          phones: key.kind == .phone ? [key.nativeId] : []))
    }
    let conversation = "wa-" + StableHash.hex(survey.senders.sorted().joined(separator: "|"))
    var pending: (line: WhatsAppLine, text: String, number: Int)?
    func flush() throws {
      guard let message = pending else { return }
      pending = nil
      guard let sender = message.line.sender else {
        context.skip("system lines (encryption notices, joins, leaves)")
        return
      }
      guard
        let date = survey.order.date(
          message.line.dateFields, hour: message.line.hour, minute: message.line.minute,
          second: message.line.second)
      else {
        context.report("line \(message.number): unreadable date", entry: entry, line: message.number)
        return
      }
      let sent = sender == owner
      let text = Self.clean(message.text)
      try context.interaction(
        InteractionRecord(
          platform: .whatsapp, kind: .message, direction: sent ? .sent : .received, timestamp: date,
          conversationId: conversation, isGroup: keys.count > 1,
          counterpart: sent ? (keys.count == 1 ? keys[0] : nil) : Self.key(sender), participants: keys,
          text: text,
          sourceKey: StableHash.hex(
            conversation, String(Int(date.timeIntervalSince1970)), sender, text, String(message.number))))
    }
    var number = 0
    try forEachLine { line in
      number += 1
      if let parsed = WhatsAppLine(line) {
        try flush()
        pending = (parsed, parsed.text, number)
      } else if pending != nil {
        pending?.text += "\n" + line
      }
    }
    try flush()
  }

  /// A sender's key: a phone number for unknown senders (`+49 151 23456789`), else their name
  /// as the owner's phone book has it.
  static func key(_ sender: String) -> IdentityKey {
    let digits = sender.filter { $0.isASCII && $0.isNumber }
    let isPhone =
      sender.first == "+" && digits.count >= 6
      && sender.allSatisfy { $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" || $0 == "(" || $0 == ")" }
    if isPhone { return IdentityKey(platform: .whatsapp, nativeId: "+" + digits, kind: .phone) }
    return IdentityKey(platform: .whatsapp, nativeId: sender, kind: .displayName)
  }

  /// Removes direction marks, and describes media: `<Media omitted>`, `image omitted`,
  /// `<attached: ...>`.
  static func clean(_ text: String) -> String {
    let plain = text.replacingOccurrences(of: "\u{200E}", with: "").trimmed
    return WhatsAppLine.isMedia(plain.lowercased()) ? "[media]" : plain
  }

  private func forEachLine(_ body: (String) throws -> Void) throws {
    var transcoder = TextTranscoder()
    var splitter = LineSplitter()
    try context.source.read(entry) { chunk in
      try splitter.feed(transcoder.transcode(chunk)) { bytes, _ in try body(LenientText.decode(bytes)) }
    }
    try splitter.feed(transcoder.finish()) { bytes, _ in try body(LenientText.decode(bytes)) }
    try splitter.finish { bytes, _ in try body(LenientText.decode(bytes)) }
  }
}
