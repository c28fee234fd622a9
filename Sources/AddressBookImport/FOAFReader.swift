import ImportSupport
import MarkupReading

/// Reads FOAF (RDF/XML, `foaf:Person`, `foaf:knows`) from XML events: the first top-level person
/// is the document's subject (the owner); the people it knows, and any other person described,
/// are its contacts. Each person is handed on when its element ends.
struct FOAFReader {
  static let namespace = "http://xmlns.com/foaf/0.1/"

  enum Person {
    case owner(ContactCard)
    case known(ContactCard)
  }

  private var stack: [ContactCard] = []
  private var depthInKnows = 0
  private var ownerSeen = false
  private var text = ""
  private var accountHome: String?
  private var accountName: String?

  mutating func consume(_ event: XMLStreamReader.Event, _ emit: (Person) throws -> Void) throws {
    switch event {
    case .start(let name, let namespace, let attributes):
      text = ""
      guard namespace == Self.namespace else { return }
      let resource = attributes["resource"]
      switch name {
      case "Person": stack.append(ContactCard())
      case "knows": depthInKnows += 1
      case "mbox":
        if let resource {
          updateCurrent { $0.add(email: String(resource.dropFirst(resource.hasPrefix("mailto:") ? 7 : 0))) }
        }
      case "homepage", "weblog":
        if let resource { updateCurrent { $0.add(url: resource) } }
      case "OnlineAccount":
        accountHome = nil
        accountName = nil
      case "accountServiceHomepage": accountHome = resource
      default: break
      }
    case .text(let value):
      text += value
    case .end(let name, let namespace):
      let value = text.trimmed
      text = ""
      guard namespace == Self.namespace else { return }
      switch name {
      case "name" where !value.isEmpty: updateCurrent { $0.displayName = value }
      case "givenName", "firstName": if !value.isEmpty { updateCurrent { $0.firstName = value } }
      case "familyName", "surname", "lastName": if !value.isEmpty { updateCurrent { $0.lastName = value } }
      case "phone": updateCurrent { $0.add(phone: value) }
      case "accountName": accountName = value
      case "OnlineAccount":
        if let accountName {
          let home = accountHome.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
          updateCurrent { $0.add(url: home.isEmpty ? accountName : home + accountName) }
        }
      case "knows": depthInKnows -= 1
      case "Person":
        guard let person = stack.popLast() else { return }
        if depthInKnows > 0 || ownerSeen {
          try emit(.known(person))
        } else {
          ownerSeen = true
          try emit(.owner(person))
        }
      default: break
      }
    }
  }

  private mutating func updateCurrent(_ change: (inout ContactCard) -> Void) {
    guard !stack.isEmpty else { return }
    change(&stack[stack.count - 1])
  }
}
