/// A number that Twitter/X archives write sometimes as a string (`"id": "123"`) and sometimes as
/// a number; held as its decimal text.
struct FlexibleID: Decodable, Hashable {
  var text: String

  init(text: String) {
    self.text = text
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      text = string
    } else if let number = try? container.decode(Int64.self) {
      text = String(number)
    } else {
      throw DecodingError.typeMismatch(
        String.self,
        .init(codingPath: decoder.codingPath, debugDescription: "expected an id string or number"))
    }
  }
}

/// `account.js`: `[{"account": {...}}]`.
struct TwitterAccountItem: Decodable {
  struct Account: Decodable {
    var accountId: String
    var username: String?
    var accountDisplayName: String?
    var email: String?
  }
  var account: Account
}

/// `manifest.js`: `window.__THAR_CONFIG = {"userInfo": {...}, ...}`.
struct TwitterManifest: Decodable {
  struct UserInfo: Decodable {
    var accountId: String?
    var userName: String?
    var displayName: String?
  }
  var userInfo: UserInfo?
}

/// `follower.js` and `following.js`: `[{"follower": {"accountId", "userLink"}}]`.
struct TwitterFollowItem: Decodable {
  struct Account: Decodable {
    var accountId: String
    var userLink: String?
  }
  var follower: Account?
  var following: Account?
}

/// One conversation of `direct-messages.js` or `direct-messages-group.js`.
struct TwitterConversationItem: Decodable, Equatable {
  struct Conversation: Decodable, Equatable {
    var conversationId: String
    var messages: [Event]
  }

  /// A message or a membership event of a conversation.
  struct Event: Decodable, Equatable {
    var messageCreate: MessageCreate?
    var joinConversation: Membership?
    var participantsJoin: Membership?
    var participantsLeave: Membership?
  }

  struct MessageCreate: Decodable, Equatable {
    var id: FlexibleID
    var senderId: FlexibleID
    var recipientId: FlexibleID?
    var text: String?
    var createdAt: String
  }

  struct Membership: Decodable, Equatable {
    var initiatingUserId: FlexibleID?
    var participantsSnapshot: [FlexibleID]?
    var userIds: [FlexibleID]?
  }

  var dmConversation: Conversation
}

/// One item of `tweets.js` / `tweet.js` / `tweets-partN.js`: `{"tweet": {...}}`.
struct TwitterTweetItem: Decodable, Equatable {
  struct Tweet: Decodable, Equatable {
    struct Entities: Decodable, Equatable {
      var user_mentions: [Mention]?
    }
    struct Mention: Decodable, Equatable {
      var name: String?
      var screen_name: String?
      var id_str: String?
      var id: FlexibleID?
    }
    var id_str: String?
    var id: FlexibleID?
    var created_at: String
    var full_text: String?
    var text: String?
    var in_reply_to_user_id_str: String?
    var in_reply_to_user_id: FlexibleID?
    var in_reply_to_screen_name: String?
    var entities: Entities?
  }
  var tweet: Tweet
}
