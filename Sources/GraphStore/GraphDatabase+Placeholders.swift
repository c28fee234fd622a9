import GRDB
import RekindleModel

extension GraphDatabase {
  /// Brings a store made by an earlier version up to what the readers now keep: names cleaned of
  /// invisible characters (``DisplayName``), and no identity for a placeholder (``PlaceholderAccount``:
  /// `LinkedIn Member`, `Facebook user`, `__deleted__…`, Twitter/X `-1`), nor anything that hangs
  /// on one (its connections, the interactions it was the other side of, its evidence and
  /// changes). A group message keeps its other participants. Run once, by migration v12.
  ///
  /// - Returns: the number of placeholder identities removed.
  @discardableResult
  static func removePlaceholders(_ db: Database) throws -> Int {
    var placeholders: [Int64] = []
    let rows = try Row.fetchAll(
      db, sql: "SELECT id, platform, nativeId, idKind, displayName, firstName, lastName FROM identity")
    let update = try db.makeStatement(
      sql: "UPDATE identity SET displayName = ?, firstName = ?, lastName = ? WHERE id = ?")
    for row in rows {
      let id: Int64 = row[0]
      let nativeId: String = row[2]
      let names: [String?] = [row[4], row[5], row[6]]
      if let platform = Platform(rawValue: row[1]), isPlaceholder(platform, nativeId, idKind: row[3]) {
        placeholders.append(id)
        continue
      }
      let cleaned = names.map(DisplayName.cleaned)
      if cleaned != names { try update.execute(arguments: [cleaned[0], cleaned[1], cleaned[2], id]) }
    }
    guard !placeholders.isEmpty else { return 0 }
    try db.execute(sql: "CREATE TEMP TABLE placeholder (id INTEGER PRIMARY KEY)")
    defer { try? db.execute(sql: "DROP TABLE temp.placeholder") }
    let insert = try db.makeStatement(sql: "INSERT INTO temp.placeholder (id) VALUES (?)")
    for id in placeholders { try insert.execute(arguments: [id]) }
    try db.execute(
      sql: """
        CREATE TEMP TABLE orphaned AS
          SELECT DISTINCT interactionId AS id FROM interaction_participant
          WHERE identityId IN temp.placeholder;
        DELETE FROM interaction_participant WHERE identityId IN temp.placeholder
          OR interactionId IN (SELECT id FROM interaction WHERE counterpartId IN temp.placeholder);
        DELETE FROM interaction WHERE counterpartId IN temp.placeholder;
        DELETE FROM interaction WHERE id IN temp.orphaned AND counterpartId IS NULL
          AND NOT EXISTS (SELECT 1 FROM interaction_participant p WHERE p.interactionId = interaction.id);
        DROP TABLE temp.orphaned;
        DELETE FROM connection WHERE identityId IN temp.placeholder;
        DELETE FROM identity_attribute WHERE identityId IN temp.placeholder;
        DELETE FROM merge_evidence WHERE firstId IN temp.placeholder OR secondId IN temp.placeholder;
        DELETE FROM tie WHERE firstId IN temp.placeholder OR secondId IN temp.placeholder;
        DELETE FROM change WHERE identityId IN temp.placeholder;
        DELETE FROM identity WHERE id IN temp.placeholder;
        DELETE FROM person WHERE id NOT IN (SELECT personId FROM identity);
        """)
    return placeholders.count
  }

  /// Whether an identity row stands for no one: a placeholder name kept as the key (LinkedIn
  /// members without a profile URL, Meta display names), a deleted username, an id for no account.
  private static func isPlaceholder(_ platform: Platform, _ nativeId: String, idKind: String?) -> Bool {
    switch NativeIDKind(rawValue: idKind ?? "") {
    case .displayName:
      // A name of invisible characters only is a person without a visible name, not a placeholder.
      nativeId.isEmpty
        || (DisplayName.cleaned(nativeId) != nil
          && PlaceholderAccount.isPlaceholder(name: nativeId, on: platform))
    case .username: PlaceholderAccount.isPlaceholder(username: nativeId, on: platform)
    case .accountID:
      platform == .twitter && PlaceholderAccount.isPlaceholder(accountID: nativeId, on: platform)
    default: false
    }
  }
}
