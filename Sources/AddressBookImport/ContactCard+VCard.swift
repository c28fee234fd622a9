import ImportSupport

extension ContactCard {
  /// Reads a parsed vCard's properties.
  init(vCard properties: [ContentLine]) {
    self.init()
    for property in properties {
      switch property.name {
      case "UID": uid = property.text.trimmed
      case "FN": displayName = property.text.trimmed
      case "N":
        let parts = property.components
        lastName = parts.first.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
        firstName = parts.count > 1 && !parts[1].trimmed.isEmpty ? parts[1].trimmed : nil
      case "EMAIL": add(email: property.text)
      case "TEL": add(phone: property.text)
      case "URL", "IMPP": add(url: property.text)
      case "X-SOCIALPROFILE":
        // Apple: `X-SOCIALPROFILE;type=twitter;x-user=bobm:http://twitter.com/bobm`.
        let value = property.text.trimmed
        if value.contains("/") || value.contains(":") {
          add(url: value)
        } else if let user = property.parameterValue("X-USER"),
          let service = property.parameterValue("TYPE")
        {
          add(url: "\(service.lowercased()):\(user)")
        } else {
          add(url: value)
        }
      case "ORG": company = property.components.first.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }
      case "TITLE": title = property.text.trimmed
      default: break
      }
    }
    if displayName == nil || displayName?.isEmpty == true {
      let joined = [firstName, lastName].compactMap { $0 }.joined(separator: " ")
      displayName = joined.isEmpty ? nil : joined
    }
  }
}
