import Foundation

/// Builds `.tar.gz` archives at test time with the system's `tar` (GNU tar on Debian).
public enum TarBuilder {
  /// Archives the files below `folder` (paths relative to it, as `./...`) into a new `.tar.gz`.
  public static func tarGz(folder: URL, name: String, extraArguments: [String] = []) throws -> URL {
    let destination = try ZipBuilder.temporaryDirectory().appendingPathComponent(name)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/tar")
    process.arguments = ["-czf", destination.path] + extraArguments + ["-C", folder.path, "."]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
    }
    return destination
  }
}
