extension StringProtocol {
  /// The text without leading and trailing whitespace and newlines. Foundation's
  /// `trimmingCharacters(in:)` bridges to `NSString` on Linux, slow when a million identities
  /// are resolved.
  var trimmingWhitespace: Substring {
    let scalars = Substring(self).unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return Substring(scalars[start...end])
  }
}
