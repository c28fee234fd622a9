import ImportSupport
import MarkupReading

/// Reads xCard (RFC 6351, `<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">`) from XML events,
/// handing on each card when its `<vcard>` ends.
struct XCardReader {
  static let namespace = "urn:ietf:params:xml:ns:vcard-4.0"

  private var card: ContactCard?
  /// Element names below `<vcard>`.
  private var path: [String] = []
  private var text = ""
  private var surname: String?
  private var given: String?

  mutating func consume(_ event: XMLStreamReader.Event, _ emit: (ContactCard) throws -> Void) throws {
    switch event {
    case .start(let name, let namespace, _):
      text = ""
      guard namespace == Self.namespace else { return }
      if name == "vcard" {
        card = ContactCard()
        path = []
      } else if card != nil {
        path.append(name)
      }
    case .text(let value):
      text += value
    case .end(let name, let namespace):
      defer { text = "" }
      guard namespace == Self.namespace, var current = card else { return }
      if name == "vcard" {
        if current.displayName == nil {
          let joined = [given, surname].compactMap { $0 }.joined(separator: " ")
          current.displayName = joined.isEmpty ? nil : joined
        }
        current.firstName = given
        current.lastName = surname
        card = nil
        surname = nil
        given = nil
        try emit(current)
        return
      }
      defer { if !path.isEmpty { path.removeLast() } }
      // Values sit in <text> or <uri> under a property, not under <parameters>.
      guard path.count == 2 else { return }
      let value = text.trimmed
      guard !value.isEmpty else { return }
      switch (path[0], name) {
      case ("fn", "text"): current.displayName = value
      case ("n", "surname"): surname = value
      case ("n", "given"): given = value
      case ("email", "text"): current.add(email: value)
      case ("tel", "uri"), ("tel", "text"): current.add(phone: value)
      case ("url", "uri"), ("impp", "uri"): current.add(url: value)
      case ("org", "text"): current.company = current.company ?? value
      case ("title", "text"): current.title = value
      case ("uid", "uri"), ("uid", "text"): current.uid = value
      default: break
      }
      card = current
    }
  }
}
