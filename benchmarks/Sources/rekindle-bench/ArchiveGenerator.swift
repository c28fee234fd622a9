import Foundation
import ZIPFoundation

/// Writes a set of synthetic LinkedIn, Facebook, Instagram and Twitter/X archives shaped like the
/// real exports (same file names, headers, keys, mojibake), from a fixed seed.
struct ArchiveGenerator {
  var messages: Int
  var contacts: Int
  var seed: UInt64
  var output: URL

  private static let ownerName = "Alex Rivera"
  private static let ownerTwitterID = "1180000000000000001"
  private static let words = [
    "coffee", "project", "meeting", "thanks", "great", "talk", "see", "you", "soon", "the", "data", "team",
    "review",
    "draft", "Lisbon", "conference", "lunch", "idea", "call", "tomorrow", "weekend", "hike", "slides", "job",
    "role",
    "café", "über", "naïve", "😀", "🎉",
  ]

  /// Writes the four archives and returns their URLs.
  func generate() throws -> [URL] {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    var generator = SeededGenerator(seed: seed)
    let people = SyntheticPeople(count: contacts, generator: &generator).people
    // Split messages: LinkedIn 25%, Facebook 30%, Instagram 15%, Twitter/X 30%.
    return [
      try linkedIn(people, messages: messages / 4, generator: &generator),
      try facebook(people, messages: messages * 3 / 10, generator: &generator),
      try instagram(people, messages: messages * 15 / 100, generator: &generator),
      try twitter(people, messages: messages * 3 / 10, generator: &generator),
    ]
  }

  private func sentence(_ generator: inout SeededGenerator) -> String {
    let count = Int.random(in: 3...18, using: &generator)
    return (0..<count).map { _ in Self.words.randomElement(using: &generator) ?? "hi" }.joined(separator: " ")
  }

  /// A zip whose entries are written from temporary files, so that memory stays small.
  final class ZipWriter {
    let archive: Archive
    let scratch: URL

    init(url: URL) throws {
      try? FileManager.default.removeItem(at: url)
      archive = try Archive(url: url, accessMode: .create)
      scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
        "rekindle-gen-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// Writes an entry through `body`, which appends text to a buffered file.
    func entry(_ path: String, _ body: (TextFile) throws -> Void) throws {
      let file = scratch.appendingPathComponent(UUID().uuidString)
      let text = try TextFile(url: file)
      try body(text)
      try text.close()
      try archive.addEntry(with: path, fileURL: file, compressionMethod: .deflate, bufferSize: 1 << 20)
      try FileManager.default.removeItem(at: file)
    }

    func finish() {
      try? FileManager.default.removeItem(at: scratch)
    }
  }

  /// A buffered text file writer.
  final class TextFile {
    private let handle: FileHandle
    private var buffer = Data()

    init(url: URL) throws {
      _ = FileManager.default.createFile(atPath: url.path, contents: nil)
      handle = try FileHandle(forWritingTo: url)
    }

    func write(_ text: String) throws {
      buffer.append(contentsOf: text.utf8)
      if buffer.count > 1 << 20 {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }

    func close() throws {
      try handle.write(contentsOf: buffer)
      try handle.close()
    }
  }

  static func csv(_ field: String) -> String {
    field.contains(",") || field.contains("\"") || field.contains("\n")
      ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
  }

  // MARK: LinkedIn

