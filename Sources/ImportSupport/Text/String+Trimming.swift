extension StringProtocol {
  /// The text without leading and trailing white space and line breaks.
  ///
  /// Much faster than Foundation's `trimmingCharacters(in:)` on Linux, which bridges through
  /// `NSString`; import loops call it for every field. Text that starts and ends with a visible
  /// ASCII character (most fields) is returned without looking at its characters: no white space
  /// starts or ends with such a byte, and no character can end with one unless it is that byte.
  public var trimmed: String {
    if let string = self as? String {
      if Self.isTrimmed(string.utf8) { return string }
    } else if let substring = self as? Substring, Self.isTrimmed(substring.utf8) {
      return String(substring)
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    if first == startIndex && index(after: last) == endIndex, let string = self as? String { return string }
    return String(self[first...last])
  }

  /// True when the text starts and ends with a visible ASCII character.
  private static func isTrimmed<Bytes: BidirectionalCollection<UInt8>>(_ utf8: Bytes) -> Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
  }
}
