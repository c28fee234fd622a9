import GRDB
internal import GRDBSQLite

/// Binding values and stepping straight through SQLite's C API, for the statements run once per
/// imported record or resolved identity: GRDB's `StatementArguments` box every value, which cost
/// as much as the insert itself. Such a statement is run with ``runBound()`` or ``hasRowBound()``
/// only, inside a GRDB transaction.
extension Statement {
  /// SQLite copies the text before the call returns (`SQLITE_TRANSIENT`).
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds `value` (or NULL) to the 1-based parameter `index`.
  ///
  /// - Throws: `DatabaseError` when SQLite refuses the value (a wrong index, a value too large,
  ///   no memory).
  func bind(_ value: Int64?, at index: Int32) throws {
    try check(
      value.map { sqlite3_bind_int64(sqliteStatement, index, $0) }
        ?? sqlite3_bind_null(sqliteStatement, index))
  }

  /// Binds `value` (or NULL) to the 1-based parameter `index`.
  func bind(_ value: Double?, at index: Int32) throws {
    try check(
      value.map { sqlite3_bind_double(sqliteStatement, index, $0) }
        ?? sqlite3_bind_null(sqliteStatement, index))
  }

  /// Binds `value` as 1 or 0 (or NULL).
  func bind(_ value: Bool?, at index: Int32) throws {
    try bind(value.map { $0 ? Int64(1) : 0 }, at: index)
  }

  /// Binds `value` as UTF-8 text (or NULL).
  func bind(_ value: String?, at index: Int32) throws {
    guard var value else {
      try check(sqlite3_bind_null(sqliteStatement, index))
      return
    }
    let code = value.withUTF8 { bytes in
      sqlite3_bind_text(
        sqliteStatement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), Self.transient)
    }
    try check(code)
  }

  /// Binds the `count` UTF-8 bytes at `bytes` as text, which SQLite reads where they are
  /// (`SQLITE_STATIC`): they must stay there, unchanged, until the statement has run
  /// (``BoundTexts`` keeps them).
  func bindStatic(_ bytes: UnsafeRawPointer, count: Int, at index: Int32) throws {
    try check(
      sqlite3_bind_text(
        sqliteStatement, index, bytes.assumingMemoryBound(to: CChar.self), Int32(count), nil))
  }

  /// Throws SQLite's error for a bind that did not return `SQLITE_OK`.
  private func check(_ code: Int32) throws {
    guard code != SQLITE_OK else { return }
    let message = sqlite3_errmsg(sqlite3_db_handle(sqliteStatement)).map { String(cString: $0) }
    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
  }

  /// Runs the statement with the values bound to it, then resets it (the bindings stay).
  ///
  /// - Throws: `DatabaseError` with SQLite's result code and message (`SQLITE_FULL` when the
  ///   disk is full).
  func runBound() throws {
    _ = try stepBound()
  }

  /// Runs the statement (a query) with the values bound to it, then resets it: true when it gave
  /// a row.
  ///
  /// - Throws: `DatabaseError` with SQLite's result code and message.
  func hasRowBound() throws -> Bool {
    try stepBound() == SQLITE_ROW
  }

  /// One step with the values bound, then a reset; SQLite's result code.
  private func stepBound() throws -> Int32 {
    let code = sqlite3_step(sqliteStatement)
    sqlite3_reset(sqliteStatement)
    guard code == SQLITE_DONE || code == SQLITE_ROW else {
      let message = sqlite3_errmsg(sqlite3_db_handle(sqliteStatement)).map { String(cString: $0) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
    return code
  }
}
