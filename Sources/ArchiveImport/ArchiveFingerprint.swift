import ArchiveAccess
import RekindleModel

/// Identifies what an import of an archive would read, without reading it: the path, size and
/// version (CRC-32 or modification time) of every entry, the importer, the owner names given, and
/// the version of Rekindle's readers. Two imports with the same fingerprint store the same records,
/// so the second can be skipped.
public enum ArchiveFingerprint {
  /// Bumped whenever an importer reads more or differently, so that archives imported by an
  /// earlier version are read again.
  public static let readerVersion = "2"

  /// The fingerprint, or `nil` when some entry has no version (it would have to be read to tell).
  public static func of(_ source: any ArchiveSource, platform: Platform, ownerNames: [String]) -> String? {
    var hash = StableHash()
    hash.combine("rekindle-readers-\(readerVersion)")
    hash.combine(platform.rawValue)
    for name in ownerNames { hash.combine(name) }
    hash.combine("entries")
    for entry in source.entries {
      guard let version = entry.version else { return nil }
      hash.combine(entry.path)
      hash.combine(String(entry.size))
      hash.combine(String(version))
    }
    for refused in source.refusedEntries { hash.combine(refused.entry ?? refused.reason) }
    return hash.hex
  }
}
