import RekindleModel

/// One dated interaction, as exported.
public struct ExportedInteraction: Encodable, Sendable {
  public let type = "interaction"
  /// Stable across re-imports: the platform and the interaction's source key.
  public var id: String
  public var platform: Platform
  public var kind: InteractionKind
  public var direction: Direction
  /// ISO 8601 UTC with milliseconds.
  public var timestamp: String
  public var conversationId: String?
  public var isGroup: Bool
  /// The person on the other side: the sender of what was received, or the only recipient of
  /// what was sent; `nil` for what the owner sent to a group.
  public var personId: String?
  /// Every person the interaction involves (never the owner).
  public var personIds: [String]
  public var text: String?
  /// Meetings: `true` at a physical place, `false` over a video call, absent when unknown.
  public var inPerson: Bool?
  /// Meetings: where, as the event says.
  public var location: String?
}
