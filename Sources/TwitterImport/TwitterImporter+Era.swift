import ArchiveAccess
import ImportSupport

extension TwitterImporter {
  /// The era from the tweets file's name: `tweets.js` (late 2022 on) or `tweet.js` (2019–2022).
  public static func era(of source: any ArchiveSource) -> String? {
    let names = Set(source.entries.map { $0.fileName })
    if names.contains(where: { $0 == "tweets.js" || $0.hasPrefix("tweets-part") }) {
      return "late 2022 or later"
    }
    if names.contains(where: { $0 == "tweet.js" || $0.hasPrefix("tweet-part") }) { return "2019–2022" }
    return nil
  }
}
