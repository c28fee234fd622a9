/// The header row of a CSV file: the column names, which the reader looks for among the first rows.
public struct CSVHeader: Sendable {
  /// The column names as written.
  public var names: [String]
  /// The line the header was found on.
  public var line: Int

  /// True when the header contains every one of `columns` (compared case-insensitively).
  public func contains(_ columns: String...) -> Bool {
    let present = Set(names.map { $0.uppercased() })
    return columns.allSatisfy { present.contains($0.uppercased()) }
  }
}
