import ArchiveAccess

/// Layout clues shared by Meta's exports (Facebook and Instagram).
public enum MetaRecognition {
  /// How many entries of `source` are Messenger thread files.
  public static func threadFileCount(in source: any ArchiveSource) -> Int {
    source.entries.lazy.filter(MessengerThreadReader.isThreadFile).count
  }

  /// A small score for a lone thread file: it could be either platform's.
  public static func loneThreadScore(in source: any ArchiveSource) -> Int {
    guard source.entries.count == 1, let entry = source.entries.first,
      MessengerThreadReader.isThreadFile(entry)
    else { return 0 }
    let head = source.headText(of: entry)
    return head.contains("\"participants\"") || head.contains("\"messages\"") ? 1 : 0
  }
}
