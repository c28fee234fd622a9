import ArchiveAccess
import Foundation
import RekindleModel

/// What an importer works with: the archive, the sink that receives its records, and the tally of
/// what was read, skipped and failed.
///
/// Importers report every problem here rather than throwing, so one bad entry never stops the rest
/// of the archive.
public final class ImportContext {
  /// The archive being read; bytes read through it are counted.
  public var source: any ArchiveSource { countingSource }
  private let countingSource: CountingSource
  private let sink: any GraphSink
  public private(set) var summary: ImportSummary
  /// Names the user gave for themselves (`--me`), for exports that do not say who their owner is.
  public var ownerNames: [String] = []
  /// The limits every reader of this import keeps (the caller's `ReadLimits`).
  public let limits: ReadLimits
  /// A JSON reader within ``limits``.
  public var json: JSONEntryReader { JSONEntryReader(limits: limits) }
  /// A CSV reader within ``limits``.
  public var csv: CSVEntryReader { CSVEntryReader(limits: limits) }
  /// Called now and then while entries are read, on the thread that reads (which may not be the
  /// caller's).
  public var onProgress: (@Sendable (ImportProgress) -> Void)?
  private var contactKeys: Set<IdentityKey> = []
  /// The owner's keys: a handful, looked through for every record (cheaper than hashing a key).
  private var ownerKeys: [IdentityKey] = []
  /// The participants of the interaction passed on last, counted among the contacts already:
  /// the messages of one thread or conversation come one after another.
  private var lastParticipants: [IdentityKey] = []
  /// The last record passed on for each identity, as the reader gave it.
  private var lastIdentities: [IdentityKey: IdentityRecord] = [:]
  private var records = 0
  private var currentEntry = ""

  public init(
    source: any ArchiveSource, sink: any GraphSink, platform: Platform, limits: ReadLimits = .standard
  ) {
    self.limits = limits
    countingSource = CountingSource(source)
    self.sink = sink
    summary = ImportSummary(archive: source.location, platform: platform)
    for refused in source.refusedEntries {
      summary.issues.append(
        ImportIssue(archive: source.location, entry: refused.entry, message: refused.reason))
    }
  }

  /// Runs `importer` on this context's archive.
  ///
  /// - Throws: only what the sink throws (the store failing), as the sink threw it.
  public func run(_ importer: any Importer) throws {
    do {
      try importer.importArchive(into: self)
    } catch let failure as SinkFailure {
      throw failure.underlying
    }
  }

  // MARK: Records

  /// Records the owner's account; identities with the owner's key are never recorded as contacts.
  public func owner(_ owner: OwnerAccount) throws {
    if let key = owner.key, !ownerKeys.contains(key) { ownerKeys.append(key) }
    try toSink { try sink.owner(owner) }
  }

  /// True when `key` is one of the owner's accounts.
  public func isOwner(_ key: IdentityKey) -> Bool {
    ownerKeys.contains(key)
  }

  /// Records an identity (ignored when it is the owner's), its names cleaned of invisible
  /// characters (`DisplayName`): a name that shows nothing is no name.
  public func identity(_ identity: IdentityRecord) throws {
    guard !ownerKeys.contains(identity.key) else { return }
    recordsRead += 1
    // A reader repeats a contact with every message it is on (a LinkedIn sender per row): the same
    // record again says nothing new, so it is neither cleaned nor passed on again.
    guard lastIdentities.updateValue(identity, forKey: identity.key) != identity else {
      tick()
      return
    }
    var identity = identity
    identity.displayName = DisplayName.cleaned(identity.displayName)
    identity.firstName = DisplayName.cleaned(identity.firstName)
    identity.lastName = DisplayName.cleaned(identity.lastName)
    contactKeys.insert(identity.key)
    summary.contacts = contactKeys.count
    try toSink { try sink.identity(identity) }
    tick()
  }

