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
