import GRDB

extension GraphDatabase {
  /// The number of rows of each graph table (`person`, `identity`, `interaction`, ...), keyed by
  /// table name.
  public func tableCounts() throws -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for table in [
        "owner_account", "owner_email", "person", "identity", "identity_attribute", "connection",
        "interaction",
        "interaction_participant", "tie",
      ] {
        counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
      }
      return counts
    }
  }
}
