/// `actor.json`: the owner's ActivityPub `Person`.
struct MastodonActor: Decodable {
  var id: String
  var preferredUsername: String?
  var name: String?
  var url: String?
}

/// One item of `outbox.json`'s `orderedItems`: an activity (`Create`, `Announce`).
struct MastodonActivity: Decodable {
  var type: String
  var published: String?
  var object: MastodonObject?

  private enum CodingKeys: String, CodingKey {
    case type, published, object
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = try container.decode(String.self, forKey: .type)
    published = try container.decodeIfPresent(String.self, forKey: .published)
    // A boost's object is only the boosted post's URL.
    object = try? container.decodeIfPresent(MastodonObject.self, forKey: .object)
  }
}

/// A post (`Note`) of the outbox.
struct MastodonObject: Decodable {
  struct Tag: Decodable {
    var type: String?
    var href: String?
    var name: String?
  }

  var id: String?
  var type: String?
  var inReplyTo: String?
  var published: String?
  var to: [String]?
  var cc: [String]?
  var content: String?
  var tag: [Tag]?
}
