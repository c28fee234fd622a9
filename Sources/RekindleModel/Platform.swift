/// A service whose data export Rekindle reads.
public enum Platform: String, Codable, Sendable, CaseIterable, Comparable {
  case linkedin
  case facebook
  case instagram
  case twitter
  /// Address books: vCard files (Apple Contacts, Outlook, Android, Google Takeout) and the Google
  /// Contacts CSV export.
  case contacts
  /// Calendars: iCalendar (`.ics`) files, such as Google Takeout's `Takeout/Calendar/*.ics`.
  case calendar
  /// Telegram Desktop's export (`result.json`).
  case telegram
  /// WhatsApp's "Export chat" text files.
  case whatsapp
  /// A Mastodon account archive (`.tar.gz`) and its CSV exports.
  case mastodon
  /// The user's own log of meetings (`rekindle met`, or a `date,name,email,note` CSV).
  case log
  /// A graph made elsewhere (GraphML or GEXF, such as a friend-network export for Gephi).
  case graph

  /// The name shown to people, such as "LinkedIn" or "Twitter/X".
  public var displayName: String {
    switch self {
    case .linkedin: "LinkedIn"
    case .facebook: "Facebook"
    case .instagram: "Instagram"
    case .twitter: "Twitter/X"
    case .contacts: "Address book"
    case .calendar: "Calendar"
    case .telegram: "Telegram"
    case .whatsapp: "WhatsApp"
    case .mastodon: "Mastodon"
    case .log: "Meeting log"
    case .graph: "Imported graph"
    }
  }

  /// The platform as a report's sentence names it: "7 messages on Twitter/X and LinkedIn",
  /// "calendar, contacts, LinkedIn".
  public var inSentence: String {
    switch self {
    case .contacts: "contacts"
    case .calendar: "calendar"
    case .log: "your log"
    case .graph: "a graph file"
    default: displayName
    }
  }

  /// "a LinkedIn export", "an address book export": the platform's export in a sentence.
  public var anExport: String {
    switch self {
    case .contacts: "an address book export"
    case .calendar: "a calendar export"
    case .log: "a meeting log"
    case .graph: "an imported graph file"
    case .instagram: "an Instagram export"
    default: "a \(displayName) export"
    }
  }

  /// Whether an export of this platform is one account's own lists (connections, followers, its
  /// contacts' positions), so that a newer export can be compared with an older one. Address
  /// books, calendars, meeting logs and graph files are files, not snapshots of one account (two
  /// address books are not one address book that changed), and a WhatsApp export holds one chat.
  public var exportsAccountSnapshots: Bool {
    switch self {
    case .linkedin, .facebook, .instagram, .twitter, .telegram, .mastodon: true
    case .contacts, .calendar, .whatsapp, .log, .graph: false
    }
  }

  public static func < (lhs: Platform, rhs: Platform) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
