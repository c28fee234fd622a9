import Foundation

/// What the store says about the owner's tie with one person, up to a date: the counts and dates
/// the reports score.
public struct TieActivity: Sendable, Equatable {
  /// The interactions on one platform.
  public struct PlatformSpan: Sendable, Equatable {
    public var platform: Platform
    /// Messages, replies and calls, both ways.
    public var count: Int
    public var first: Date
    public var last: Date

    public init(platform: Platform, count: Int, first: Date, last: Date) {
      self.platform = platform
      self.count = count
      self.first = first
      self.last = last
    }
  }

  /// The latest message, reply or call.
  public struct LastInteraction: Sendable, Equatable {
    public var date: Date
    public var platform: Platform
    public var kind: InteractionKind
    /// `sent` (by the owner) or `received`.
    public var direction: Direction
    /// The message, filled for the persons a report lists
    /// (``TieStore/fillLastTexts(_:for:)``).
    public var text: String?
    /// The identity it was exchanged with.
    public var identityId: Int64

    public init(
      date: Date, platform: Platform, kind: InteractionKind, direction: Direction, text: String?,
      identityId: Int64
    ) {
      self.date = date
      self.platform = platform
      self.kind = kind
      self.direction = direction
      self.text = text
      self.identityId = identityId
    }
  }

  /// A meeting in person after the reference date that both are invited to.
  public struct UpcomingMeeting: Sendable, Equatable {
    public var date: Date
    public var location: String?

    public init(date: Date, location: String?) {
      self.date = date
      self.location = location
    }
  }

  /// A new company or title between two exports.
  public struct JobChange: Sendable, Equatable {
    /// When it was seen: the start of the import of the newer export.
    public var date: Date
    /// "Engineer at Northwind".
    public var before: String
    /// "Staff Engineer at Contoso".
    public var after: String
    /// The company after the change ("Contoso"), when the export states one.
    public var company: String?

    public init(date: Date, before: String, after: String, company: String? = nil) {
      self.date = date
      self.before = before
      self.after = after
      self.company = company
    }
  }

  public var personId: String
  /// The person's name, else their handle or what kind of account they are ("Twitter/X account
  /// 1457220033"): never blank (``PersonLabel``).
  public var displayName: String
  /// True when ``displayName`` is a name (a ranking tie-break: named persons first).
  public var isNamed = true
  /// The platforms of the person's identities, sorted.
  public var platforms: [Platform]
  public var company: String?
  public var title: String?
  /// The public profile of the account last written with, else of the person's first account
  /// that has one (``ProfileLink``).
  public var profileURL: String?
  /// Messages and replies the owner sent to, and received from, the person.
  public var messagesSent = 0
  public var messagesReceived = 0
  public var calls = 0
  /// Meetings with a place (calendar events with a physical location, logged meetings).
  public var meetingsInPerson = 0
  /// Meetings without one (video calls).
  public var meetingsOnline = 0
  /// The first and last message, reply, call or meeting in person.
  public var firstInteraction: Date?
  public var lastInteraction: Date?
  /// Messages, replies and calls per platform.
  public var spans: [PlatformSpan] = []
  public var last: LastInteraction?
  public var upcomingMeeting: UpcomingMeeting?
  /// The distinct days (UTC) with a message, reply or call either way or a meeting in person;
  /// `nil` until filled (``TieStore/fillContactDays(_:for:asOf:)``).
  public var contactDays: Int?
  /// The latest job change the exports show, whatever the report's date (it is what the newest
  /// export says now).
  public var jobChange: JobChange?

  public init(personId: String, displayName: String, platforms: [Platform]) {
    self.personId = personId
    self.displayName = displayName
    self.platforms = platforms
  }

  /// Messages and replies both ways.
  public var messages: Int { messagesSent + messagesReceived }
}
