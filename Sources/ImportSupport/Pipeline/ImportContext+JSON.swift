import ArchiveAccess

extension ImportContext {
  /// Streams the elements of the JSON array in `entry` (after any `window.X = ` prefix, or at
  /// `path`), decoding
  /// each as `T`; an element that does not decode is reported with its index and skipped.
  ///
  /// - Throws: ``JSONEntryFailure`` when the entry holds no array or is truncated.
  public func forEachElement<T: Decodable>(
    _ type: T.Type, in entry: ArchiveEntry, at path: [String] = [], _ body: (T) throws -> Void
  ) throws {
    try json.forEachElement(
      type, in: entry, of: source, at: path, onBadElement: { report($0.message, entry: entry) },
      onElement: body)
  }

  /// Streams the elements of a JSON array entry as ``forEachElement(_:in:at:_:)`` does, reading
  /// each with a ``JSONScanner`` (the records read most).
  public func forEachElement<T: JSONScannable>(
    scanning type: T.Type, in entry: ArchiveEntry, at path: [String] = [], _ body: (T) throws -> Void
  ) throws {
    try json.forEachElement(
      scanning: type, in: entry, of: source, at: path, onBadElement: { report($0.message, entry: entry) },
      onElement: body)
  }
}
