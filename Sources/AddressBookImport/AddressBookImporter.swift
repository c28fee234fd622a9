import ArchiveAccess
import Foundation
import ImportSupport
import MarkupReading
import RekindleModel

/// Reads address books: vCard files (2.1, 3.0, 4.0: Apple Contacts, Outlook, Android, Google
/// Takeout's `Takeout/Contacts/<label>/<label>.vcf`) and Google Contacts CSV exports.
///
/// Each card becomes an identity of platform `contacts` with an `inAddressBook` connection. See
/// `docs/formats/address-books.md`.
public struct AddressBookImporter: Importer {
  public static let platform = Platform.contacts
  public static let readsFilesInAnyArchive = true

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    var score = 0
    for entry in source.entries where isVCard(entry, in: source) { score += 10 }
    for entry in source.entries where isGoogleCSV(entry, in: source) { score += 10 }
    for entry in source.entries where xmlDialect(entry, in: source) != nil { score += 10 }
    return score
  }

  static func isVCard(_ entry: ArchiveEntry, in source: any ArchiveSource) -> Bool {
    let name = entry.fileName.lowercased()
    guard name.hasSuffix(".vcf") || name.hasSuffix(".vcard") else { return false }
    return source.headText(of: entry, bytes: 512).uppercased().contains("BEGIN:VCARD")
  }

  /// The XML address-book dialect of an entry, if it is one.
  enum XMLDialect { case xCard, foaf }

  static func xmlDialect(_ entry: ArchiveEntry, in source: any ArchiveSource) -> XMLDialect? {
    let name = entry.fileName.lowercased()
    guard
      name.hasSuffix(".xml") || name.hasSuffix(".rdf") || name.hasSuffix(".foaf") || name.hasSuffix(".xcard")
    else { return nil }
    let head = source.headText(of: entry, bytes: 2048)
    if head.contains(XCardReader.namespace) { return .xCard }
    if head.contains(FOAFReader.namespace) { return .foaf }
    return nil
  }

  static func isGoogleCSV(_ entry: ArchiveEntry, in source: any ArchiveSource) -> Bool {
    guard entry.fileName.lowercased().hasSuffix(".csv") else { return false }
    return isGoogleHeader(source.headText(of: entry, bytes: 4096))
  }

  static func isGoogleHeader(_ text: String) -> Bool {
    text.contains("E-mail 1 - Value") && (text.contains("First Name") || text.contains("Given Name"))
  }

  public func importArchive(into context: ImportContext) throws {
    for entry in context.source.entries where Self.isVCard(entry, in: context.source) {
      try context.readEntry(entry) { try readVCards($0, context: context) }
    }
    for entry in context.source.entries {
      guard let dialect = Self.xmlDialect(entry, in: context.source) else { continue }
      try context.readEntry(entry) { try readXML($0, dialect: dialect, context: context) }
    }
    for entry in context.source.entries where Self.isGoogleCSV(entry, in: context.source) {
      try context.readEntry(entry) { entry in
        try context.csv.read(
          entry, from: context.source, isHeader: { $0.contains("E-mail 1 - Value") }
        ) { record in
          try store(ContactCard(googleCSV: record), context: context)
        }
      }
    }
  }

  private func readXML(_ entry: ArchiveEntry, dialect: XMLDialect, context: ImportContext) throws {
    switch dialect {
    case .xCard:
      var reader = XCardReader()
      try context.readXML(entry) { event in
        try reader.consume(event) { card in try store(card, context: context) }
      }
    case .foaf:
      var reader = FOAFReader()
      try context.readXML(entry) { event in
        try reader.consume(event) { person in
          switch person {
          case .owner(let owner):
            try context.owner(
              OwnerAccount(
                platform: .contacts, key: owner.identity?.key, displayName: owner.displayName,
                emails: owner.emails))
          case .known(let known):
            try store(known, context: context, kind: .knows)
          }
        }
      }
    }
  }

  private func readVCards(_ entry: ArchiveEntry, context: ImportContext) throws {
    var transcoder = TextTranscoder()
    var lines = LineSplitter()
    var parser = VCardParser()
    let onCard: ([ContentLine]) throws -> Void = { properties in
      try store(ContactCard(vCard: properties), context: context)
    }
    try context.source.read(entry) { chunk in
      try lines.feed(transcoder.transcode(chunk)) { line, _ in try parser.feed(line, onCard: onCard) }
    }
    try lines.feed(transcoder.finish()) { line, _ in try parser.feed(line, onCard: onCard) }
    try lines.finish { line, _ in try parser.feed(line, onCard: onCard) }
    try parser.finish(onCard: onCard)
    if parser.unterminatedCard {
      context.report(
        "a card has no END:VCARD (the file may be truncated); its properties were not read", entry: entry)
    }
  }

  private func store(_ card: ContactCard, context: ImportContext, kind: ConnectionKind = .inAddressBook)
    throws
  {
    guard let identity = card.identity else {
      context.skip("address-book cards without a name, e-mail or phone")
      return
    }
    try context.identity(identity)
    try context.connection(ConnectionRecord(identity: identity.key, kind: kind, since: nil))
  }
}
