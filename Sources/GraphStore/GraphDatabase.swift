import Foundation
import GRDB
import RekindleModel

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The SQLite store of the contact graph: owners, persons, identities, connections, interactions,
/// and the log of imports.
///
/// The file is created on first use, readable by its owner only, in WAL mode. A second process
/// that writes at the same time waits (a minute by default) for the first, then fails with a
/// clear error.
public final class GraphDatabase {
  /// The database file.
  public let path: String
  let queue: DatabaseQueue
  /// The source keys a bulk load of this process has stored, while it runs (``bulkLoad(_:)``).
  var loadedSourceKeys: LoadedSourceKeys?

  /// Opens the store at `path`, creating it (and its folder) when missing, and migrating its
  /// schema to the current version.
  ///
  /// - Parameters:
  ///   - path: the store's file (`rekindle.sqlite`); its folder is created when missing.
  ///   - busyTimeout: how long a write waits for another process's write to finish.
  /// - Throws: ``StoreError`` when the file cannot be created or opened.
  public init(path: String, busyTimeout: TimeInterval = 60) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      var configuration = Configuration()
      configuration.busyMode = .timeout(busyTimeout)
      configuration.prepareDatabase { db in
        // Pages of 16 KiB for a new store (an existing one keeps its own): a load writes each
        // page twice (log, then file), and 4 KiB pages made that 190,000 system calls for
        // LinkedIn's 500,000 messages (docs/performance.md, "Pages of 16 KiB").
        try db.execute(sql: "PRAGMA page_size = 16384")
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        // A 32 MiB page cache keeps the indexes of large imports in memory.
        try db.execute(sql: "PRAGMA cache_size = -32768")
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
      }
      // Two processes opening a new store at once would both switch it to WAL and both create
      // its tables: opening and migrating hold an exclusive lock on the file (flock, which does
      // not touch SQLite's own fcntl locks), so the second waits and finds the schema done.
      // `open` with O_CREAT creates a new store readable by its owner only, and, unlike
      // FileManager.createFile, never replaces a file another process has just created.
      let lock = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard lock >= 0 else {
        throw StoreError(
          "cannot create or open the store file at \(path): \(String(cString: strerror(errno)))",
          code: errno == EACCES || errno == EPERM || errno == EROFS ? .permission : .cannotOpen)
      }
      defer { close(lock) }
      while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
      defer { flock(lock, LOCK_UN) }
      queue = try DatabaseQueue(path: path, configuration: configuration)
      // Migrations that rewrite a table run on a rollback journal, while this open holds the lock
      // every open takes: in the write-ahead log, a transaction of half a gigabyte took 600 MB of
      // memory and twice as long. (When another process has the store open, the mode stays.)
      let migrating = try queue.read { try !Self.migrator.hasCompletedMigrations($0) }
      _ = try switchJournal(to: migrating ? "truncate" : "wal")
      try Self.migrator.migrate(queue)
      try refreshTieDaysAfterAnOlderVersion()
      // Left out by a bulk load that did not finish, or by a migration that rebuilt a table.
      try buildMissingIndexes()
      try removeUncheckedRepeats()
      if migrating { _ = try switchJournal(to: "wal") }
    } catch {
      throw StoreError(error, path: path, doing: "open")
    }
  }

  /// The default store path: `$REKINDLE_STORE` when set, else
  /// `$XDG_DATA_HOME/rekindle/rekindle.sqlite`, else `~/.local/share/rekindle/rekindle.sqlite`.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    if let path = environment["REKINDLE_STORE"], !path.isEmpty { return path }
    let dataHome =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    return dataHome + "/rekindle/rekindle.sqlite"
  }

  /// Runs a read-only block on the database.
  func read<T>(_ block: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(block)
    } catch {
      throw StoreError(error, path: path, doing: "read")
    }
  }

  /// Runs a block in a write transaction.
  func write<T>(_ block: (Database) throws -> T) throws -> T {
    do {
      return try queue.write(block)
    } catch {
      throw StoreError(error, path: path, doing: "write to")
    }
  }
}

extension GraphDatabase {
  /// Sets the store's journal mode; false when it stays as it was (leaving the write-ahead log
  /// takes the only connection to the file: with another process on it, SQLite refuses at once).
  func switchJournal(to mode: String) throws -> Bool {
    do {
      return try queue.writeWithoutTransaction { db in
        try String.fetchOne(db, sql: "PRAGMA journal_mode = \(mode)")?.lowercased() == mode
      }
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    {
      return false
    }
  }
}
