import GRDB

extension GraphDatabase {
  /// The schema's migrations, applied in order on open.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE owner_account (
            platform TEXT NOT NULL,
            nativeId TEXT NOT NULL,
            idKind TEXT,
            displayName TEXT,
            handle TEXT,
            PRIMARY KEY (platform, nativeId)
          );
          CREATE TABLE owner_email (
            platform TEXT NOT NULL,
            email TEXT NOT NULL,
            PRIMARY KEY (platform, email)
          );
          CREATE TABLE person (
            id TEXT PRIMARY KEY
          );
          CREATE TABLE identity (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            nativeId TEXT NOT NULL,
            idKind TEXT NOT NULL,
            personId TEXT NOT NULL REFERENCES person(id),
            displayName TEXT,
            firstName TEXT,
            lastName TEXT,
            handle TEXT,
            company TEXT,
            title TEXT,
            UNIQUE (platform, nativeId)
          );
          CREATE INDEX identity_person ON identity(personId);
          CREATE TABLE identity_attribute (
            identityId INTEGER NOT NULL REFERENCES identity(id),
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (identityId, kind, value)
          ) WITHOUT ROWID;
          CREATE TABLE connection (
            identityId INTEGER NOT NULL REFERENCES identity(id),
            kind TEXT NOT NULL,
            since INTEGER,
            PRIMARY KEY (identityId, kind)
          ) WITHOUT ROWID;
          CREATE TABLE interaction (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            sourceKey TEXT NOT NULL,
            kind TEXT NOT NULL,
            direction TEXT NOT NULL,
            timestamp INTEGER NOT NULL,
            conversationId TEXT,
            isGroup INTEGER NOT NULL,
            counterpartId INTEGER REFERENCES identity(id),
            text TEXT,
            importId INTEGER REFERENCES import(id),
            UNIQUE (platform, sourceKey)
          );
          CREATE INDEX interaction_time ON interaction(timestamp);
          CREATE TABLE interaction_participant (
            interactionId INTEGER NOT NULL REFERENCES interaction(id),
            identityId INTEGER NOT NULL REFERENCES identity(id),
            PRIMARY KEY (interactionId, identityId)
          ) WITHOUT ROWID;
          CREATE INDEX participant_identity ON interaction_participant(identityId);
          CREATE TABLE import (
            id INTEGER PRIMARY KEY,
            location TEXT NOT NULL,
            platform TEXT,
            startedAt INTEGER NOT NULL,
            finishedAt INTEGER,
            contacts INTEGER NOT NULL DEFAULT 0,
            interactionsRead INTEGER NOT NULL DEFAULT 0,
            interactionsAdded INTEGER NOT NULL DEFAULT 0,
            connections INTEGER NOT NULL DEFAULT 0,
            issues INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            bytesRead INTEGER NOT NULL DEFAULT 0
          );
          """)
    }
    migrator.registerMigration("v2: meetings") { db in
      try db.execute(
        sql: """
          ALTER TABLE interaction ADD COLUMN inPerson INTEGER;
          ALTER TABLE interaction ADD COLUMN location TEXT;
          """)
    }
    migrator.registerMigration("v3: ties") { db in
      try db.execute(
        sql: """
          CREATE TABLE tie (
            firstId INTEGER NOT NULL REFERENCES identity(id),
            secondId INTEGER NOT NULL REFERENCES identity(id),
            weight REAL,
            PRIMARY KEY (firstId, secondId)
          ) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v4: merge evidence") { db in
      try db.execute(
        sql: """
          CREATE TABLE merge_evidence (
            firstId INTEGER NOT NULL REFERENCES identity(id),
            secondId INTEGER NOT NULL REFERENCES identity(id),
            key TEXT NOT NULL
          );
          """)
    }
    migrator.registerMigration("v5: resolution rules") { db in
      try db.execute(
        sql: """
          CREATE TABLE resolution_rule (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            firstPlatform TEXT NOT NULL,
            firstNativeId TEXT NOT NULL,
            secondPlatform TEXT,
            secondNativeId TEXT,
            createdAt INTEGER NOT NULL
          );
          """)
    }
    migrator.registerMigration("v6: scored merges and near-misses") { db in
      try db.execute(
        sql: """
          ALTER TABLE merge_evidence ADD COLUMN weight REAL;
          ALTER TABLE merge_evidence ADD COLUMN merged INTEGER NOT NULL DEFAULT 1;
          CREATE INDEX merge_evidence_first ON merge_evidence(firstId);
          CREATE INDEX merge_evidence_second ON merge_evidence(secondId);
          """)
    }
    migrator.registerMigration("v7: interactions by kind and counterpart") { db in
      // Covers the reports' aggregation per person: one ordered scan of this index, no table rows.
      try db.execute(
        sql:
          "CREATE INDEX interaction_kind_counterpart ON interaction(kind, counterpartId, direction, platform, timestamp)"
      )
    }
    migrator.registerMigration("v8: redaction key") { db in
      try db.execute(sql: "CREATE TABLE secret (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    }
    // Migrations that only add (a column, an index, a table) check foreign keys as they go
    // (`.immediate`): the deferred check (`PRAGMA foreign_key_check`) reads every row of every
    // table with keys (1.3 s on a 2-million-message store) for changes that cannot break a key.
    migrator.registerMigration("v9: archive fingerprints", foreignKeyChecks: .immediate) { db in
      // Set on clean imports only; an archive whose fingerprint is here is not read again.
      try db.execute(sql: "ALTER TABLE import ADD COLUMN fingerprint TEXT")
      try db.execute(
        sql: "CREATE INDEX import_fingerprint ON import(fingerprint) WHERE fingerprint IS NOT NULL")
    }
    migrator.registerMigration("v10: snapshot changes", foreignKeyChecks: .immediate) { db in
      // Which import first listed a connection, and which one no longer did: comparing an
      // archive's connections with the store's tells what changed between two exports.
      try db.execute(
        sql: """
          ALTER TABLE connection ADD COLUMN firstImportId INTEGER;
          ALTER TABLE connection ADD COLUMN goneImportId INTEGER;
          CREATE TABLE change (
            id INTEGER PRIMARY KEY,
            importId INTEGER NOT NULL REFERENCES import(id),
            identityId INTEGER NOT NULL REFERENCES identity(id),
            kind TEXT NOT NULL,
            relation TEXT,
            before TEXT,
            after TEXT
          );
          CREATE INDEX change_identity ON change(identityId);
          """)
    }
    migrator.registerMigration("v11: tags and keep-in-touch cadences", foreignKeyChecks: .immediate) { db in
      // Keyed by an identity, like the resolution rules, so that they follow the person through
      // merges and splits.
      try db.execute(
        sql: """
          CREATE TABLE person_tag (
            platform TEXT NOT NULL,
            nativeId TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (platform, nativeId, tag)
          ) WITHOUT ROWID;
          CREATE TABLE person_cadence (
            platform TEXT NOT NULL,
            nativeId TEXT NOT NULL,
            days INTEGER NOT NULL,
            PRIMARY KEY (platform, nativeId)
          ) WITHOUT ROWID;
          CREATE TABLE tag_cadence (tag TEXT PRIMARY KEY, days INTEGER NOT NULL) WITHOUT ROWID;
          """)
    }
    migrator.registerMigration("v12: placeholders and invisible names", foreignKeyChecks: .immediate) { db in
      // Readers no longer keep placeholders (`LinkedIn Member`, `Facebook user`) as identities nor
      // invisible characters in names: a store made before is brought to what they keep now.
      try removePlaceholders(db)
    }
    migrator.registerMigration("v13: employment evidence", foreignKeyChecks: .immediate) { db in
      try addEmploymentEvidence(db)
    }
    // The table is rebuilt: foreign keys are off while it is, and checked once after (`.deferred`).
    migrator.registerMigration("v14: interactions found by the hash of their source key") { db in
      try hashSourceKeys(db)
    }
    migrator.registerMigration(
      "v15: per-tie, per-day totals instead of the covering index", foreignKeyChecks: .immediate
    ) {
      db in
      try addTieDays(db)
    }
    return migrator
  }
}
