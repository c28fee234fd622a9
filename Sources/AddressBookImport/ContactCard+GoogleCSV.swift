import ImportSupport

extension ContactCard {
  /// Reads one row of a Google Contacts CSV export: the current header (`First Name,Middle Name,
  /// Last Name,...,E-mail 1 - Value,...`) or the legacy one (`Name,Given Name,...,Family Name,...`).
  /// Cells with several values separate them with ` ::: `.
  init(googleCSV record: CSVRecord) {
    self.init()
    firstName = record["First Name"] ?? record["Given Name"]
    lastName = record["Last Name"] ?? record["Family Name"]
    let middle = record["Middle Name"] ?? record["Additional Name"]
    displayName =
      record["Name"]
      ?? {
        let joined = [firstName, middle, lastName].compactMap { $0 }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
      }()
    for value in Self.values(record, prefix: "E-mail ", suffix: " - Value") { add(email: value) }
    for value in Self.values(record, prefix: "Phone ", suffix: " - Value") { add(phone: value) }
    for value in Self.values(record, prefix: "Website ", suffix: " - Value") { add(url: value) }
    company = record["Organization Name"] ?? record["Organization 1 - Name"]
    title = record["Organization Title"] ?? record["Organization 1 - Title"]
  }

  /// The values of the numbered columns `<prefix>N<suffix>`, in column order, multi-values split.
  static func values(_ record: CSVRecord, prefix: String, suffix: String) -> [String] {
    record.values(whereColumn: { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) })
      .flatMap { $0.components(separatedBy: " ::: ") }
      .map(\.trimmed).filter { !$0.isEmpty }
  }
}
