import Foundation

/// Writes the persons of ``ResolutionPeople`` as the exports describe them (a LinkedIn
/// connections list, a Google Contacts CSV, a Facebook friends list, Instagram followers, Twitter/X
/// mentions), each platform with its own habits: nicknames on Facebook and in address books, umlauts
/// written out, credentials after LinkedIn names, initials and unrelated display names on Twitter,
/// Cyrillic names, typos, missing fields, duplicate address-book cards. Alongside, the truth: which
/// person each identity is, keyed as the importers key identities (`platform<TAB>native id`).
struct ResolutionArchives {
  let people: [ResolutionPeople.Person]
  let output: URL

  /// The archives written and the truth (identity key → person index).
  struct Written {
    var archives: [URL]
    var truth: [String: Int]
    /// The persons met in person (a calendar event at a place), and those written to.
    var met: Set<Int> = []
    var messaged: Set<Int> = []
  }

  func write(generator: inout SeededGenerator) throws -> Written {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    var truth: [String: Int] = [:]
    var random = generator
    defer { generator = random }
    func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    let contacts = ResolutionContacts(count: people.count, generator: &random)
    var messaged: Set<Int> = []
    /// Whether `person` is written to on `platform`.
    func writes(_ person: ResolutionPeople.Person, on platform: String) -> Bool {
      contacts.plans[person.index].platforms.contains(platform)
    }

    // LinkedIn: formal names, credentials, company legal forms, few e-mails.
    let linkedIn = output.appendingPathComponent("Basic_LinkedInDataExport_11-22-2026.zip")
    let linkedInZip = try ArchiveGenerator.ZipWriter(url: linkedIn)
    var linkedInURLs: [(ResolutionPeople.Person, String, String)] = []
    try linkedInZip.entry("Profile.csv") { file in
      try file.write(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
          + "Twitter Handles,Websites,Instant Messengers\nAlex,Rivera,,,Apr 22,Data leader,,Software,,Lisbon,,,\n"
      )
    }
    try linkedInZip.entry("Connections.csv") { file in
      try file.write(
        "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are "
          + "missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
      for person in people where chance(0.75) {
        let first = chance(0.06) ? person.nickname ?? person.first : person.first
        var last = person.family
        if chance(0.06) { last += [", MBA", ", PhD", ", CPA", " MBA"].element(using: &random) }
        if chance(0.03) { last += " (she/her)" }
        let slug =
          ResolutionPeople.ascii("\(person.first) \(person.family)").split(separator: " ").joined(
            separator: "-")
          + "-" + String(person.index * 2_654_435_761 % 0xFFFFFF, radix: 16)
        let url = "https://www.linkedin.com/in/\(slug)"
        let email = chance(0.12) ? "\(person.emailLocal)@gmail.com" : ""
        let company =
          chance(0.85)
          ? person.company + ["", "", " Inc.", ", Inc.", " Ltd", " GmbH", " LLC"].element(using: &random)
          : ""
        try file.write(
          [first, last, url, email, company, "Engineer", "14 Mar 2023"].map(ArchiveGenerator.csv)
            .joined(separator: ",") + "\n")
        truth["linkedin\t\(url)"] = person.index
        if writes(person, on: "linkedin") { linkedInURLs.append((person, url, first + " " + person.family)) }
      }
    }
    try linkedInZip.entry("messages.csv") { file in
      try file.write(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
          + "CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n")
      let ownerURL = "https://www.linkedin.com/in/alex-rivera-5c6d7e"
      for (person, url, name) in linkedInURLs {
        for message in contacts.messages(of: person.index) {
          let (from, fromURL, to, toURL) =
            message.sent ? ("Alex Rivera", ownerURL, name, url) : (name, url, "Alex Rivera", ownerURL)
          try file.write(
            [
              "2-c\(person.index)", "", from, fromURL, to, toURL, ArchiveGenerator.linkedInDate(message.time),
              "",
              "See you soon", "INBOX", "No", "No",
            ].map(ArchiveGenerator.csv).joined(separator: ",") + "\n")
        }
        messaged.insert(person.index)
      }
    }
    linkedInZip.finish()

    // Google Contacts: nicknames, umlauts written out, e-mail variants, phones, duplicate cards.
    let contactsCSV = output.appendingPathComponent("contacts.csv")
    let contactsFile = try ArchiveGenerator.TextFile(url: contactsCSV)
    try contactsFile.write(
      "First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,E-mail 1 - Label,"
        + "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n")
    var contactNames: Set<String> = []
    for person in people where chance(0.5) {
      for card in 0..<(chance(0.06) ? 2 : 1) {
        let first = chance(card == 0 ? 0.35 : 0.7) ? person.nickname ?? person.first : person.first
        var last = chance(0.25) ? ResolutionPeople.writtenOut(person.family) : person.family
        if chance(0.04) { last = Self.typo(last, &random) }
        if chance(card == 0 ? 0.06 : 0.5) { last = "" }
        var email = ""
        if chance(card == 0 ? 0.85 : 0.3) { email = Self.gmailVariant(person.emailLocal, &random) }
        let phone = chance(card == 0 ? 0.5 : 0.9) ? Self.formattedPhone(person.phone, &random) : ""
        let name = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
        let key = !email.isEmpty ? email : !phone.isEmpty ? phone : name
        guard truth[Self.truthKey("contacts", key)] == nil,
          email.isEmpty && phone.isEmpty ? contactNames.insert(name).inserted : true
        else { continue }
        let company = chance(0.4) ? person.company : ""
        try contactsFile.write(
          [
            first, "", last, "", company, "", email.isEmpty ? "" : "* Other", email,
            phone.isEmpty ? "" : "Mobile", phone,
          ]
          .map(ArchiveGenerator.csv).joined(separator: ",") + "\n")
        truth[Self.truthKey("contacts", key)] = person.index
      }
    }
    try contactsFile.close()

    // Facebook: display names, nicknames, middle initials, Cyrillic, mojibake; names are keys.
    let facebook = output.appendingPathComponent("facebook-alexrivera-2026-11-22-AbCd.zip")
    let facebookZip = try ArchiveGenerator.ZipWriter(url: facebook)
    var facebookNames: [(ResolutionPeople.Person, String)] = []
    try facebookZip.entry("personal_information/profile_information/profile_information.json") { file in
      try file.write(
        "{\n  \"profile_v2\": {\n    \"name\": {\n      \"full_name\": \"Alex Rivera\"\n    }\n  }\n}\n")
    }
    try facebookZip.entry("connections/friends/your_friends.json") { file in
      try file.write("{\n  \"friends_v2\": [\n")
      var written = 0
      for person in people where chance(0.55) {
        var name: String
        if let cyrillic = person.cyrillic, chance(0.6) {
          name = cyrillic.first + " " + cyrillic.family
        } else {
          let first = chance(0.35) ? person.nickname ?? person.first : person.first
          let middle = person.middleInitial.map { chance(0.5) ? " \($0)." : "" } ?? ""
          name = first + middle + " " + (chance(0.03) ? Self.typo(person.family, &random) : person.family)
        }
        guard truth["facebook\t\(name)"] == nil else { continue }
        truth["facebook\t\(name)"] = person.index
        if writes(person, on: "facebook") { facebookNames.append((person, name)) }
        try file.write(
          (written == 0 ? "" : ",\n") + "    {\n      \"name\": \(ArchiveGenerator.metaString(name)),\n"
            + "      \"timestamp\": \(1_300_000_000 + person.index * 60)\n    }")
        written += 1
      }
      try file.write("\n  ]\n}\n")
    }
    for (person, name) in facebookNames {
      let folder = "friend\(person.index)_\(10_000_000 + person.index)"
      try facebookZip.entry("your_facebook_activity/messages/inbox/\(folder)/message_1.json") { file in
        let messages = contacts.messages(of: person.index).reversed().map { message in
          "    {\n      \"sender_name\": \(ArchiveGenerator.metaString(message.sent ? "Alex Rivera" : name)),\n"
            + "      \"timestamp_ms\": \(Int64(message.time) * 1000),\n      \"content\": \"See you soon\"\n    }"
        }
        try file.write(
          "{\n  \"participants\": [\n    {\n      \"name\": \(ArchiveGenerator.metaString(name))\n    },\n"
            + "    {\n      \"name\": \"Alex Rivera\"\n    }\n  ],\n  \"messages\": [\n"
            + messages.joined(separator: ",\n")
            + "\n  ],\n  \"title\": \(ArchiveGenerator.metaString(name)),\n"
            + "  \"thread_path\": \"inbox/\(folder)\"\n}\n")
      }
      messaged.insert(person.index)
    }
    facebookZip.finish()

    // Instagram: usernames only.
    let instagram = output.appendingPathComponent("instagram-alexrivera.data-2026-11-22-XyZ.zip")
    let instagramZip = try ArchiveGenerator.ZipWriter(url: instagram)
    try instagramZip.entry("personal_information/personal_information/personal_information.json") { file in
      try file.write(
        "{\"profile_user\":[{\"string_map_data\":{\"Username\":{\"href\":\"\",\"value\":\"alexrivera.data\","
          + "\"timestamp\":0},\"Name\":{\"href\":\"\",\"value\":\"Alex Rivera\",\"timestamp\":0}}}]}")
    }
    try instagramZip.entry("connections/followers_and_following/followers_1.json") { file in
      try file.write("[\n")
      var written = 0
      for person in people where chance(0.4) {
        truth["instagram\t\(person.handle)"] = person.index
        try file.write(
          (written == 0 ? "" : ",\n") + "  {\n    \"title\": \"\",\n    \"media_list_data\": [],\n"
            + "    \"string_list_data\": [\n      {\n        \"href\": \"https://www.instagram.com/\(person.handle)\",\n"
            + "        \"value\": \"\(person.handle)\",\n        \"timestamp\": \(1_500_000_000 + person.index * 60)\n"
            + "      }\n    ]\n  }")
        written += 1
      }
      try file.write("\n]\n")
    }
    instagramZip.finish()

    // Twitter/X: accounts known from mentions, with whatever display name they chose.
    let twitter = output.appendingPathComponent("twitter-2026-11-22-0123abcd.zip")
    let twitterZip = try ArchiveGenerator.ZipWriter(url: twitter)
    var twitterAccounts: [(ResolutionPeople.Person, String)] = []
    try twitterZip.entry("data/account.js") { file in
      try file.write(
        "window.YTD.account.part0 = [\n  {\n    \"account\" : {\n      \"username\" : \"alexrivera_data\",\n"
          + "      \"accountId\" : \"1180000000000000001\",\n      \"accountDisplayName\" : \"Alex Rivera\"\n"
          + "    }\n  }\n]")
    }
    try twitterZip.entry("data/tweets.js") { file in
      try file.write("window.YTD.tweets.part0 = [\n")
      var written = 0
      for person in people where chance(0.3) {
        let accountID = String(3_000_000_000 + person.index)
        let shown = person.nickname.flatMap { chance(0.4) ? $0 : nil } ?? person.first
        let name: String
        switch Double.random(in: 0..<1, using: &random) {
        case ..<0.45: name = "\(shown) \(person.family)"
        case ..<0.65: name = "\(shown) \(person.family.prefix(1))."
        case ..<0.8: name = shown
        default: name = ["Builder 🚀", "coffee first ☕", "she codes", "Data nerd"].element(using: &random)
        }
        let screenName =
          chance(0.7) ? person.handle.replacingOccurrences(of: ".", with: "_") : "user\(accountID)"
        truth["twitter\t\(accountID)"] = person.index
        if writes(person, on: "twitter") { twitterAccounts.append((person, accountID)) }
        let id = 1_500_000_000_000_000_000 + Int64(written) * 4096
        try file.write(
          (written == 0 ? "" : ",\n")
            + "  {\n    \"tweet\" : {\n      \"retweeted\" : false,\n      \"entities\" : {\n        \"user_mentions\" : [\n"
            + "          {\n            \"name\" : \(Self.jsonString(name)),\n            \"screen_name\" : \"\(screenName)\",\n"
            + "            \"indices\" : [ \"0\", \"12\" ],\n            \"id_str\" : \"\(accountID)\",\n"
            + "            \"id\" : \"\(accountID)\"\n          }\n        ]\n      },\n"
            + "      \"id_str\" : \"\(id)\",\n      \"id\" : \"\(id)\",\n"
            + "      \"created_at\" : \"Tue Jan 31 09:01:52 +0000 2017\",\n"
            + "      \"full_text\" : \"@\(screenName) see you at the meetup\",\n      \"lang\" : \"en\"\n    }\n  }"
        )
        written += 1
      }
      try file.write("\n]")
    }
    try twitterZip.entry("data/direct-messages.js") { file in
      let owner = "1180000000000000001"
      let formatter = ISO8601DateFormatter()
      formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
      let conversations = twitterAccounts.map { person, account in
        let messages = contacts.messages(of: person.index).reversed().enumerated().map { offset, message in
          "        {\n          \"messageCreate\" : {\n"
            + "            \"recipientId\" : \"\(message.sent ? account : owner)\",\n"
            + "            \"senderId\" : \"\(message.sent ? owner : account)\",\n"
            + "            \"text\" : \"See you soon\",\n            \"id\" : \"\(person.index * 100 + offset)\",\n"
            + "            \"createdAt\" : \"\(formatter.string(from: Date(timeIntervalSince1970: Double(message.time))))\"\n"
            + "          }\n        }"
        }
        return "  {\n    \"dmConversation\" : {\n      \"conversationId\" : \"\(owner)-\(account)\",\n"
          + "      \"messages\" : [\n" + messages.joined(separator: ",\n") + "\n      ]\n    }\n  }"
      }
      try file.write(
        "window.YTD.direct_messages.part0 = [\n" + conversations.joined(separator: ",\n") + "\n]")
      for (person, _) in twitterAccounts { messaged.insert(person.index) }
    }
    twitterZip.finish()

    // The calendar: each meeting with the person as a guest, by a personal or a work address.
    var meetings:
      [(person: ResolutionPeople.Person, time: Int, inPerson: Bool, email: String, name: String)] = []
    var met: Set<Int> = []
    for person in people {
      guard let meeting = contacts.plans[person.index].meeting else { continue }
      let work = ResolutionPeople.ascii(person.company).filter(\.isLetter) + ".example"
      let email =
        chance(0.7)
        ? "\(person.emailLocal)@gmail.com"
        : "\(ResolutionPeople.ascii(person.first).filter(\.isLetter)).\(person.index)@\(work)"
      let name = (chance(0.3) ? person.nickname ?? person.first : person.first) + " " + person.family
      meetings.append((person, meeting.time, meeting.inPerson, email, name))
      truth["calendar\t\(email.lowercased())"] = person.index
      if meeting.inPerson { met.insert(person.index) }
    }
    let calendar = output.appendingPathComponent("calendar.ics")
    try ResolutionContacts.calendar(meetings).write(to: calendar, atomically: true, encoding: .utf8)
    return Written(
      archives: [linkedIn, contactsCSV, facebook, instagram, twitter, calendar], truth: truth, met: met,
      messaged: messaged)
  }

  /// The truth's key for an identity: `platform<TAB>native id`, with e-mails lowercased and phones
  /// reduced to `+` and digits, as the address-book importer keys cards.
  static func truthKey(_ platform: String, _ nativeId: String) -> String {
    guard platform == "contacts" else { return platform + "\t" + nativeId }
    if nativeId.contains("@") { return platform + "\t" + nativeId.lowercased() }
    if nativeId.contains(where: \.isLetter) { return platform + "\t" + nativeId }
    return platform + "\t" + nativeId.filter { $0.isNumber }
  }

  /// The address as people type it: Gmail ignores dots, case and `+tags`.
  private static func gmailVariant(_ local: String, _ random: inout SeededGenerator) -> String {
    switch Int.random(in: 0..<6, using: &random) {
    case 0: local.replacingOccurrences(of: ".", with: "") + "@gmail.com"
    case 1: local.capitalized + "@Gmail.com"
    case 2: local + "+news@gmail.com"
    case 3: local + "@googlemail.com"
    default: local + "@gmail.com"
    }
  }

  /// A US number as address books hold it: `(202) 555-0147`, `202-555-0147`, `+1 202 555 0147`.
  private static func formattedPhone(_ e164: String, _ random: inout SeededGenerator) -> String {
    let digits = Array(e164.dropFirst(2))
    let area = String(digits[0..<3])
    let exchange = String(digits[3..<6])
    let line = String(digits[6...])
    switch Int.random(in: 0..<3, using: &random) {
    case 0: return "(\(area)) \(exchange)-\(line)"
    case 1: return "\(area)-\(exchange)-\(line)"
    default: return "+1 \(area) \(exchange) \(line)"
    }
  }

  /// One typo: two neighbouring letters swapped, or one dropped.
  private static func typo(_ text: String, _ random: inout SeededGenerator) -> String {
    var characters = Array(text)
    guard characters.count > 3 else { return text }
    let position = Int.random(in: 1..<(characters.count - 1), using: &random)
    if Bool.random(using: &random) {
      characters.swapAt(position, position - 1)
    } else {
      characters.remove(at: position)
    }
    return String(characters)
  }

  private static func jsonString(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}
