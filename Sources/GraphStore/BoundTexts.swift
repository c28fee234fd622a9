import GRDB

/// The texts of one row, bound to a statement without SQLite copying each of them: their bytes
/// are copied into one buffer this type owns, and SQLite is told they stay put
/// (`SQLITE_STATIC`) until the statement has run. Binding a text with `SQLITE_TRANSIENT` had
/// SQLite free the previous row's copy and allocate the next: about 640 instructions per text,
/// seven texts per stored interaction.
///
/// Use: ``begin(_:)`` with every text of the row, then ``bind(_:to:at:)`` for each, then run the
/// statement before the next ``begin(_:)`` (which may move the buffer). A statement bound this way
/// must be rebound with the next row's texts before it runs again.
final class BoundTexts {
  private var storage: UnsafeMutableRawPointer
  private var capacity: Int
  private var used = 0

  init(capacity: Int = 4096) {
    storage = .allocate(byteCount: capacity, alignment: 1)
    self.capacity = capacity
  }

  deinit { storage.deallocate() }

  /// Makes room for a row's `texts` (their UTF-8 bytes) and starts filling the buffer again.
  func begin(_ texts: String?...) {
    used = 0
    let needed = texts.reduce(0) { $0 + ($1?.utf8.count ?? 0) }
    guard needed > capacity else { return }
    storage.deallocate()
    capacity = max(needed, capacity * 2)
    storage = .allocate(byteCount: capacity, alignment: 1)
  }

  /// Copies `value` into the buffer and binds it (or NULL) to the 1-based parameter `index`.
  ///
  /// - Precondition: ``begin(_:)`` was given `value` among the row's texts.
  func bind(_ value: String?, to statement: Statement, at index: Int32) throws {
    guard var value else {
      try statement.bind(nil as String?, at: index)
      return
    }
    let start = used
    let count = value.withUTF8 { bytes in
      precondition(start + bytes.count <= capacity, "a text bound without begin(_:)")
      if let base = bytes.baseAddress {
        storage.advanced(by: start).copyMemory(from: base, byteCount: bytes.count)
      }
      return bytes.count
    }
    used += count
    try statement.bindStatic(storage.advanced(by: start), count: count, at: index)
  }
}
