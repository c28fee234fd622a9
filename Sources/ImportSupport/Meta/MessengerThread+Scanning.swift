/// The thread files read without `JSONDecoder`: only the keys Rekindle uses are decoded, the rest
/// (reactions, `is_geoblocked_for_viewer`, ...) skipped. What is required and what is optional is
/// as in the `Decodable` conformance: a thread without `messages`, or a message without
/// `timestamp_ms`, is an error.
extension MessengerThread: JSONScannable {
  public init(scanning scanner: inout JSONScanner) throws {
    var participants: [Participant]?
    var messages: [Message]?
    var title: String?
    var threadPath: String?
    var threadType: String?
    try scanner.readObject { scanner, key in
      if key == "participants" {
        participants = try scanner.readList(of: Participant.self)
      } else if key == "messages" {
        messages = try scanner.readList(of: Message.self) ?? []
      } else if key == "title" {
        title = try scanner.readString()
      } else if key == "thread_path" {
        threadPath = try scanner.readString()
      } else if key == "thread_type" {
        threadType = try scanner.readString()
      } else {
        try scanner.skipValue()
      }
    }
    guard let messages else { throw JSONEntryFailure(message: "missing key 'messages' at the top level") }
    self.init(
      participants: participants, messages: messages, title: title, threadPath: threadPath,
      threadType: threadType)
  }
}

extension MessengerThread.Participant: JSONScannable {
  public init(scanning scanner: inout JSONScanner) throws {
    self.init(name: try scanner.readString(member: "name"))
  }
}

extension MessengerThread.Media: JSONScannable {
  public init(scanning scanner: inout JSONScanner) throws {
    self.init(uri: try scanner.readString(member: "uri"))
  }

}

extension MessengerThread.Message: JSONScannable {
  public init(scanning scanner: inout JSONScanner) throws {
    var message = Self(sender_name: nil, timestamp_ms: 0, content: nil)
    var timestamp: Int64?
    try scanner.readObject { scanner, key in
      if key == "sender_name" {
        message.sender_name = try scanner.readString()
      } else if key == "timestamp_ms" {
        timestamp = try scanner.readInt64()
      } else if key == "content" {
        message.content = try scanner.readString()
      } else if key == "is_unsent" {
        message.is_unsent = try scanner.readBool()
      } else if key == "share" {
        if try scanner.readNull() { return }
        var share = MessengerThread.Share(link: nil, share_text: nil)
        try scanner.readObject { scanner, key in
          if key == "link" {
            share.link = try scanner.readString()
          } else if key == "share_text" {
            share.share_text = try scanner.readString()
          } else {
            try scanner.skipValue()
          }
        }
        message.share = share
      } else if key == "photos" {
        message.photos = try scanner.readList(of: MessengerThread.Media.self)
      } else if key == "videos" {
        message.videos = try scanner.readList(of: MessengerThread.Media.self)
      } else if key == "gifs" {
        message.gifs = try scanner.readList(of: MessengerThread.Media.self)
      } else if key == "audio_files" {
        message.audio_files = try scanner.readList(of: MessengerThread.Media.self)
      } else if key == "files" {
        message.files = try scanner.readList(of: MessengerThread.Media.self)
      } else if key == "sticker" {
        message.sticker = try scanner.readNull() ? nil : MessengerThread.Media(scanning: &scanner)
      } else if key == "call_duration" {
        message.call_duration = try scanner.readInt64().map(Int.init)
      } else {
        try scanner.skipValue()
      }
    }
    guard let timestamp else { throw JSONEntryFailure(message: "missing key 'timestamp_ms' in a message") }
    message.timestamp_ms = timestamp
    self = message
  }
}
