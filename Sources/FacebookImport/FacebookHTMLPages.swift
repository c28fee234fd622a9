import ArchiveAccess
import Foundation
import ImportSupport
import MarkupReading
import RekindleModel

/// Reads Facebook's HTML export (the format a user gets without choosing JSON) by the structure of
/// its pages, not by their obfuscated class names, which change between exports:
///
/// - a message is a block of at least three elements: the sender's name, the content, and a
///   date line (`Jan 01, 2025 10:00:00 am`);
/// - a friend is a block of two elements: a name and a date line.
///
/// Pages are in the language the export was made in: dates (``DisplayDate``), the participants
/// line (`Participants : A et B`, `Teilnehmer: A und B`) and the name of deleted accounts
/// (``PlaceholderAccount``). Dates are display times in the account's time zone; they are read
/// as UTC. A message whose date cannot be read is counted, with an example, never dropped
/// silently.
struct FacebookHTMLPages {
  /// HTML pages larger than this are refused (libxml2's tree takes about 13 times the file).
  static let maximumPageBytes = 128 << 20

  let context: ImportContext

  /// True for `.../messages/<section>/<thread>/message_N.html`.
  static func isThreadPage(_ entry: ArchiveEntry) -> Bool {
    let components = entry.components
    let name = entry.fileName.lowercased()
    return name.hasPrefix("message_") && name.hasSuffix(".html") && components.count >= 4
      && components[components.count - 4].lowercased() == "messages"
  }

  func document(_ entry: ArchiveEntry) throws -> HTMLDocument {
    try HTMLDocument(data: context.source.readAll(entry, limit: Self.maximumPageBytes))
  }

  /// The label of the owner's name on `profile_information.html`, in each language.
  static let nameLabels: Set<String> = [
    "Name", "Full name", "Nombre", "Nombre completo", "Nom", "Nom complet", "Vollständiger Name", "Nome",
    "Nome completo", "Naam", "Volledige naam", "Nama", "Nama lengkap", "Tên", "Họ và tên", "Ad", "Ad Soyad",
    "Ad ve soyad", "Imię i nazwisko",
  ]

  /// The owner's name on `profile_information.html`: the line after the `Name` label (`Nombre`,
  /// `Nom`...).
  func ownerName(_ entry: ArchiveEntry) throws -> String? {
    for element in try document(entry).elements() where element.name == "td" || element.name == "div" {
      let lines = element.text.split(separator: "\n")
      if lines.count == 2, Self.nameLabels.contains(String(lines[0])) { return String(lines[1]) }
    }
    return nil
  }

  /// The friends on a friends or followers page, with the date each line gives.
  func people(_ entry: ArchiveEntry) throws -> [(name: String, date: Date?)] {
    var result: [(String, Date?)] = []
    for element in try document(entry).elements() {
      let children = element.children
      guard children.count == 2, let name = Self.line(children[0]), let date = Self.date(children[1]) else {
        continue
      }
      result.append((name, date))
    }
    return result
  }

  /// The messages of one thread page, and the participants its header names. Messages whose
  /// date line cannot be read are counted in `context` with an example.
  func thread(_ entry: ArchiveEntry) throws -> (participants: [String], messages: [MessengerThread.Message]) {
    let page = try document(entry)
    var participants: [String] = []
    var messages: [MessengerThread.Message] = []
    for element in page.elements() {
      let text = element.text
      if participants.isEmpty, element.children.isEmpty, let names = Self.participants(in: text) {
        participants = names
        continue
      }
      let children = element.children
      guard children.count >= 3, let sender = Self.line(children[0]), let dateLine = children.last else {
        continue
      }
      guard let date = Self.date(dateLine) else {
        if let text = Self.line(dateLine), Self.looksLikeDate(text) {
          context.skip("messages with a date Rekindle cannot read", example: text)
        }
        continue
      }
      let middle = children.dropFirst().dropLast()
      let content = middle.map(\.text).joined(separator: "\n").trimmed
      let hasImage = middle.contains { Self.contains($0, tag: "img") }
      messages.append(
        MessengerThread.Message(
          sender_name: sender, timestamp_ms: Int64((date.timeIntervalSince1970 * 1000).rounded()),
          content: content.isEmpty ? nil : content,
          photos: hasImage && content.isEmpty ? [.init(uri: nil)] : nil))
    }
    return (participants, messages)
  }

  /// A single short line of text (a name), or `nil`.
  static func line(_ element: HTMLElement) -> String? {
    let text = element.text
    guard !text.isEmpty, text.count <= 120, !text.contains("\n") else { return nil }
    return text
  }

  /// The date of an element whose whole text is one date line, in any language.
  static func date(_ element: HTMLElement) -> Date? {
    guard let text = line(element), looksLikeDate(text) else { return nil }
    return DisplayDate.parse(text) ?? ExportDate.parse(text)
  }

  /// A short line with a four-digit number: what a date line looks like, read or not.
  static func looksLikeDate(_ text: String) -> Bool {
    guard text.count <= 48 else { return false }
    var run = 0
    for character in text {
      run = character.isASCII && character.isNumber ? run + 1 : 0
      if run == 4 { return true }
    }
    return false
  }

  /// The label of a thread's participants line in each language, with the word that joins the
  /// last two names.
  static let participantLabels: [(label: String, conjunction: String)] = [
    ("Participants:", "and"), ("Participants :", "et"), ("Participantes:", "y"), ("Participantes:", "e"),
    ("Teilnehmer:", "und"), ("Partecipanti:", "e"), ("Deelnemers:", "en"), ("Peserta:", "dan"),
    ("Người tham gia:", "và"), ("Katılımcılar:", "ve"), ("Uczestnicy:", "i"),
  ]

  /// The names of a participants line (`Participants: A, B and C`, `Participants : A et B`), or
  /// `nil` when `text` is not one.
  static func participants(in text: String) -> [String]? {
    // French puts a (no-break) space before the colon.
    let text = text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(
      of: "\u{202F}", with: " ")
    for (label, conjunction) in participantLabels where text.hasPrefix(label) {
      let list = text.dropFirst(label.count)
      // Spanish and Portuguese share the label: the conjunction the line holds tells them apart.
      if label == "Participantes:", !list.contains(" \(conjunction) "), conjunction == "y" { continue }
      return names(in: String(list), conjunction: conjunction)
    }
    return nil
  }

  /// `Priya Natarajan, Zoë Lindqvist and Alex Rivera` → the three names.
  static func names(in list: String, conjunction: String = "and") -> [String] {
    var parts = list.split(separator: ",").map { $0.trimmed }
    if let last = parts.last, let range = last.range(of: " \(conjunction) ", options: .backwards) {
      parts.removeLast()
      parts += [String(last[..<range.lowerBound]), String(last[range.upperBound...])].map { $0.trimmed }
    }
    return parts.filter { !$0.isEmpty }
  }

  private static func contains(_ element: HTMLElement, tag: String) -> Bool {
    element.name == tag || element.children.contains { contains($0, tag: tag) }
  }
}
