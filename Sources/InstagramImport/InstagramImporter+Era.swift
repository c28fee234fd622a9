import ArchiveAccess
import ImportSupport

extension InstagramImporter {
  /// The era from the layout: one `connections.json` (2018–2020), messages under
  /// `your_instagram_activity/` (mid-2024 on), else the 2021–2024 layout.
  public static func era(of source: any ArchiveSource) -> String? {
    if !source.entries(named: "connections.json").isEmpty { return "2018–2020" }
    let paths = source.entries.map { $0.components.map { $0.lowercased() } }
    if paths.contains(where: { $0.contains("your_instagram_activity") }) { return "mid-2024 or later" }
    if paths.contains(where: { $0.contains("followers_and_following") || $0.contains("messages") }) {
      return "2021–mid-2024"
    }
    return nil
  }
}
