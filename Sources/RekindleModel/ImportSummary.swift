import Foundation

/// What one archive's import read and wrote.
public struct ImportSummary: Sendable {
  /// The archive, folder or file the user gave.
  public var archive: String
  /// The platform it was recognized as, or `nil` when it was not recognized.
  public var platform: Platform?
  /// Distinct contacts (identities other than the owner) the archive names.
  public var contacts = 0
  /// Interactions the store did not hold yet (re-imports add none).
  public var interactionsAdded = 0
  /// Interactions read, per kind.
  public var interactions: [InteractionKind: Int] = [:]
  /// Connections read.
  public var connections = 0
  /// Ties between contacts read (edges of imported graphs).
  public var ties = 0
  /// Records deliberately left out, counted per reason (hidden members, deleted accounts).
  public var skipped: [String: Int] = [:]
  /// One example of what was left out, for the reasons that have one (an unreadable date).
  public var skipExamples: [String: String] = [:]
  /// Entries and records that could not be read.
  public var issues: [ImportIssue] = []
  /// Entries read.
  public var entriesRead = 0
  /// Every entry read, in order, with the records it gave (`rekindle doctor`).
  public var entries: [EntryReport] = []
  /// Bytes read (uncompressed).
  public var bytesRead: UInt64 = 0
  /// Identifies the archive's content as this importer read it (see `ArchiveFingerprint`), when
  /// the archive can be identified without reading it; stored with a clean import.
  public var fingerprint: String?
  /// When the same content was imported before: the archive was not read again.
  public var unchangedSince: Date?

  public init(archive: String, platform: Platform? = nil) {
    self.archive = archive
    self.platform = platform
  }

  /// The records left out on purpose, most frequent first, each as "312 messages with a date
  /// Rekindle cannot read, e.g. `xyz 14, 2024`" (the count written by `count`).
  public func skippedLines(count: (Int) -> String = { String($0) }) -> [String] {
    skipped.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }.map { reason, number in
      "\(count(number)) \(reason)" + (skipExamples[reason].map { ", e.g. `\($0)`" } ?? "")
    }
  }

  /// All interactions read, of every kind.
  public var interactionCount: Int { interactions.values.reduce(0, +) }

  /// Records of every kind read: identities, interactions, connections, ties.
  public var recordCount: Int { entries.reduce(0) { $0 + $1.records } }

  /// True when the archive was recognized and read but gave no record at all: the silent failure
  /// of an export whose header moved or key was renamed. (A calendar may hold no meeting with
  /// anyone, so an empty one is not suspicious.)
  public var readNothing: Bool {
    guard let platform, platform != .calendar, unchangedSince == nil else { return false }
    return recordCount == 0
  }
}

/// One entry an import read, and how many records it gave.
public struct EntryReport: Sendable, Equatable, Codable {
  /// The entry's path in the archive.
  public var path: String
  /// Identities, interactions, connections and ties read from it.
  public var records: Int

  public init(path: String, records: Int) {
    self.path = path
    self.records = records
  }
}
