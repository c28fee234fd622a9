import Foundation
import GRDB

extension GraphDatabase {
  /// Pairs of persons who know each other (edges of imported graph files), each pair once, with
  /// the largest weight given; `nil` weights when none was.
  public func personTies() throws -> [(first: String, second: String, weight: Double?)] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT MIN(a.personId, b.personId), MAX(a.personId, b.personId), MAX(t.weight)
          FROM tie t JOIN identity a ON a.id = t.firstId JOIN identity b ON b.id = t.secondId
          WHERE a.personId != b.personId
          GROUP BY 1, 2 ORDER BY 1, 2
          """
      ).map { ($0[0], $0[1], $0[2]) }
    }
  }

  /// The owner's name: the first display name of their accounts, else `nil`.
  public func ownerName() throws -> String? {
    try read { db in
      try String.fetchOne(
        db,
        sql: "SELECT displayName FROM owner_account WHERE displayName IS NOT NULL ORDER BY platform LIMIT 1")
    }
  }
}
