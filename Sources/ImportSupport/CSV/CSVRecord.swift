/// One data row of a CSV file, readable by column name.
public struct CSVRecord: Sendable {
  let row: CSVParser.Row
  /// The header's column names (as written, then upper-cased) with their positions.
  let columns: CSVColumns

  /// The row's fields, in file order.
  public var fields: [String] { row.fields }
  /// The number of fields in the row.
  public var count: Int { row.count }
  /// The line the row started on (1-based), for error messages.
  public var line: Int { row.line }

  /// The trimmed value of the named column (names compare case-insensitively), or `nil` when the
  /// column is absent or the value is empty or the literal `null`.
  public subscript(_ column: String) -> String? {
    guard let index = columns.index(of: column), index < row.count else { return nil }
    let value = row.trimmedField(at: index)
    // (The length first: `==` on strings of other lengths still costs a call into the runtime.)
    return value.isEmpty || (value.utf8.count == 4 && value == "null") ? nil : value
  }

  /// The trimmed, non-empty values of the columns whose names satisfy `isIncluded`, in column
  /// order.
  public func values(whereColumn isIncluded: (String) -> Bool) -> [String] {
    columns.indices(where: isIncluded).compactMap { $0 < row.count ? row.trimmedField(at: $0) : nil }
      .filter { !$0.isEmpty }
  }

  /// True when the file's header has the named column.
  public func hasColumn(_ column: String) -> Bool {
    columns.index(of: column) != nil
  }

  /// True when every field is empty after trimming.
  public var isBlank: Bool { row.isBlank }
}

/// The columns of a CSV header by name: the name as written finds its column, and so does the
/// name in any case.
///
/// A header has a dozen columns and every row looks several of them up, so they are kept in a
/// list compared in order (cheaper than hashing the name on every lookup); the first of two
/// columns with one name wins.
struct CSVColumns: Sendable {
  /// A column's name with its length in UTF-8 bytes, so that most names are told apart without
  /// comparing their text.
  private struct Entry: Sendable {
    var name: String
    var length: Int
    var index: Int

    init(_ name: String, _ index: Int) {
      self.name = name
      length = name.utf8.count
      self.index = index
    }

    func matches(_ column: String, length: Int) -> Bool { self.length == length && name == column }
  }

  private var written: [Entry] = []
  private var folded: [Entry] = []

  init(_ names: [String]) {
    for (index, name) in names.enumerated() {
      if !written.contains(where: { $0.name == name }) { written.append(Entry(name, index)) }
      let upper = Self.folded(name)
      if !folded.contains(where: { $0.name == upper }) { folded.append(Entry(upper, index)) }
    }
  }

  /// The position of the named column: the name as written, else in any case.
  func index(of column: String) -> Int? {
    let length = column.utf8.count
    if let entry = written.first(where: { $0.matches(column, length: length) }) { return entry.index }
    let upper = Self.folded(column)
    let upperLength = upper.utf8.count
    return folded.first(where: { $0.matches(upper, length: upperLength) })?.index
  }

  /// The positions of the columns whose names, as written or upper-cased, satisfy `isIncluded`,
  /// in order.
  func indices(where isIncluded: (String) -> Bool) -> [Int] {
    Set((written + folded).filter { isIncluded($0.name) }.map(\.index)).sorted()
  }

  /// The name in upper case (returned as it is when it is upper case already, as most looked-up
  /// names are: this runs per row and column).
  static func folded(_ name: String) -> String {
    name.utf8.contains(where: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 >= 0x80 })
      ? name.uppercased() : name
  }
}
