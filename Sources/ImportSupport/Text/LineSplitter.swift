/// Splits bytes that arrive in chunks into lines (LF or CRLF), keeping a partial line across
/// chunk boundaries, so that line-based formats (vCard, iCalendar, chat exports) stream.
public struct LineSplitter {
  private var pending: [UInt8] = []
  private var line = 0

  public init() {}

  /// Calls `onLine` with each complete line of `bytes` (without its line break) and its number.
  public mutating func feed(_ bytes: some Sequence<UInt8>, onLine: ([UInt8], Int) throws -> Void) throws {
    for byte in bytes {
      if byte == 0x0A {
        if pending.last == 0x0D { pending.removeLast() }
        line += 1
        try onLine(pending, line)
        pending.removeAll(keepingCapacity: true)
      } else {
        pending.append(byte)
      }
    }
  }

  /// Emits the last line when the input does not end with a line break.
  public mutating func finish(onLine: ([UInt8], Int) throws -> Void) throws {
    guard !pending.isEmpty else { return }
    if pending.last == 0x0D { pending.removeLast() }
    line += 1
    try onLine(pending, line)
    pending.removeAll()
  }
}