  /// Records an interaction, removing the owner from its participants.
  public func interaction(_ interaction: InteractionRecord) throws {
    var interaction = interaction
    // (The participants are copied only when the owner is among them.)
    if interaction.participants.contains(where: ownerKeys.contains) {
      interaction.participants.removeAll { ownerKeys.contains($0) }
    }
    if let counterpart = interaction.counterpart, ownerKeys.contains(counterpart) {
      interaction.counterpart = nil
    }
    guard !interaction.participants.isEmpty else {
      skip("interactions with no one but the owner")
      return
    }
    if interaction.participants != lastParticipants {
      for key in interaction.participants { contactKeys.insert(key) }
      summary.contacts = contactKeys.count
      lastParticipants = interaction.participants
    }
    summary.interactions[interaction.kind, default: 0] += 1
    recordsRead += 1
    try toSink { try sink.interaction(interaction) }
    tick()
  }

  /// Records a connection (ignored when it names the owner).
  public func connection(_ connection: ConnectionRecord) throws {
    guard !ownerKeys.contains(connection.identity) else { return }
    contactKeys.insert(connection.identity)
    summary.contacts = contactKeys.count
    summary.connections += 1
    recordsRead += 1
    try toSink { try sink.connection(connection) }
    tick()
  }

  /// Records a tie between two contacts (ignored when one of them is the owner).
  public func tie(_ tie: TieRecord) throws {
    guard !ownerKeys.contains(tie.first), !ownerKeys.contains(tie.second), tie.first != tie.second else {
      return
    }
    summary.ties += 1
    recordsRead += 1
    try toSink { try sink.tie(tie) }
    tick()
  }

  /// Runs a sink call, marking what it throws as a sink failure (which ends the archive's import)
  /// rather than a problem with the entry being read.
  private func toSink(_ call: () throws -> Void) throws {
    do {
      try call()
    } catch {
      throw SinkFailure(underlying: error)
    }
  }

  /// Counts a record left out on purpose, under a reason shown in the summary; the first
  /// `example` given for a reason is shown beside it ("e.g. `xyz 14, 2024`").
  public func skip(_ reason: String, example: String? = nil) {
    summary.skipped[reason, default: 0] += 1
    if let example, summary.skipExamples[reason] == nil { summary.skipExamples[reason] = example }
  }

  /// Records a problem with an entry or one of its lines.
  public func report(_ message: String, entry: ArchiveEntry?, line: Int? = nil) {
    summary.issues.append(
      ImportIssue(archive: source.location, entry: entry?.path, line: line, message: message))
  }

  // MARK: Reading entries

  /// Runs `body` on one entry, reporting whatever it throws as an issue with the entry's name, so
  /// that the import goes on with the next entry.
  ///
  /// Errors of the sink (the store) are not entry problems: they are rethrown as they were, and
  /// end the import of the archive.
  public func readEntry(_ entry: ArchiveEntry, _ body: (ArchiveEntry) throws -> Void) throws {
    currentEntry = entry.path
    summary.entriesRead += 1
    let recordsBefore = recordsRead
    defer { summary.entries.append(EntryReport(path: entry.path, records: recordsRead - recordsBefore)) }
    do {
      try body(entry)
    } catch let failure as SinkFailure {
      throw failure.underlying
    } catch let problem as any EntryProblem {
      report(problem.message, entry: entry, line: problem.line)
    } catch {
      report("cannot be read: \(error)", entry: entry)
    }
    tick(force: true)
  }

  private var lastProgress = Date.distantPast
  /// Identities, interactions, connections and ties passed on so far (the owner's own records
  /// are not counted: an archive that gives nothing else gave nothing).
  private var recordsRead = 0

  private func tick(force: Bool = false) {
    records += 1
    summary.bytesRead = countingSource.bytesRead
    guard let onProgress, force || records % 1024 == 0 else { return }
    let now = Date()
    guard force || now.timeIntervalSince(lastProgress) > 0.2 else { return }
    lastProgress = now
    onProgress(
      ImportProgress(
        archive: source.location, entry: currentEntry, entriesRead: summary.entriesRead,
        entriesTotal: source.entries.count, records: records, bytesRead: summary.bytesRead))
  }
}

/// An error of the sink, carried through entry readers so that it is not reported as an entry
/// problem.
struct SinkFailure: Error {
  let underlying: any Error
}

/// A problem an importer found in an entry's content (a missing column, an unknown layout).
public struct EntryFailure: Error, Sendable {
  public var message: String
  public var line: Int?

  public init(_ message: String, line: Int? = nil) {
    self.message = message
    self.line = line
  }
}
