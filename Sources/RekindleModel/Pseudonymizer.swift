/// Stable pseudonyms for what identifies people (names, e-mails, phones, handles, message text),
/// so that a report or an export can be shared: the same value always gets the same pseudonym
/// under one key, and without the key a pseudonym cannot be checked against a guessed name.
public struct Pseudonymizer: Sendable {
  private let key: String

  /// `key` is the store's secret (`TieStore.redactionKey()`): pseudonyms differ between
  /// stores.
  public init(key: String) {
    self.key = key
  }

  /// Eight hexadecimal digits for `value` in the namespace `kind`.
  public func tag(_ kind: String, _ value: String) -> String {
    var hash = StableHash()
    hash.combine(key)
    hash.combine(kind)
    hash.combine(value)
    return String(hash.hex.prefix(8))
  }

  /// `Person 3fa2c1d0`, the same for every record of one person.
  public func name(personId: String) -> String { "Person " + tag("person", personId) }

  public func email(_ value: String) -> String {
    "user-" + tag("email", value.lowercased()) + "@example.invalid"
  }

  /// A number in the range reserved for fiction (`+1 555 01xx`-like), stable per number.
  public func phone(_ value: String) -> String {
    let digits = tag("phone", value.filter(\.isNumber)).compactMap(\.hexDigitValue).map { String($0 % 10) }
    return "+1555" + digits.prefix(7).joined()
  }

  public func handle(_ value: String) -> String { "user" + tag("handle", value.lowercased()) }

  public func url(_ value: String) -> String { "https://example.invalid/" + tag("url", value) }

  /// An opaque stand-in for an id that may embed a name or an address.
  public func opaque(_ value: String) -> String { "x-" + tag("id", value) }

  /// `[message 1a2b3c4d, 42 characters]`: the length stays, the words go.
  public func text(_ value: String) -> String { "[message \(tag("text", value)), \(value.count) characters]" }

  public func place(_ value: String) -> String { "Place " + tag("place", value) }
}
