import Foundation

/// What the reports read from a store of the contact graph: everyone's tie at a date, the rhythm
/// and the last message of the ties a report lists, messages per month, and the key of the
/// store's pseudonyms.
///
/// `GraphDatabase` (in `GraphStore`) implements it; the reports (`TieAnalysis`) read through it
/// only, so they can run over another store, or over ties a test builds in memory.
public protocol TieStore {
  /// Everyone's tie with the owner, counting what happened up to `asOf`.
  func tieActivities(asOf: Date) throws -> [TieActivity]

  /// Sets ``TieActivity/contactDays`` of the ties of `personIds`: the number of distinct days
  /// (UTC) before `asOf` with a message, reply or call either way, or a meeting in person.
  func fillContactDays(_ ties: inout [TieActivity], for personIds: Set<String>, asOf: Date) throws

  /// Fills the text of the last message (``TieActivity/last``) of the ties of `personIds`.
  func fillLastTexts(_ ties: inout [TieActivity], for personIds: Set<String>) throws

  /// Messages, replies and calls per calendar month (`2024-03`) before `asOf`, with everyone.
  func monthlyInteractions(asOf: Date) throws -> [String: Int]

  /// Messages, replies and calls per calendar month before `asOf`, for each of `personIds`.
  func monthlyInteractions(asOf: Date, personIds: [String]) throws -> [String: [String: Int]]

  /// The secret the pseudonyms of a redacted report derive from, created on first use and kept,
  /// so a person has the same pseudonym in every report of the store.
  func redactionKey() throws -> String
}
