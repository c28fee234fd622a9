import GRDB

/// The texts of one row, bound to a statement without SQLite copying each of them: their bytes
/// are copied into a buffer this type owns, and SQLite is told they stay put (`SQLITE_STATIC`)
/// until the statement has run. Binding a text with `SQLITE_TRANSIENT` had SQLite free the
/// previous row's copy and allocate the next: about 640 instructions per text, seven texts per
/// stored interaction.
///
/// Use: ``begin()``, then ``bind(_:to:at:)`` for each text of the row, then run the statement
/// before the next ``begin()``. A statement bound this way must be rebound with the next row's
/// texts before it runs again.
final class BoundTexts {
  private var storage: UnsafeMutableRawPointer
  private var capacity: Int
  private var used = 0
  /// Room for the texts of a row that did not fit, freed at the next row (the buffer then grows
  /// to the whole row, so that it fits next time).
  private var overflow: [UnsafeMutableRawPointer] = []

  init(capacity: Int = 4096) {
    storage = .allocate(byteCount: capacity, alignment: 1)
    self.capacity = capacity
  }

  deinit {
    storage.deallocate()
    for chunk in overflow { chunk.deallocate() }
  }

  /// Starts a row: the texts bound for the row before may be overwritten from here on.
  func begin() {
    if !overflow.isEmpty {
      for chunk in overflow { chunk.deallocate() }
      overflow.removeAll(keepingCapacity: true)
      storage.deallocate()
      capacity = max(used, capacity * 2)
      storage = .allocate(byteCount: capacity, alignment: 1)
    }
    used = 0
  }

  /// Copies `value` where it stays until the next ``begin()`` and binds it (or NULL) to the
  /// 1-based parameter `index`.
  func bind(_ value: String?, to statement: Statement, at index: Int32) throws {
    guard var value else {
      try statement.bind(nil as String?, at: index)
      return
    }
    try value.withUTF8 { bytes in
      let place: UnsafeMutableRawPointer
      if used + bytes.count <= capacity {
        place = storage.advanced(by: used)
      } else {
        place = .allocate(byteCount: max(bytes.count, 1), alignment: 1)
        overflow.append(place)
      }
      used += bytes.count
      if let base = bytes.baseAddress { place.copyMemory(from: base, byteCount: bytes.count) }
      try statement.bindStatic(place, count: bytes.count, at: index)
    }
  }
}