  private func linkedIn(_ people: [SyntheticPeople.Person], messages: Int, generator: inout SeededGenerator)
    throws
    -> URL
  {
    let url = output.appendingPathComponent("Basic_LinkedInDataExport_11-01-2026.zip")
    let zip = try ZipWriter(url: url)
    defer { zip.finish() }
    try zip.entry("Profile.csv") { file in
      try file.write(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
          + "Twitter Handles,Websites,Instant Messengers\nAlex,Rivera,,,Apr 22,Data leader,,Software,,Lisbon,,,\n"
      )
    }
    try zip.entry("Connections.csv") { file in
      try file.write(
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
          + "missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
      for person in people {
        let day = Int.random(in: 1...28, using: &generator)
        let year = Int.random(in: 2012...2026, using: &generator)
        try file.write(
          "\(person.first),\(Self.csv(person.last)),https://www.linkedin.com/in/\(person.slug),,\"Northwind, Inc.\","
            + "Engineer,\(day < 10 ? "0" : "")\(day) Mar \(year)\n")
      }
    }
    try zip.entry("messages.csv") { file in
      try file.write(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
          + "CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n")
      var time = 1_420_070_400
      for index in 0..<messages {
        let person = people[Int.random(in: 0..<people.count, using: &generator)]
        time += Int.random(in: 60...600, using: &generator)
        let date = Self.linkedInDate(time)
        let personURL = "https://www.linkedin.com/in/\(person.slug)"
        let ownerURL = "https://www.linkedin.com/in/alex-rivera-5c6d7e"
        let sent = index % 2 == 0
        let (from, fromURL, to, toURL) =
          sent
          ? (Self.ownerName, ownerURL, person.name, personURL)
          : (person.name, personURL, Self.ownerName, ownerURL)
        let content =
          index % 50 == 0 ? sentence(&generator) + "\n" + sentence(&generator) : sentence(&generator)
        try file.write(
          "2-\(person.slug),,\(Self.csv(from)),\(fromURL),\(Self.csv(to)),\(toURL),\(date),,\(Self.csv(content)),INBOX,No,No\n"
        )
      }
    }
    return url
  }

  static func linkedInDate(_ seconds: Int) -> String {
    let date = Date(timeIntervalSince1970: TimeInterval(seconds))
    let components = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone(identifier: "UTC") ?? .current, from: date)
    func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return "\(components.year ?? 2020)-\(pad(components.month))-\(pad(components.day)) "
      + "\(pad(components.hour)):\(pad(components.minute)):\(pad(components.second)) UTC"
  }

  // MARK: Meta

  /// Meta's mojibake: each UTF-8 byte of a non-ASCII character as its own `\u00XX` escape.
  static func metaString(_ text: String) -> String {
    var output = "\""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output += "\\\""
      case UInt8(ascii: "\\"): output += "\\\\"
      case 0x0A: output += "\\n"
      case 0x20..<0x80: output.unicodeScalars.append(Unicode.Scalar(byte))
      default: output += String(format: "\\u%04x", byte)
      }
    }
    return output + "\""
  }

  private func metaThreads(
    _ zip: ZipWriter, root: String, people: [SyntheticPeople.Person], messages: Int,
    generator: inout SeededGenerator
  ) throws {
    let perFile = 10_000
    var written = 0
    var threadIndex = 0
    while written < messages {
      let person = people[threadIndex % people.count]
      let threadSize = min(messages - written, Int.random(in: 10...30_000, using: &generator))
      let folder = "\(person.username.replacingOccurrences(of: ".", with: ""))_\(10_000_000 + threadIndex)"
      var fileNumber = 1
      var remaining = threadSize
      var time = Int64(1_700_000_000_000) - Int64(threadIndex) * 86_400_000
      while remaining > 0 {
        let count = min(perFile, remaining)
        try zip.entry("\(root)/inbox/\(folder)/message_\(fileNumber).json") { file in
          try file.write(
            "{\n  \"participants\": [\n    {\n      \"name\": \(Self.metaString(person.name))\n    },\n"
              + "    {\n      \"name\": \"\(Self.ownerName)\"\n    }\n  ],\n  \"messages\": [\n")
          for index in 0..<count {
            time -= Int64.random(in: 60_000...3_600_000, using: &generator)
            let sender = index % 2 == 0 ? person.name : Self.ownerName
            try file.write(
              "    {\n      \"sender_name\": \(Self.metaString(sender)),\n      \"timestamp_ms\": \(time),\n"
                + "      \"content\": \(Self.metaString(sentence(&generator))),\n"
                + "      \"is_geoblocked_for_viewer\": false\n    }\(index == count - 1 ? "" : ",")\n")
          }
          try file.write(
            "  ],\n  \"title\": \(Self.metaString(person.name)),\n  \"is_still_participant\": true,\n"
              + "  \"thread_path\": \"inbox/\(folder)\",\n  \"magic_words\": []\n}\n")
        }
        remaining -= count
        fileNumber += 1
      }
      written += threadSize
      threadIndex += 1
    }
  }

