import ArchiveAccess
import ImportSupport

extension FacebookImporter {
  /// The era from where the friends list sits: `connections/friends/` (2024 on),
  /// `friends_and_followers/` (2021–2023), `friends/` (2018–2020); HTML pages are said as such.
  public static func era(of source: any ArchiveSource) -> String? {
    let paths = source.entries.map { $0.components.map { $0.lowercased() } }
    let format = paths.contains { $0.last?.hasSuffix(".html") == true } ? ", HTML" : ""
    if paths.contains(where: { $0.contains("connections") && $0.contains("friends") }) {
      return "2024 or later" + format
    }
    if paths.contains(where: { $0.contains("friends_and_followers") }) { return "2021–2023" + format }
    if paths.contains(where: {
      $0.contains("friends") && ($0.last == "friends.json" || $0.last == "friends.html")
    }) {
      return "2018–2020" + format
    }
    if paths.contains(where: { $0.contains("your_activity_across_facebook") }) {
      return "2024 or later" + format
    }
    return nil
  }
}
