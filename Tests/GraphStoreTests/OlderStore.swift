import Foundation
import GRDB
import TestSupport

@testable import GraphStore

/// A store as an older Rekindle left it: the schema migrated up to `version` and no further,
/// holding the rows `sql` inserts. Returns the file's path; opening it with ``GraphDatabase``
/// runs the migrations after `version`.
func olderStore(upTo version: String, holding sql: String) throws -> String {
  let path = try ZipBuilder.temporaryDirectory().appendingPathComponent("older.sqlite").path
  let queue = try DatabaseQueue(path: path)
  try GraphDatabase.migrator.migrate(queue, upTo: version)
  try queue.write { db in try db.execute(sql: sql) }
  try queue.close()
  return path
}

/// Rows an older store's tests start from.
enum OlderStoreRows {
  /// One LinkedIn import (id 1) and one identity (id 1, `priya`) with her person.
  static let linkedInImportOfPriya = """
    INSERT INTO import (id, location, platform, startedAt, finishedAt) VALUES
      (1, 'linkedin.zip', 'linkedin', 1800000000000, 1800000001000);
    INSERT INTO person (id) VALUES ('p-priya');
    INSERT INTO identity (id, platform, nativeId, idKind, personId, displayName) VALUES
      (1, 'linkedin', 'priya', 'profileURL', 'p-priya', 'Priya Natarajan');
    """
}
