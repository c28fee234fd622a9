import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The store's secret key for pseudonyms (`--redact`), made at first use from the system's
  /// random source and kept in the store (which only its owner can read).
  public func redactionKey() throws -> String {
    try write { db in
      if let key = try String.fetchOne(db, sql: "SELECT value FROM secret WHERE name = 'redaction'") {
        return key
      }
      var generator = SystemRandomNumberGenerator()
      let key = (0..<4).map { _ in String(generator.next(), radix: 16) }.joined()
      try db.execute(sql: "INSERT INTO secret (name, value) VALUES ('redaction', ?)", arguments: [key])
      return key
    }
  }
}

extension ExportedOwner {
  func redacted(by pseudonyms: Pseudonymizer) -> Self {
    var record = self
    record.nativeId = nativeId.map(pseudonyms.opaque)
    record.displayName = displayName.map { _ in "You" }
    record.handle = handle.map(pseudonyms.handle)
    record.emails = emails.map(pseudonyms.email)
    return record
  }
}

extension ExportedPerson {
  func redacted(by pseudonyms: Pseudonymizer) -> Self {
    var record = self
    record.displayName = pseudonyms.name(personId: id)
    record.profileURL = profileURL.map(pseudonyms.url)
    record.identities = identities.map { identity in
      var identity = identity
      identity.nativeId = pseudonyms.opaque(identity.nativeId)
      identity.displayName = identity.displayName.map { _ in pseudonyms.name(personId: id) }
      identity.handle = identity.handle.map(pseudonyms.handle)
      identity.profileURL = identity.profileURL.map(pseudonyms.url)
      return identity
    }
    return record
  }
}

extension ExportedIdentity {
  func redacted(by pseudonyms: Pseudonymizer) -> Self {
    var record = self
    let name = pseudonyms.name(personId: personId)
    record.nativeId = pseudonyms.opaque(nativeId)
    record.displayName = displayName.map { _ in name }
    record.firstName = firstName.map { _ in "Person" }
    record.lastName = lastName.map { _ in pseudonyms.tag("person", personId) }
    record.handle = handle.map(pseudonyms.handle)
    record.emails = emails.map(pseudonyms.email)
    record.phones = phones.map(pseudonyms.phone)
    record.profileURLs = profileURLs.map(pseudonyms.url)
    record.profileURL = profileURL.map(pseudonyms.url)
    return record
  }
}

extension ExportedInteraction {
  func redacted(by pseudonyms: Pseudonymizer) -> Self {
    var record = self
    record.conversationId = conversationId.map(pseudonyms.opaque)
    record.text = text.map(pseudonyms.text)
    record.location = location.map(pseudonyms.place)
    return record
  }
}

extension GraphDatabase {
  /// Every record as ``forEachRecord(of:_:)`` gives it, with names, e-mails, phones, handles,
  /// native ids, profile URLs, message text, conversation ids and places replaced by stable
  /// pseudonyms; ids, platforms, kinds, dates and counts stay.
  public func forEachRedactedRecord(
    of types: Set<RecordType> = Set(RecordType.allCases), _ body: (any Encodable & Sendable) throws -> Void
  ) throws {
    let pseudonyms = Pseudonymizer(key: try redactionKey())
    try forEachRecord(of: types) { record in
      switch record {
      case let owner as ExportedOwner: try body(owner.redacted(by: pseudonyms))
      case let person as ExportedPerson: try body(person.redacted(by: pseudonyms))
      case let identity as ExportedIdentity: try body(identity.redacted(by: pseudonyms))
      case let interaction as ExportedInteraction: try body(interaction.redacted(by: pseudonyms))
      default: try body(record)
      }
    }
  }
}
