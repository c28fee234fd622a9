import Foundation
import GRDB
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// Migration v13: a store made before `rekindle at` gets the dates and companies it reads from
/// what the store holds.
struct EmploymentMigrationTests {
  @Test func `a v12 store gets export dates, company imports and job changes' companies`() throws {
    let path = try olderStore(
      upTo: "v12: placeholders and invisible names",
      holding: """
        INSERT INTO import (id, location, platform, startedAt, finishedAt, contacts) VALUES
          (1, 'linkedin-2024.zip', 'linkedin', 1800000000000, 1800000001000, 3),
          (2, 'linkedin-2026.zip', 'linkedin', 1800000100000, 1800000101000, 3);
        INSERT INTO person (id) VALUES ('p-priya');
        INSERT INTO identity (id, platform, nativeId, idKind, personId, displayName, company, title) VALUES
          (1, 'linkedin', 'https://www.linkedin.com/in/priya', 'profileURL', 'p-priya', 'Priya Natarajan',
            'Contoso Pharmaceuticals', 'Director of Product');
        INSERT INTO interaction (id, platform, sourceKey, kind, direction, timestamp, isGroup, counterpartId, importId)
        VALUES
          (1, 'linkedin', 'a', 'message', 'sent', 1734000000000, 0, 1, 1),
          (2, 'linkedin', 'b', 'message', 'sent', 1735000000000, 0, 1, 1),
          (3, 'linkedin', 'c', 'meeting', 'sent', 1900000000000, 0, 1, 1);
        INSERT INTO connection (identityId, kind, since, firstImportId) VALUES (1, 'connected', 1700000000000, 1);
        INSERT INTO change (importId, identityId, kind, before, after) VALUES
          (2, 1, 'job', 'Senior Product Manager at Northwind Traders, Inc.', 'Director of Product at Contoso Pharmaceuticals'),
          (2, 1, 'new', NULL, NULL);
        """)

    let database = try GraphDatabase(path: path)
    let migrated = try DatabaseQueue(path: path)
    // The newest message of the first import (a future meeting does not count); the second
    // import holds no record: it keeps no date, and its start stands for it.
    #expect(
      try migrated.read { try Int64?.fetchAll($0, sql: "SELECT newestRecordAt FROM import ORDER BY id") }
        == [1_735_000_000_000, nil])
    #expect(try migrated.read { try Int64.fetchOne($0, sql: "SELECT companyImportId FROM identity") } == 2)
    let companies = try migrated.read {
      try Row.fetchOne($0, sql: "SELECT beforeCompany, afterCompany FROM change WHERE kind = 'job'")
    }
    #expect(companies?[0] as String? == "Northwind Traders, Inc.")
    #expect(companies?[1] as String? == "Contoso Pharmaceuticals")
    let evidence = try database.employmentEvidence()
    #expect(
      Set(evidence.map { "\($0.source.rawValue) \($0.company) \($0.title ?? "-")" }) == [
        "profile Contoso Pharmaceuticals Director of Product",
        "formerJob Northwind Traders, Inc. Senior Product Manager",
      ])
    #expect(evidence.allSatisfy { $0.seen == Date(timeIntervalSince1970: 1_800_000_100) })
  }

  @Test func `a job's company is read back from the sentence an earlier version wrote`() {
    #expect(GraphDatabase.company(inJob: "Engineer at Tailspin Toys") == "Tailspin Toys")
    #expect(GraphDatabase.company(inJob: "Contoso") == "Contoso")
    #expect(GraphDatabase.company(inJob: nil) == nil)
  }
}
