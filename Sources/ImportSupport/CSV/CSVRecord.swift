/// One data row of a CSV file, readable by column name.
public struct CSVRecord: Sendable {
  /// The row's fields, in file order.
  public var fields: [String]
  /// The line the row started on (1-based), for error messages.
  public var line: Int
  let columns: [String: Int]

  /// The trimmed value of the named column (names compare case-insensitively), or `nil` when the
  /// column is absent or the value is empty or the literal `null`.
  public subscript(_ column: String) -> String? {
    guard let index = columns[column] ?? columns[column.uppercased()], index < fields.count else {
      return nil
    }
    let value = fields[index].trimmed
    return value.isEmpty || value == "null" ? nil : value
  }

  /// The trimmed, non-empty values of the columns whose names satisfy `isIncluded`, in column
  /// order.
  public func values(whereColumn isIncluded: (String) -> Bool) -> [String] {
    let indices = Set(columns.filter { isIncluded($0.key) }.map(\.value)).sorted()
    return indices.compactMap { $0 < fields.count ? fields[$0].trimmed : nil }.filter { !$0.isEmpty }
  }

  /// True when the file's header has the named column.
  public func hasColumn(_ column: String) -> Bool {
    columns[column.uppercased()] != nil
  }

  /// True when every field is empty after trimming.
  public var isBlank: Bool {
    fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
  }
}