  private func facebook(_ people: [SyntheticPeople.Person], messages: Int, generator: inout SeededGenerator)
    throws
    -> URL
  {
    let url = output.appendingPathComponent("facebook-alexrivera-2026-11-01-AbCd.zip")
    let zip = try ZipWriter(url: url)
    defer { zip.finish() }
    try zip.entry("personal_information/profile_information/profile_information.json") { file in
      try file.write(
        "{\n  \"profile_v2\": {\n    \"name\": {\n      \"full_name\": \"\(Self.ownerName)\"\n    }\n  }\n}\n"
      )
    }
    try zip.entry("connections/friends/your_friends.json") { file in
      try file.write("{\n  \"friends_v2\": [\n")
      for (index, person) in people.enumerated() {
        try file.write(
          "    {\n      \"name\": \(Self.metaString(person.name)),\n      \"timestamp\": \(1_300_000_000 + index * 3600)\n"
            + "    }\(index == people.count - 1 ? "" : ",")\n")
      }
      try file.write("  ]\n}\n")
    }
    try metaThreads(
      zip, root: "your_facebook_activity/messages", people: people, messages: messages, generator: &generator)
    return url
  }

  private func instagram(_ people: [SyntheticPeople.Person], messages: Int, generator: inout SeededGenerator)
    throws
    -> URL
  {
    let url = output.appendingPathComponent("instagram-alexrivera.data-2026-11-01-XyZ.zip")
    let zip = try ZipWriter(url: url)
    defer { zip.finish() }
    try zip.entry("personal_information/personal_information/personal_information.json") { file in
      try file.write(
        "{\"profile_user\":[{\"string_map_data\":{\"Username\":{\"href\":\"\",\"value\":\"alexrivera.data\","
          + "\"timestamp\":0},\"Name\":{\"href\":\"\",\"value\":\"\(Self.ownerName)\",\"timestamp\":0}}}]}")
    }
    try zip.entry("connections/followers_and_following/followers_1.json") { file in
      try file.write("[\n")
      for (index, person) in people.enumerated() {
        try file.write(
          "  {\n    \"title\": \"\",\n    \"media_list_data\": [],\n    \"string_list_data\": [\n      {\n"
            + "        \"href\": \"https://www.instagram.com/\(person.username)\",\n        \"value\": \"\(person.username)\",\n"
            + "        \"timestamp\": \(1_500_000_000 + index * 600)\n      }\n    ]\n  }\(index == people.count - 1 ? "" : ",")\n"
        )
      }
      try file.write("]\n")
    }
    try metaThreads(
      zip, root: "your_instagram_activity/messages", people: people, messages: messages, generator: &generator
    )
    return url
  }

  // MARK: Twitter/X

