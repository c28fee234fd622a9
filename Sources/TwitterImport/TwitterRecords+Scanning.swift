import ImportSupport

// The records of the largest files (direct messages and tweets) read with a `JSONScanner`: only
// the keys used are decoded. Required keys are those the `Decodable` conformances require.

extension FlexibleID {
  init(scanning scanner: inout JSONScanner, key: String) throws {
    guard let text = try scanner.readIDText() else { throw JSONEntryFailure(message: "'\(key)' is null") }
    self.text = text
  }

  static func list(scanning scanner: inout JSONScanner, key: String) throws -> [FlexibleID]? {
    if try scanner.readNull() { return nil }
    var ids: [FlexibleID] = []
    try scanner.readArray { scanner in ids.append(try FlexibleID(scanning: &scanner, key: key)) }
    return ids
  }
}

extension TwitterConversationItem: JSONScannable {
  init(scanning scanner: inout JSONScanner) throws {
    var conversation: Conversation?
    try scanner.readObject { scanner, key in
      if key == "dmConversation" {
        conversation = try Conversation(scanning: &scanner)
      } else {
        try scanner.skipValue()
      }
    }
    guard let conversation else { throw JSONEntryFailure(message: "missing key 'dmConversation'") }
    dmConversation = conversation
  }
}

extension TwitterConversationItem.Conversation {
  init(scanning scanner: inout JSONScanner) throws {
    var id: String?
    var events: [TwitterConversationItem.Event]?
    try scanner.readObject { scanner, key in
      if key == "conversationId" {
        id = try scanner.readIDText()
      } else if key == "messages" {
        events = try scanner.readList(of: TwitterConversationItem.Event.self) ?? []
      } else {
        try scanner.skipValue()
      }
    }
    guard let id else { throw JSONEntryFailure(message: "missing key 'conversationId'") }
    guard let events else { throw JSONEntryFailure(message: "missing key 'messages' in conversation \(id)") }
    conversationId = id
    messages = events
  }
}

extension TwitterConversationItem.Event: JSONScannable {
  init(scanning scanner: inout JSONScanner) throws {
    var event = Self(messageCreate: nil, joinConversation: nil, participantsJoin: nil, participantsLeave: nil)
    try scanner.readObject { scanner, key in
      if key == "messageCreate" {
        event.messageCreate =
          try scanner.readNull() ? nil : TwitterConversationItem.MessageCreate(scanning: &scanner)
      } else if key == "joinConversation" {
        event.joinConversation = try TwitterConversationItem.Membership(scanning: &scanner)
      } else if key == "participantsJoin" {
        event.participantsJoin = try TwitterConversationItem.Membership(scanning: &scanner)
      } else if key == "participantsLeave" {
        event.participantsLeave = try TwitterConversationItem.Membership(scanning: &scanner)
      } else {
        try scanner.skipValue()
      }
    }
    self = event
  }
}

extension TwitterConversationItem.MessageCreate {
  init(scanning scanner: inout JSONScanner) throws {
    var id: FlexibleID?
    var sender: FlexibleID?
    var recipient: FlexibleID?
    var text: String?
    var createdAt: String?
    try scanner.readObject { scanner, key in
      if key == "id" {
        id = try FlexibleID(scanning: &scanner, key: "id")
      } else if key == "senderId" {
        sender = try FlexibleID(scanning: &scanner, key: "senderId")
      } else if key == "recipientId" {
        recipient = try scanner.readIDText().map(FlexibleID.init(text:))
      } else if key == "text" {
        text = try scanner.readString()
      } else if key == "createdAt" {
        createdAt = try scanner.readString()
      } else {
        try scanner.skipValue()
      }
    }
    guard let id, let sender, let createdAt else {
      throw JSONEntryFailure(message: "a message without its id, senderId or createdAt")
    }
    self.init(id: id, senderId: sender, recipientId: recipient, text: text, createdAt: createdAt)
  }
}

extension TwitterConversationItem.Membership {
  /// A membership event, or `nil` for `null`.
  init?(scanning scanner: inout JSONScanner) throws {
    if try scanner.readNull() { return nil }
    var membership = Self(initiatingUserId: nil, participantsSnapshot: nil, userIds: nil)
    try scanner.readObject { scanner, key in
      if key == "initiatingUserId" {
        membership.initiatingUserId = try scanner.readIDText().map(FlexibleID.init(text:))
      } else if key == "participantsSnapshot" {
        membership.participantsSnapshot = try FlexibleID.list(scanning: &scanner, key: "participantsSnapshot")
      } else if key == "userIds" {
        membership.userIds = try FlexibleID.list(scanning: &scanner, key: "userIds")
      } else {
        try scanner.skipValue()
      }
    }
    self = membership
  }
}

extension TwitterTweetItem: JSONScannable {
  init(scanning scanner: inout JSONScanner) throws {
    var tweet: Tweet?
    try scanner.readObject { scanner, key in
      if key == "tweet" { tweet = try Tweet(scanning: &scanner) } else { try scanner.skipValue() }
    }
    guard let tweet else { throw JSONEntryFailure(message: "missing key 'tweet'") }
    self.tweet = tweet
  }
}

extension TwitterTweetItem.Tweet {
  init(scanning scanner: inout JSONScanner) throws {
    var tweet = Self(created_at: "")
    var createdAt: String?
    try scanner.readObject { scanner, key in
      if key == "id_str" {
        tweet.id_str = try scanner.readString()
      } else if key == "id" {
        tweet.id = try scanner.readIDText().map(FlexibleID.init(text:))
      } else if key == "created_at" {
        createdAt = try scanner.readString()
      } else if key == "full_text" {
        tweet.full_text = try scanner.readString()
      } else if key == "text" {
        tweet.text = try scanner.readString()
      } else if key == "in_reply_to_user_id_str" {
        tweet.in_reply_to_user_id_str = try scanner.readString()
      } else if key == "in_reply_to_user_id" {
        tweet.in_reply_to_user_id = try scanner.readIDText().map(FlexibleID.init(text:))
      } else if key == "in_reply_to_screen_name" {
        tweet.in_reply_to_screen_name = try scanner.readString()
      } else if key == "entities" {
        if try scanner.readNull() { return }
        var mentions: [TwitterTweetItem.Tweet.Mention]?
        try scanner.readObject { scanner, key in
          guard key == "user_mentions" else { return try scanner.skipValue() }
          mentions = try scanner.readList(of: TwitterTweetItem.Tweet.Mention.self)
        }
        tweet.entities = .init(user_mentions: mentions)
      } else {
        try scanner.skipValue()
      }
    }
    guard let createdAt else { throw JSONEntryFailure(message: "a tweet without created_at") }
    tweet.created_at = createdAt
    self = tweet
  }
}

extension TwitterTweetItem.Tweet.Mention: JSONScannable {
  init(scanning scanner: inout JSONScanner) throws {
    var mention = Self()
    try scanner.readObject { scanner, key in
      if key == "name" {
        mention.name = try scanner.readString()
      } else if key == "screen_name" {
        mention.screen_name = try scanner.readString()
      } else if key == "id_str" {
        mention.id_str = try scanner.readString()
      } else if key == "id" {
        mention.id = try scanner.readIDText().map(FlexibleID.init(text:))
      } else {
        try scanner.skipValue()
      }
    }
    self = mention
  }
}
