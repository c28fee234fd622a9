import Foundation
import RekindleModel

/// One person in a ranked report: who, the last interaction, the counts behind the score, the
/// score with its parts, and the reason in plain words.
public struct ReportEntry: Sendable, Equatable, Codable {
  public var rank: Int
  /// The person's id, as `export` writes it (`p-…`).
  public var personId: String
  public var displayName: String
  public var platforms: [Platform]
  public var company: String?
  public var title: String?
  /// The public profile of the account last written with, else of the person's first account
  /// that has one: where to reach them.
  public var profileURL: String?
  public var score: Double
  public var strength: TieStrength
  public var messagesSent: Int
  public var messagesReceived: Int
  public var calls: Int
  public var meetingsInPerson: Int
  public var firstInteraction: Date?
  public var lastInteraction: Date?
  /// Days from the last interaction to the report's date.
  public var silentDays: Int?
  /// Where a silent tie stands (the dormant report): `cooling`, `silent` or `dormant`.
  public var state: TieState?
  /// The tie's rhythm: the mean days between the days the two were in touch (the dormant report,
  /// when the tie has at least four such days).
  public var typicalGapDays: Double?
  /// The value of reconnecting in parts (the dormant report): past strength, novelty, whether the
  /// exports show a new position since the last contact, the silence factor.
  public var value: ReconnectionValue?
  public var last: LastInteraction?
  /// Where the two could meet, when the data says (an upcoming event both are invited to).
  public var whereToMeet: String?
  /// Where the person works or worked (`rekindle at`).
  public var employment: Employment?
  /// The platform to reach the person on (`rekindle at`): the one last written on, else the
  /// account that says where they work.
  public var reachOn: Platform?
  public var reason: String

  /// The latest message, reply or call.
  public struct LastInteraction: Sendable, Equatable, Codable {
    public var date: Date
    public var platform: Platform
    public var kind: InteractionKind
    public var direction: Direction
    /// The first words of the message.
    public var excerpt: String?
  }

  init(
    _ tie: TieActivity, strength: TieStrength, score: Double, asOf: Date, reason: String, whereToMeet: String?
  ) {
    rank = 0
    personId = tie.personId
    displayName = tie.displayName
    platforms = tie.platforms
    company = tie.company
    title = tie.title
    profileURL = tie.profileURL
    self.score = score
    self.strength = strength
    messagesSent = tie.messagesSent
    messagesReceived = tie.messagesReceived
    calls = tie.calls
    meetingsInPerson = tie.meetingsInPerson
    firstInteraction = tie.firstInteraction
    lastInteraction = tie.lastInteraction
    silentDays = tie.lastInteraction.map { Int(asOf.timeIntervalSince($0) / 86_400) }
    last = tie.last.map {
      .init(
        date: $0.date, platform: $0.platform, kind: $0.kind, direction: $0.direction,
        excerpt: $0.text.map { Self.excerpt($0) })
    }
    self.whereToMeet = whereToMeet
    self.reason = reason
  }

  /// The entry with the person's name, the last message and the place to meet replaced by stable
  /// pseudonyms (`--redact`); counts, dates, platforms, companies and scores stay.
  public func redacted(by pseudonyms: Pseudonymizer) -> ReportEntry {
    var entry = self
    entry.displayName = pseudonyms.name(personId: personId)
    entry.profileURL = profileURL.map(pseudonyms.url)
    entry.last?.excerpt = last?.excerpt.map(pseudonyms.text)
    entry.whereToMeet = whereToMeet.map { "both invited to an event on " + String($0.suffix(10)) }
    return entry
  }

  /// The first words of `text`, at most 60 characters, on one line.
  static func excerpt(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard line.count > 60 else { return line }
    let cut = line.prefix(60)
    return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
  }
}
