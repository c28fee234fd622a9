import ArchiveAccess
import ImportSupport

extension LinkedInImporter {
  /// The era from `messages.csv`'s header (2018 `From,To,...`; 2023 `RECIPIENT PROFILE URLS`;
  /// 2024 `IS MESSAGE DRAFT`; 2025 `ATTACHMENTS`), else from `Connections.csv` (a `URL` column
  /// from 2022; dates such as `1/8/18, 6:14 PM` in 2018).
  public static func era(of source: any ArchiveSource) -> String? {
    if let messages = source.entries(named: "messages.csv").first {
      let header = source.headText(of: messages, bytes: 512).split(whereSeparator: \.isNewline).first ?? ""
      if header.hasPrefix("From,To,Date,Subject,Content") { return "2018 layout" }
      if header.contains("ATTACHMENTS") { return "2025 or later" }
      if header.contains("IS MESSAGE DRAFT") { return "2024" }
      if header.contains("RECIPIENT PROFILE URLS") { return "2022–2023" }
      if header.contains("CONVERSATION ID") { return "2019–2021" }
    }
    if let connections = source.entries(named: "Connections.csv").first {
      let head = source.headText(of: connections)
      if head.contains(",URL,") { return "2022 or later" }
      return head.contains(" PM\"") || head.contains(" AM\"") ? "2018 layout" : "2019–2021"
    }
    return nil
  }
}
