/// Turns the HTML fragments some exports put in text fields into plain text.
///
/// LinkedIn writes InMail bodies as `<p class=...>` markup and 2018 messages with entities such
/// as `&rsquo;`; Twitter/X escapes `<`, `>` and `&` in tweets and messages.
public enum HTMLText {
  /// The text with tags removed (block tags become line breaks) and entities decoded.
  public static func plain(_ html: String) -> String {
    let isMarkup: (UInt8) -> Bool = { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
    // Over the contiguous bytes (a native string's), much faster than through the UTF-8 view.
    let hasMarkup = html.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkup) }
    guard hasMarkup ?? html.utf8.contains(where: isMarkup) else { return html }
    var output = ""
    output.reserveCapacity(html.utf8.count)
    var index = html.startIndex
    while index < html.endIndex {
      let character = html[index]
      if character == "<", let close = html[index...].firstIndex(of: ">"),
        html.distance(from: index, to: close) < 512, Self.looksLikeTag(html[html.index(after: index)..<close])
      {
        let tag = html[html.index(after: index)..<close].lowercased()
        if tag.hasPrefix("br") || tag.hasPrefix("/p") || tag.hasPrefix("/div") || tag.hasPrefix("/li") {
          output.append("\n")
        }
        index = html.index(after: close)
      } else if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
        let decoded = entity(html[html.index(after: index)..<semicolon])
      {
        output.append(decoded)
        index = html.index(after: semicolon)
      } else {
        // This character and the text after it up to the next `<` or `&`, at once (ending on a
        // character's start: a `<` inside one, after a prepended mark, is taken as it was).
        let next = html.index(after: index)
        let markup = nextMarkup(in: html, from: next, where: isMarkup)
        let runEnd = markup.samePosition(in: html) ?? next
        output.append(contentsOf: html[index..<runEnd])
        index = runEnd
      }
    }
    return output.trimmed
  }

  /// The index of the first byte at or after `start` that `isMarkup` accepts, or the end.
  private static func nextMarkup(in html: String, from start: String.Index, where isMarkup: (UInt8) -> Bool)
    -> String.Index
  {
    let utf8 = html.utf8
    let offset = utf8.distance(from: utf8.startIndex, to: start)
    let found = utf8.withContiguousStorageIfAvailable { bytes in
      bytes[offset...].firstIndex(where: isMarkup)
    }
    guard let found else { return utf8[start...].firstIndex(where: isMarkup) ?? html.endIndex }
    return found.map { utf8.index(utf8.startIndex, offsetBy: $0) } ?? html.endIndex
  }

  private static func looksLikeTag(_ inner: Substring) -> Bool {
    guard let first = inner.first else { return false }
    return first.isLetter || first == "/" || first == "!"
  }

  private static let named: [Substring: Character] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "rsquo": "\u{2019}",
    "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "ndash": "\u{2013}", "mdash": "\u{2014}",
    "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "agrave": "à", "uuml": "ü", "ouml": "ö", "auml": "ä",
    "szlig": "ß", "ccedil": "ç", "euro": "€", "copy": "©", "reg": "®", "trade": "™", "bull": "•",
  ]

  private static func entity(_ name: Substring) -> Character? {
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map(Character.init)
    }
    if name.hasPrefix("#") {
      return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map(Character.init)
    }
    return named[name]
  }
}
