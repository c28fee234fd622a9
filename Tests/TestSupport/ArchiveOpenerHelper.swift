import ArchiveAccess

/// Opens fixtures as archive sources.
public enum ArchiveOpenerHelper {
  /// Opens `Fixtures/<path>`.
  public static func open(_ path: String) throws -> any ArchiveSource {
    try ArchiveOpener.open(Fixture.url(path))
  }
}
