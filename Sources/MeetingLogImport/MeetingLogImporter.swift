import ArchiveAccess
import Foundation
import ImportSupport
import RekindleModel

/// Reads a meeting log kept elsewhere: a CSV whose header is `date,name,email,note` (columns in
/// any order; `email` and `note` may be empty). Each row is an in-person meeting.
///
/// See `docs/formats/meeting-log.md`.
public struct MeetingLogImporter: Importer {
  public static let platform = Platform.log
  public static let readsFilesInAnyArchive = true

  public init() {}

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    source.entries.filter { isLog($0, in: source) }.count * 10
  }

  static func isLog(_ entry: ArchiveEntry, in source: any ArchiveSource) -> Bool {
    guard entry.fileName.lowercased().hasSuffix(".csv") else { return false }
    guard let first = source.headText(of: entry, bytes: 256).split(whereSeparator: \.isNewline).first else {
      return false
    }
    let columns = Set(first.lowercased().split(separator: ",").map { $0.trimmed })
    return columns.isSuperset(of: ["date", "name"])
      && columns.isSubset(of: ["date", "name", "email", "note"])
  }

  public func importArchive(into context: ImportContext) throws {
    for entry in context.source.entries where Self.isLog(entry, in: context.source) {
      try context.readEntry(entry) { entry in
        try context.csv.read(entry, from: context.source, isHeader: { $0.contains("date", "name") }) {
          record in
          guard let dateText = record["date"], let date = ExportDate.parse(dateText) else {
            context.report("unreadable date '\(record["date"] ?? "")'", entry: entry, line: record.line)
            return
          }
          guard
            let meeting = MeetingLogEntry(
              date: date, name: record["name"], email: record["email"], note: record["note"])
          else {
            context.report("a meeting needs a name or an e-mail", entry: entry, line: record.line)
            return
          }
          try meeting.record(into: context)
        }
      }
    }
  }
}

/// One meeting the user logged: a date, the person (by name and/or e-mail), and a note.
public struct MeetingLogEntry: Sendable {
  public var date: Date
  public var name: String?
  public var email: String?
  public var note: String?

  /// `nil` when neither a name nor an e-mail is given.
  public init?(date: Date, name: String?, email: String?, note: String?) {
    let email = email?.trimmed.lowercased()
    let name = name?.trimmed
    guard (name?.isEmpty == false) || (email?.isEmpty == false) else { return nil }
    self.date = date
    self.name = name?.isEmpty == false ? name : nil
    self.email = email?.isEmpty == false ? email : nil
    self.note = note?.trimmed.isEmpty == false ? note?.trimmed : nil
  }

  /// The identity of the person met in the log: keyed by e-mail when there is one, else by name.
  public var identity: IdentityRecord {
    let key =
      email.map { IdentityKey(platform: .log, nativeId: $0, kind: .email) }
      ?? IdentityKey(platform: .log, nativeId: name ?? "", kind: .displayName)
    return IdentityRecord(key: key, displayName: name, emails: email.map { [$0] } ?? [])
  }

  /// The meeting with `people` (their identity keys, on any platform).
  public func interaction(with people: [IdentityKey]) -> InteractionRecord {
    let day = String(Int64(date.timeIntervalSince1970))
    return InteractionRecord(
      platform: .log, kind: .meeting, direction: .sent, timestamp: date, isGroup: people.count > 1,
      counterpart: people.count == 1 ? people.first : nil, participants: people, text: note, inPerson: true,
      sourceKey: StableHash.hex(
        "met", people.map(\.nativeId).sorted().joined(separator: "|"), day, note ?? ""))
  }

  /// Records the person and the meeting.
  func record(into context: ImportContext) throws {
    let identity = self.identity
    try context.identity(identity)
    try context.interaction(interaction(with: [identity.key]))
  }
}
