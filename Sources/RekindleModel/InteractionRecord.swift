import Foundation

/// What kind of contact an interaction was.
public enum InteractionKind: String, Codable, Sendable, CaseIterable {
  /// A direct or group message.
  case message
  /// A public reply to someone's post (a tweet replying to another account).
  case reply
  /// A public post that names someone (`@handle`).
  case mention
  /// A connection or friend request, sent or received.
  case invitation
  /// A calendar event the owner and the contact both attended (see ``InteractionRecord/inPerson``).
  case meeting
  /// A voice or video call.
  case call
}

/// Who acted: the owner (`sent`) or the contact (`received`).
public enum Direction: String, Codable, Sendable {
  case sent
  case received
}

/// One dated contact between the owner and one or more identities.
public struct InteractionRecord: Sendable, Equatable {
  public var platform: Platform
  public var kind: InteractionKind
  public var direction: Direction
  public var timestamp: Date
  /// The platform's conversation or thread id, when there is one.
  public var conversationId: String?
  /// True when more than two people took part (a group thread).
  public var isGroup: Bool
  /// The contact who acted (the sender of a received message) or the only recipient of a sent
  /// one; `nil` for what the owner sent to a group.
  public var counterpart: IdentityKey?
  /// Every contact the interaction involves (never the owner).
  public var participants: [IdentityKey]
  /// The message or invitation text, or a meeting's title, if any.
  public var text: String?
  /// For meetings: `true` when held at a physical place, `false` when over a video call, `nil`
  /// when the event does not say.
  public var inPerson: Bool?
  /// For meetings: where it took place, as written in the event.
  public var location: String?
  /// A key that is the same each time this interaction is read from any archive, so that
  /// re-imports add nothing twice.
  public var sourceKey: String

  public init(
    platform: Platform, kind: InteractionKind, direction: Direction, timestamp: Date,
    conversationId: String? = nil, isGroup: Bool = false, counterpart: IdentityKey?,
    participants: [IdentityKey], text: String? = nil, inPerson: Bool? = nil, location: String? = nil,
    sourceKey: String
  ) {
    self.platform = platform
    self.kind = kind
    self.direction = direction
    self.timestamp = timestamp
    self.conversationId = conversationId
    self.isGroup = isGroup
    self.counterpart = counterpart
    self.participants = participants
    self.text = text
    self.inPerson = inPerson
    self.location = location
    self.sourceKey = sourceKey
  }
}
