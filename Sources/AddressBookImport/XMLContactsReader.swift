import Foundation
import ImportSupport
import MarkupReading

/// Reads address books written in XML: xCard (RFC 6351, `<vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0">`)
/// and FOAF (RDF/XML, `foaf:Person`, `foaf:knows`), streaming with libxml2.
struct XMLContactsReader {
  static let xCardNamespace = "urn:ietf:params:xml:ns:vcard-4.0"
  static let foafNamespace = "http://xmlns.com/foaf/0.1/"
  static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

  /// The cards of an xCard document.
  static func xCards(_ data: Data) throws -> [ContactCard] {
    let reader = try XMLStreamReader(data: data)
    var cards: [ContactCard] = []
    var card: ContactCard?
    var path: [String] = []  // element names below <vcard>
    var text = ""
    var surname: String?
    var given: String?
    while let event = try reader.next() {
      switch event {
      case .start(let name, let namespace, _):
        guard namespace == xCardNamespace else { continue }
        if name == "vcard" {
          card = ContactCard()
          path = []
        } else if card != nil {
          path.append(name)
          text = ""
        }
      case .text(let value):
        text += value
      case .end(let name, let namespace):
        guard namespace == xCardNamespace, var current = card else { continue }
        if name == "vcard" {
          if current.displayName == nil {
            let joined = [given, surname].compactMap { $0 }.joined(separator: " ")
            current.displayName = joined.isEmpty ? nil : joined
          }
          current.firstName = given
          current.lastName = surname
          cards.append(current)
          card = nil
          surname = nil
          given = nil
          continue
        }
        defer { if !path.isEmpty { path.removeLast() } }
        // Values sit in <text> or <uri> under a property, not under <parameters>.
        guard path.count == 2 else { continue }
        let property = path[0]
        let value = text.trimmed
        text = ""
        guard !value.isEmpty else { continue }
        switch (property, name) {
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
    return cards
  }

  /// A FOAF document: the person who `knows` the others (the owner), and the people they know.
  static func foaf(_ data: Data) throws -> (owner: ContactCard?, known: [ContactCard]) {
    let reader = try XMLStreamReader(data: data)
    var stack: [ContactCard] = []
    var depthInKnows = 0
    var owner: ContactCard?
    var known: [ContactCard] = []
    var text = ""
    var accountHome: String?
    var accountName: String?
    while let event = try reader.next() {
      switch event {
      case .start(let name, let namespace, let attributes):
        text = ""
        guard namespace == foafNamespace else { continue }
        let resource = attributes["resource"]
        switch name {
        case "Person": stack.append(ContactCard())
        case "knows": depthInKnows += 1
        case "mbox":
          if let resource, !stack.isEmpty {
            stack[stack.count - 1].add(
              email: String(resource.dropFirst(resource.hasPrefix("mailto:") ? 7 : 0)))
          }
        case "homepage", "weblog":
          if let resource, !stack.isEmpty { stack[stack.count - 1].add(url: resource) }
        case "OnlineAccount":
          accountHome = nil
          accountName = nil
        case "accountServiceHomepage": accountHome = resource
        default: break
        }
      case .text(let value):
        text += value
      case .end(let name, let namespace):
        guard namespace == foafNamespace else { continue }
        let value = text.trimmed
        text = ""
        switch name {
        case "name" where !stack.isEmpty && !value.isEmpty: stack[stack.count - 1].displayName = value
        case "givenName", "firstName":
          if !stack.isEmpty && !value.isEmpty { stack[stack.count - 1].firstName = value }
        case "familyName", "surname", "lastName":
          if !stack.isEmpty && !value.isEmpty { stack[stack.count - 1].lastName = value }
        case "phone": if !stack.isEmpty { stack[stack.count - 1].add(phone: value) }
        case "accountName": accountName = value
        case "OnlineAccount":
          if let accountName, !stack.isEmpty {
            let home = accountHome.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
            stack[stack.count - 1].add(url: home.isEmpty ? accountName : home + accountName)
          }
        case "knows": depthInKnows -= 1
        case "Person":
          // The first top-level person is the document's subject; people it knows, and any
          // other person described, are its contacts.
          guard let person = stack.popLast() else { continue }
          if depthInKnows > 0 || owner != nil { known.append(person) } else { owner = person }
        default: break
        }
      }
    }
    return (owner, known)
  }
}
