/// `personal_information` of a full export: the owner.
struct TelegramPersonalInformation: Decodable {
  var user_id: Int64?
  var first_name: String?
  var last_name: String?
  var phone_number: String?
  var username: String?
}

/// One entry of `contacts.list`: a phone contact synced to Telegram.
struct TelegramContact: Decodable {
  var user_id: Int64?
  var first_name: String?
  var last_name: String?
  var phone_number: String?
  var date_unixtime: String?
}

/// One chat: an entry of `chats.list`, or the whole file of a single-chat export.
struct TelegramChat: Decodable {
  var name: String?
  var type: String
  var id: Int64
  var messages: [TelegramMessage]
}

/// A message or a service event (`type: "service"`, such as a call or a group's creation).
struct TelegramMessage: Decodable {
  var id: Int64
  var type: String
  var date: String?
  var date_unixtime: String?
  var from: String?
  var from_id: String?
  var actor: String?
  var actor_id: String?
  var action: String?
  var duration_seconds: Int?
  var text: TelegramText?
  var photo: String?
  var file: String?
  var sticker_emoji: String?
}

/// A message's `text`: a string, or an array of strings and `{type, text}` parts.
struct TelegramText: Decodable {
  var plain: String

  private struct Part: Decodable {
    var text: String?
  }

  private enum Piece: Decodable {
    case string(String)
    case part(Part)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let string = try? container.decode(String.self) {
        self = .string(string)
      } else {
        self = .part(try container.decode(Part.self))
      }
    }

    var text: String {
      switch self {
      case .string(let string): string
      case .part(let part): part.text ?? ""
      }
    }
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      plain = string
    } else {
      plain = try container.decode([Piece].self).map(\.text).joined()
    }
  }
}
