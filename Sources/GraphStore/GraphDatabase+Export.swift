import Foundation
import GRDB
import RekindleModel

extension GraphDatabase {
  /// The record types the store can stream, in export order.
  public enum RecordType: String, CaseIterable, Sendable {
    case owner, person, identity, connection, tie, interaction
  }

  /// Streams every record of the store, one at a time, in a single read transaction (so the
  /// export is consistent even while another process imports).
  ///
  /// - Parameters:
  ///   - types: the record types to stream, in ``RecordType`` order.
  ///   - body: called with each record, in order, inside the read transaction.
  public func forEachRecord(
    of types: Set<RecordType> = Set(RecordType.allCases), _ body: (any Encodable & Sendable) throws -> Void
  ) throws {
    try read { db in
      if types.contains(.owner) { try owners(db, body) }
      if types.contains(.person) { try persons(db, body) }
      if types.contains(.identity) { try identities(db, body) }
      if types.contains(.connection) { try connections(db, body) }
      if types.contains(.tie) { try ties(db, body) }
      if types.contains(.interaction) { try interactions(db, body) }
    }
  }

  private func owners(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT o.platform, o.nativeId, o.idKind, o.displayName, o.handle,
          (SELECT json_group_array(email) FROM owner_email e WHERE e.platform = o.platform)
        FROM owner_account o ORDER BY o.platform, o.nativeId
        """)
    while let row = try rows.next() {
      let nativeId: String = row[1]
      try body(
        ExportedOwner(
          platform: try Self.known(row[0], in: "owner_account.platform"),
          nativeId: nativeId.isEmpty ? nil : nativeId, idKind: row[2], displayName: row[3],
          handle: row[4], emails: Self.stringArray(row[5])))
    }
  }

  private func persons(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT personId, platform, nativeId, idKind, displayName, handle FROM identity ORDER BY personId, platform, nativeId
        """)
    var current: ExportedPerson?
    while let row = try rows.next() {
      let personId: String = row[0]
      let platform: String = row[1]
      let nativeId: String = row[2]
      let reference = ExportedPerson.IdentityRef(
        id: Self.identityId(platform: platform, nativeId: nativeId),
        platform: try Self.known(platform, in: "identity.platform"), nativeId: nativeId, idKind: row[3],
        displayName: row[4], handle: row[5],
        profileURL: Self.profileURL(platform: platform, nativeId: nativeId, idKind: row[3], handle: row[5]))
      if current?.id != personId {
        if let current { try body(Self.named(current)) }
        current = ExportedPerson(id: personId, displayName: "", identities: [])
      }
      current?.identities.append(reference)
    }
    if let current { try body(Self.named(current)) }
  }

  /// The person with its display name (``PersonLabel``) and the first profile link of its
  /// identities.
  static func named(_ person: ExportedPerson) -> ExportedPerson {
    var person = person
    var label = PersonLabel()
    for identity in person.identities {
      label.offer(
        platform: identity.platform.rawValue, nativeId: identity.nativeId, idKind: identity.idKind,
        displayName: identity.displayName, handle: identity.handle)
    }
    person.displayName = label.text ?? person.id
    person.profileURL = person.identities.lazy.compactMap(\.profileURL).first
    return person
  }

  private func identities(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT i.personId, i.platform, i.nativeId, i.idKind, i.displayName, i.firstName, i.lastName, i.handle,
          i.company, i.title,
          (SELECT json_group_array(value) FROM identity_attribute a WHERE a.identityId = i.id AND a.kind = 'email'),
          (SELECT json_group_array(value) FROM identity_attribute a WHERE a.identityId = i.id AND a.kind = 'phone'),
          (SELECT json_group_array(value) FROM identity_attribute a WHERE a.identityId = i.id AND a.kind = 'url')
        FROM identity i ORDER BY i.personId, i.platform, i.nativeId
        """)
    while let row = try rows.next() {
      let platform: String = row[1]
      let nativeId: String = row[2]
      try body(
        ExportedIdentity(
          id: Self.identityId(platform: platform, nativeId: nativeId), personId: row[0],
          platform: try Self.known(platform, in: "identity.platform"),
          nativeId: nativeId, idKind: row[3], displayName: row[4], firstName: row[5], lastName: row[6],
          handle: row[7], company: row[8], title: row[9], emails: Self.stringArray(row[10]),
          phones: Self.stringArray(row[11]), profileURLs: Self.stringArray(row[12]),
          profileURL: Self.profileURL(
            platform: platform, nativeId: nativeId, idKind: row[3], handle: row[7],
            profileURLs: Self.stringArray(row[12]))))
    }
  }

  private func connections(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT i.personId, i.platform, i.nativeId, c.kind, c.since
        FROM connection c JOIN identity i ON i.id = c.identityId ORDER BY i.personId, i.platform, c.kind
        """)
    while let row = try rows.next() {
      let platform: String = row[1]
      try body(
        ExportedConnection(
          personId: row[0], identityId: Self.identityId(platform: platform, nativeId: row[2]),
          platform: try Self.known(platform, in: "identity.platform"),
          kind: try Self.known(row[3], in: "connection.kind"),
          since: (row[4] as Int64?).map(Self.isoTimestamp)))
    }
  }

  private func ties(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT a.platform, a.personId, a.nativeId, b.personId, b.platform, b.nativeId, t.weight
        FROM tie t JOIN identity a ON a.id = t.firstId JOIN identity b ON b.id = t.secondId
        ORDER BY a.personId, b.personId
        """)
    while let row = try rows.next() {
      let platform: String = row[0]
      try body(
        ExportedTie(
          platform: try Self.known(platform, in: "identity.platform"), personIds: [row[1], row[3]],
          identityIds: [
            Self.identityId(platform: platform, nativeId: row[2]),
            Self.identityId(platform: row[4], nativeId: row[5]),
          ], weight: row[6]))
    }
  }

  private func interactions(_ db: Database, _ body: (any Encodable & Sendable) throws -> Void) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT x.platform, x.sourceKey, x.kind, x.direction, x.timestamp, x.conversationId, x.isGroup,
          (SELECT personId FROM identity WHERE id = x.counterpartId),
          CASE WHEN EXISTS (SELECT 1 FROM interaction_participant WHERE interactionId = x.id)
            THEN (SELECT json_group_array(i.personId) FROM interaction_participant p
              JOIN identity i ON i.id = p.identityId WHERE p.interactionId = x.id)
            WHEN x.counterpartId IS NULL THEN '[]'
            ELSE json_array((SELECT personId FROM identity WHERE id = x.counterpartId)) END,
          x.text, x.inPerson, x.location
        FROM interaction x ORDER BY x.timestamp, x.id
        """)
    while let row = try rows.next() {
      let platform: String = row[0]
      let sourceKey: String = row[1]
      try body(
        ExportedInteraction(
          id: platform + ":" + sourceKey, platform: try Self.known(platform, in: "interaction.platform"),
          kind: try Self.known(row[2], in: "interaction.kind"),
          direction: try Self.known(row[3], in: "interaction.direction"),
          timestamp: Self.isoTimestamp(row[4]), conversationId: row[5], isGroup: row[6], personId: row[7],
          personIds: Self.stringArray(row[8]), text: row[9], inPerson: row[10], location: row[11]))
    }
  }

  /// The value of an enum column as the store wrote it. One this version does not know means the
  /// store was written by a newer Rekindle (or edited by hand): the export stops rather than
  /// leave the row out.
  static func known<Value: RawRepresentable>(_ raw: String, in column: String) throws -> Value
  where Value.RawValue == String {
    guard let value = Value(rawValue: raw) else {
      throw StoreError(
        "the store holds \(column) '\(raw)', which this version of rekindle does not know: "
          + "update rekindle to export this store", code: .other)
    }
    return value
  }

  /// The public profile address of an identity row (``ProfileLink``).
  static func profileURL(
    platform: String, nativeId: String, idKind: String?, handle: String?, profileURLs: [String] = []
  ) -> String? {
    IdentityKey(platform: platform, nativeId: nativeId, idKind: idKind).flatMap {
      ProfileLink.url(for: $0, handle: handle, profileURLs: profileURLs)
    }
  }

  /// The stable id of an identity (`i-…`).
  static func identityId(platform: String, nativeId: String) -> String {
    "i-" + StableHash.hex(platform, nativeId)
  }

  /// Decodes a JSON array of strings produced by `json_group_array`.
  static func stringArray(_ json: String?) -> [String] {
    guard let json, let data = json.data(using: .utf8),
      let values = try? JSONDecoder().decode([String?].self, from: data)
    else { return [] }
    return values.compactMap { $0 }
  }

  /// Milliseconds since 1970 as `2024-03-05T14:02:11.000Z`.
  static func isoTimestamp(_ milliseconds: Int64) -> String {
    let seconds = Int64((Double(milliseconds) / 1000).rounded(.down))
    let millis = Int(milliseconds - seconds * 1000)
    var days = seconds / 86_400
    var rest = seconds - days * 86_400
    if rest < 0 {
      rest += 86_400
      days -= 1
    }
    let (year, month, day) = civil(fromDays: days)
    func pad(_ value: Int64, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):"
      + "\(pad(rest % 60, 2)).\(pad(Int64(millis), 3))Z"
  }

  /// Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
  private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
