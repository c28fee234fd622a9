import Foundation

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered byte writer to a file descriptor or a file, flushing every 64 KiB so that a
/// consumer such as `head` sees the first lines at once.
public final class OutputSink {
  private let handle: FileHandle
  private let ownsHandle: Bool
  private var buffer = Data()
  private let capacity = 1 << 16

  /// Writes to standard output.
  public static func standardOutput() -> OutputSink {
    OutputSink(handle: .standardOutput, ownsHandle: false)
  }

  /// Creates (or truncates) the file at `path`, readable by its owner only.
  public static func file(atPath path: String) throws -> OutputSink {
    guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
    return OutputSink(handle: handle, ownsHandle: true)
  }

  init(handle: FileHandle, ownsHandle: Bool) {
    self.handle = handle
    self.ownsHandle = ownsHandle
    buffer.reserveCapacity(capacity)
  }

  /// Appends bytes, flushing when the buffer is full.
  public func write(_ data: Data) throws {
    buffer.append(data)
    if buffer.count >= capacity { try flush() }
  }

  /// Appends the UTF-8 bytes of `text`.
  public func write(_ text: String) throws {
    try write(Data(text.utf8))
  }

  /// Writes what is buffered.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes a file opened by ``file(atPath:)``.
  public func close() throws {
    try flush()
    if ownsHandle { try handle.close() }
  }
}
