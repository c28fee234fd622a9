import GRDB

extension GraphDatabase {
  /// Migration v13: what `rekindle at` needs to say where a person works and since when.
  ///
  /// - `import.newestRecordAt`: the newest date among an archive's records (messages, calls,
  ///   connections), which is how old the export is, as far as its records tell.
  /// - `identity.companyImportId`: the import that last stated the identity's company.
  /// - `change.beforeCompany` and `change.afterCompany`: a job change's companies, apart from
  ///   the titles (`before` and `after` stay the sentences shown: "Engineer at Northwind").
  ///
  /// A store made before gets them from what it holds: an import's newest interaction or
  /// connection, the last finished import of the identity's platform that stated companies, and
  /// the companies read back from the sentences (after their last " at ").
  static func addEmploymentEvidence(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE import ADD COLUMN newestRecordAt INTEGER;
        ALTER TABLE identity ADD COLUMN companyImportId INTEGER;
        ALTER TABLE change ADD COLUMN beforeCompany TEXT;
        ALTER TABLE change ADD COLUMN afterCompany TEXT;
        UPDATE import SET newestRecordAt = (
          SELECT MAX(newest) FROM (
            SELECT MAX(timestamp) AS newest FROM interaction
            WHERE importId = import.id AND kind <> 'meeting' AND timestamp <= import.startedAt
            UNION ALL
            SELECT MAX(since) FROM connection WHERE firstImportId = import.id AND since <= import.startedAt
          )
        );
        UPDATE identity SET companyImportId = (
          SELECT MAX(m.id) FROM import m
          WHERE m.platform = identity.platform AND m.finishedAt IS NOT NULL AND m.contacts > 0
        ) WHERE company IS NOT NULL;
        """)
    let changes = try Row.fetchAll(db, sql: "SELECT id, before, after FROM change WHERE kind = 'job'")
    for row in changes {
      try db.execute(
        sql: "UPDATE change SET beforeCompany = ?, afterCompany = ? WHERE id = ?",
        arguments: [company(inJob: row[1]), company(inJob: row[2]), row[0] as Int64])
    }
  }

  /// The company of a job as an earlier version wrote it ("Engineer at Northwind", or a company
  /// alone): the text after the last " at ".
  static func company(inJob text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    guard let range = text.range(of: " at ", options: .backwards) else { return text }
    let company = text[range.upperBound...]
    return company.isEmpty ? nil : String(company)
  }
}
