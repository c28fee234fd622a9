/// A Messenger thread file (`message_N.json`) as Facebook and Instagram export it.
///
/// Both platforms share this schema: `participants` hold display names, `messages` are ordered
/// newest first, and every string carries Meta's mojibake (see ``MetaText``).
public struct MessengerThread: Decodable, Sendable, Equatable {
  public struct Participant: Decodable, Sendable, Equatable {
    public var name: String?

    public init(name: String?) {
      self.name = name
    }
  }

  public struct Share: Decodable, Sendable, Equatable {
    public var link: String?
    public var share_text: String?
  }

  public struct Media: Decodable, Sendable, Equatable {
    public var uri: String?

    public init(uri: String?) {
      self.uri = uri
    }
  }

  public struct Message: Decodable, Sendable, Equatable {
    public var sender_name: String?
    public var timestamp_ms: Int64
    public var content: String?
    public var is_unsent: Bool?
    public var share: Share?
    public var photos: [Media]?
    public var videos: [Media]?
    public var gifs: [Media]?
    public var audio_files: [Media]?
    public var files: [Media]?
    public var sticker: Media?
    public var call_duration: Int?

    /// A message read from elsewhere than a JSON thread (Facebook's HTML pages).
    public init(sender_name: String?, timestamp_ms: Int64, content: String?, photos: [Media]? = nil) {
      self.sender_name = sender_name
      self.timestamp_ms = timestamp_ms
      self.content = content
      self.photos = photos
    }
  }

  public var participants: [Participant]?
  public var messages: [Message]
  public var title: String?
  public var thread_path: String?
  public var thread_type: String?

  /// A thread read from elsewhere than a JSON file (Facebook's HTML pages).
  public init(participants: [String], messages: [Message], threadPath: String?) {
    self.participants = participants.map { Participant(name: $0) }
    self.messages = messages
    thread_path = threadPath
  }

  init(
    participants: [Participant]?, messages: [Message], title: String?, threadPath: String?,
    threadType: String?
  ) {
    self.participants = participants
    self.messages = messages
    self.title = title
    thread_path = threadPath
    thread_type = threadType
  }
}
