/// A Messenger thread file (`message_N.json`) as Facebook and Instagram export it.
///
/// Both platforms share this schema: `participants` hold display names, `messages` are ordered
/// newest first, and every string carries Meta's mojibake (see ``MetaText``).
public struct MessengerThread: Decodable, Sendable {
  public struct Participant: Decodable, Sendable {
    public var name: String?
  }

  public struct Share: Decodable, Sendable {
    public var link: String?
    public var share_text: String?
  }

  public struct Media: Decodable, Sendable {
    public var uri: String?
  }

  public struct Message: Decodable, Sendable {
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
  }

  public var participants: [Participant]?
  public var messages: [Message]
  public var title: String?
  public var thread_path: String?
  public var thread_type: String?
}
