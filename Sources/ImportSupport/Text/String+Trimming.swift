extension StringProtocol {
  /// The text without leading and trailing white space and line breaks.
  ///
  /// Much faster than Foundation's `trimmingCharacters(in:)` on Linux, which bridges through
  /// `NSString`. Code generic over `StringProtocol` lands here; `String` and `Substring` have
  /// their own versions, which look at two bytes for most fields (see ``Swift/String/trimmed``).
  public var trimmed: String {
    if let string = self as? String { return string.trimmed }
    if let substring = self as? Substring { return substring.trimmed }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}

extension String {
  /// The text without leading and trailing white space and line breaks.
  ///
  /// Text that starts and ends with a visible ASCII character (most fields) is returned without
  /// looking at its characters: no white space starts or ends with such a byte, and no character
  /// can end with one unless it is that byte. (Concrete, not generic: called for every field, the
  /// generic version's casts and witness calls cost 600 instructions for those two bytes.)
  public var trimmed: String {
    if utf8.isTrimmed { return self }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    if first == startIndex && index(after: last) == endIndex { return self }
    return String(self[first...last])
  }
}

extension Substring {
  /// The text without leading and trailing white space and line breaks, as a `String`
  /// (see ``Swift/String/trimmed``).
  public var trimmed: String {
    if utf8.isTrimmed { return String(self) }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}

extension BidirectionalCollection<UInt8> {
  /// True when the text starts and ends with a visible ASCII character.
  @inline(__always)
  fileprivate var isTrimmed: Bool {
    guard let first, let last else { return false }
    return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
  }
}