  private func twitter(_ people: [SyntheticPeople.Person], messages: Int, generator: inout SeededGenerator)
    throws
    -> URL
  {
    let url = output.appendingPathComponent("twitter-2026-11-01-0123abcd.zip")
    let zip = try ZipWriter(url: url)
    defer { zip.finish() }
    try zip.entry("data/account.js") { file in
      try file.write(
        "window.YTD.account.part0 = [\n  {\n    \"account\" : {\n      \"username\" : \"alexrivera_data\",\n"
          + "      \"accountId\" : \"\(Self.ownerTwitterID)\",\n      \"accountDisplayName\" : \"\(Self.ownerName)\"\n"
          + "    }\n  }\n]")
    }
    try zip.entry("data/follower.js") { file in
      try file.write("window.YTD.follower.part0 = [\n")
      for (index, person) in people.enumerated() {
        try file.write(
          "  {\n    \"follower\" : {\n      \"accountId\" : \"\(person.twitterID)\",\n      \"userLink\" : "
            + "\"https://twitter.com/intent/user?user_id=\(person.twitterID)\"\n    }\n  }"
            + "\(index == people.count - 1 ? "" : ",")\n")
      }
      try file.write("]")
    }
    let directMessages = messages * 4 / 5
    try zip.entry("data/direct-messages.js") { file in
      try file.write("window.YTD.direct_messages.part0 = [\n")
      var written = 0
      var conversation = 0
      var id: Int64 = 1_400_000_000_000_000_000
      let formatter = ISO8601DateFormatter()
      while written < directMessages {
        let person = people[conversation % people.count]
        let count = min(directMessages - written, Int.random(in: 5...3_000, using: &generator))
        try file.write(
          "\(conversation == 0 ? "" : ",\n")  {\n    \"dmConversation\" : {\n      \"conversationId\" : "
            + "\"\(person.twitterID)-\(Self.ownerTwitterID)\",\n      \"messages\" : [\n")
        var time = 1_700_000_000 - conversation * 3600
        for index in 0..<count {
          time -= Int.random(in: 60...7200, using: &generator)
          id -= Int64.random(in: 1...1000, using: &generator)
          let sent = index % 2 == 1
          let iso = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
          try file.write(
            "        {\n          \"messageCreate\" : {\n            \"recipientId\" : \"\(sent ? person.twitterID : Self.ownerTwitterID)\",\n"
              + "            \"reactions\" : [ ],\n            \"urls\" : [ ],\n"
              + "            \"text\" : \"\(sentence(&generator)) &amp; more\",\n            \"mediaUrls\" : [ ],\n"
              + "            \"senderId\" : \"\(sent ? Self.ownerTwitterID : person.twitterID)\",\n"
              + "            \"id\" : \"\(id)\",\n            \"createdAt\" : \"\(iso)\"\n          }\n        }"
              + "\(index == count - 1 ? "" : ",")\n")
        }
        try file.write("      ]\n    }\n  }")
        written += count
        conversation += 1
      }
      try file.write("\n]")
    }
    let tweets = messages - directMessages
    try zip.entry("data/tweets.js") { file in
      try file.write("window.YTD.tweets.part0 = [\n")
      for index in 0..<tweets {
        let person = people[Int.random(in: 0..<people.count, using: &generator)]
        let id = 1_500_000_000_000_000_000 + Int64(index) * 4096
        try file.write(
          "  {\n    \"tweet\" : {\n      \"retweeted\" : false,\n      \"entities\" : {\n        \"user_mentions\" : [\n"
            + "          {\n            \"name\" : \"\(person.name)\",\n            \"screen_name\" : \"\(person.username.replacingOccurrences(of: ".", with: "_"))\",\n"
            + "            \"indices\" : [ \"0\", \"12\" ],\n            \"id_str\" : \"\(person.twitterID)\",\n"
            + "            \"id\" : \"\(person.twitterID)\"\n          }\n        ]\n      },\n"
            + "      \"favorite_count\" : \"\(index % 17)\",\n      \"id_str\" : \"\(id)\",\n      \"id\" : \"\(id)\",\n"
            + "      \"in_reply_to_user_id_str\" : \"\(person.twitterID)\",\n"
            + "      \"created_at\" : \"Tue Jan 31 09:01:52 +0000 2017\",\n"
            + "      \"full_text\" : \"@\(person.username) \(sentence(&generator))\",\n      \"lang\" : \"en\"\n"
            + "    }\n  }\(index == tweets - 1 ? "" : ",")\n")
      }
      try file.write("]")
    }
    return url
  }
}
