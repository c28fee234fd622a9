import ImportSupport
import RekindleModel

/// What an address-book entry says about a person, from a vCard or a Google Contacts CSV row,
/// before it becomes an identity.
struct ContactCard: Equatable {
  var uid: String?
  var displayName: String?
  var firstName: String?
  var lastName: String?
  var emails: [String] = []
  var phones: [String] = []
  var profileURLs: [String] = []
  var company: String?
  var title: String?

  /// The identity this card is: keyed by `UID`, else its first e-mail, else its first phone,
  /// else its name; `nil` for a card with none of these.
  var identity: IdentityRecord? {
    let key: IdentityKey
    if let uid, !uid.isEmpty {
      key = IdentityKey(platform: .contacts, nativeId: uid, kind: .contactUID)
    } else if let email = emails.first {
      key = IdentityKey(platform: .contacts, nativeId: email, kind: .email)
    } else if let phone = phones.first {
      key = IdentityKey(platform: .contacts, nativeId: phone, kind: .phone)
    } else if let name = displayName, !name.isEmpty {
      key = IdentityKey(platform: .contacts, nativeId: name, kind: .displayName)
    } else {
      return nil
    }
    return IdentityRecord(
      key: key, displayName: displayName, firstName: firstName, lastName: lastName, emails: emails,
      phones: phones,
      profileURLs: profileURLs, company: company, title: title)
  }

  /// Adds an e-mail, lowercased, once.
  mutating func add(email: String) {
    let value = email.trimmed.lowercased()
    if value.contains("@") && !emails.contains(value) { emails.append(value) }
  }

  /// Adds a phone number with only its digits and a leading `+` kept (`tel:` URIs accepted,
  /// without their parameters).
  mutating func add(phone: String) {
    var text = phone.trimmed
    if text.lowercased().hasPrefix("tel:") {
      // A tel URI's parameters (`;ext=102`) are not part of the number.
      text = String(text.dropFirst(4).prefix { $0 != ";" })
    }
    let plus = text.first == "+" ? "+" : ""
    let digits = text.filter(\.isASCII).filter(\.isNumber)
    let value = plus + digits
    if digits.count >= 3 && !phones.contains(value) { phones.append(value) }
  }

  /// Adds a profile URL or handle, once.
  mutating func add(url: String) {
    let value = url.trimmed
    if !value.isEmpty && !profileURLs.contains(value) { profileURLs.append(value) }
  }
}
