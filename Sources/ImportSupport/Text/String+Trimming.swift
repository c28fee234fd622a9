extension StringProtocol {
  /// The text without leading and trailing white space and line breaks.
  ///
  /// Much faster than Foundation's `trimmingCharacters(in:)` on Linux, which bridges through
  /// `NSString`; import loops call it for every field.
  public var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    if first == startIndex && index(after: last) == endIndex, let string = self as? String { return string }
    return String(self[first...last])
  }
}
