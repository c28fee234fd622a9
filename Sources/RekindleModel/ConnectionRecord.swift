import Foundation

/// A standing relationship between the owner and an identity.
public enum ConnectionKind: String, Codable, Sendable, CaseIterable {
  /// A LinkedIn connection.
  case connected
  /// A Facebook friend.
  case friend
  /// A Facebook friend the owner removed.
  case removedFriend
  /// The identity follows the owner.
  case follower
  /// The owner follows the identity.
  case following
  /// On the owner's Instagram close friends list.
  case closeFriend
  /// The owner unfollowed the identity.
  case unfollowed
  /// The owner blocked the identity.
  case blocked
  /// The identity is a card in the owner's address book.
  case inAddressBook
  /// The owner's FOAF profile says they know the identity (`foaf:knows`).
  case knows
  /// The identity is a node of a graph the owner imported (their network, made elsewhere).
  case inGraph
}

/// A relationship between the owner and one identity, with the date it began when known.
public struct ConnectionRecord: Sendable, Equatable {
  public var identity: IdentityKey
  public var kind: ConnectionKind
  /// When the relationship began (connected on, friends since, followed at); `nil` when the
  /// export has no date (Twitter/X follows, Facebook followers).
  public var since: Date?

  public init(identity: IdentityKey, kind: ConnectionKind, since: Date?) {
    self.identity = identity
    self.kind = kind
    self.since = since
  }
}
