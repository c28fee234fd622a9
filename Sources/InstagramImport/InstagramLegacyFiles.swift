/// The 2018–2020 Instagram export, which kept everything at the archive's root.
enum InstagramLegacyFiles {
  /// `profile.json`: the owner.
  struct Profile: Decodable {
    var username: String?
    var name: String?
    var email: String?
  }

  /// `connections.json`: lists that map usernames to ISO 8601 dates.
  struct Connections: Decodable {
    var followers: [String: String]?
    var following: [String: String]?
    var close_friends: [String: String]?
    var blocked_users: [String: String]?
    var follow_requests_sent: [String: String]?
  }

  /// One conversation of `messages.json`, whose participants and senders are usernames.
  struct Conversation: Decodable {
    struct Message: Decodable {
      var sender: String?
      var created_at: String
      var text: String?
      var media_share_url: String?
      var media_url: String?
      var heart: String?
      var story_share: String?
    }
    var participants: [String]
    var conversation: [Message]
  }
}
