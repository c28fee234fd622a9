import GRDB

/// A problem with the store itself (not with an archive), with a code a caller can branch on and
/// a message a user can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, as SQLite's result codes group it.
  public enum Code: String, Sendable, CaseIterable {
    /// Another process holds the store's write lock for longer than the busy timeout.
    case busy
    /// The disk (or the store's size limit) is full.
    case full
    /// The file is damaged, or is no SQLite database.
    case corrupt
    /// The file or its folder cannot be written (permissions, a read-only file system).
    case permission
    /// The file cannot be opened or created.
    case cannotOpen
    /// Any other failure of the store.
    case other
  }

  public var code: Code
  public var message: String

  public init(_ message: String, code: Code = .other) {
    self.message = message
    self.code = code
  }

  /// The store error for `error`, met while the store at `path` was being `doing` ("read",
  /// "write to"): a store error as it is, a database error by its result code, with words that say
  /// what to do.
  public init(_ error: any Error, path: String, doing: String) {
    if let error = error as? StoreError {
      self = error
      return
    }
    guard let error = error as? DatabaseError else {
      self.init("cannot \(doing) the store at \(path): \(error)")
      return
    }
    let detail = error.message ?? "\(error)"
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      self.init(
        "the store at \(path) is busy: another rekindle process is writing to it; try again later",
        code: .busy)
    case .SQLITE_FULL:
      self.init(
        "the disk is full: the store at \(path) keeps what earlier commands wrote; free space and retry",
        code: .full)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      self.init(
        "the store at \(path) is damaged or is not a Rekindle store (\(detail)); choose another --store, "
          + "or restore it from a backup", code: .corrupt)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      self.init(
        "the store at \(path) cannot be written (\(detail)): check its permissions, or choose another --store",
        code: .permission)
    case .SQLITE_CANTOPEN:
      self.init(
        "cannot open the store at \(path) (\(detail)): check the path and its folder's permissions",
        code: .cannotOpen)
    default:
      self.init("cannot \(doing) the store at \(path): \(detail)")
    }
  }

  public var description: String { message }
}
