import Foundation
import RekindleModel

/// What the HTML page shows: the ranked lists and the data of its charts.
public struct ReportPage: Sendable {
  /// One ranked list.
  public struct Section: Sendable {
    /// The report's name in JSON and CSV (`dormant`, `meet`).
    public var key: String
    public var title: String
    public var entries: [ReportEntry]
    /// Said instead of "Nobody." when the list is empty ("no one at 'Contosso'; did you mean …").
    public var note: String?

    public init(key: String, title: String, entries: [ReportEntry], note: String? = nil) {
      self.key = key
      self.title = title
      self.entries = entries
      self.note = note
    }
  }

  public var asOf: Date
  public var sections: [Section]
  /// Messages, replies and calls per month (`2024-03`) with everyone.
  public var monthlyTotals: [String: Int]
  /// The same per listed person, by person id.
  public var personMonths: [String: [String: Int]]
  /// Days of silence of every tie that went both ways.
  public var silenceDays: [Int]

  public init(
    asOf: Date, sections: [Section], monthlyTotals: [String: Int], personMonths: [String: [String: Int]],
    silenceDays: [Int]
  ) {
    self.asOf = asOf
    self.sections = sections
    self.monthlyTotals = monthlyTotals
    self.personMonths = personMonths
    self.silenceDays = silenceDays
  }

  /// The silence, in days at `asOf`, of every tie in `ties` with messages both ways.
  public static func silenceDays(_ ties: [TieActivity], asOf: Date) -> [Int] {
    ties.compactMap { tie in
      guard tie.messagesSent > 0, tie.messagesReceived > 0, let last = tie.lastInteraction else { return nil }
      return max(0, Int(asOf.timeIntervalSince(last) / 86_400))
    }
  }
}
