import ImportSupport

/// A Facebook friends or followers file, in every era: `friends.json` (2018: `friends`; 2021:
/// `friends_v2`), `your_friends.json`, `removed_friends.json`, the friend-request files, and the
/// followers and following files. Each holds one array of `{name, timestamp?}` under one key.
struct FacebookFriendsFile: Decodable {
  struct Entry: Decodable {
    var name: String?
    /// Unix seconds; absent in `followers_v3`.
    var timestamp: Int64?
  }

  /// What a list means for the owner.
  enum Meaning {
    case friends, removedFriends, sentRequests, receivedRequests, rejectedRequests, followers, following
  }

  var lists: [(Meaning, [Entry])] = []

  static let meanings: [String: Meaning] = [
    "friends": .friends, "friends_v2": .friends,
    "deleted_friends": .removedFriends, "deleted_friends_v2": .removedFriends,
    "sent_requests": .sentRequests, "sent_requests_v2": .sentRequests,
    "received_requests": .receivedRequests, "received_requests_v2": .receivedRequests,
    "rejected_requests": .rejectedRequests, "rejected_requests_v2": .rejectedRequests,
    "followers": .followers, "followers_v2": .followers, "followers_v3": .followers,
    "following": .following, "following_v2": .following, "following_v3": .following,
  ]

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: AnyCodingKey.self)
    for key in container.allKeys {
      guard let meaning = Self.meanings[key.stringValue] else { continue }
      lists.append((meaning, try container.decode([Entry].self, forKey: key)))
    }
  }
}
