import ArgumentParser
import Foundation
import ImportSupport

/// The date of `--as-of`, which the reports, `at`, `show` and `due` compute at.
enum AsOfDate {
  /// The date `text` gives (`2026-01-31`), or now when there is none.
  static func parse(_ text: String?) throws -> Date {
    guard let text else { return Date() }
    guard let date = ExportDate.parse(text) else {
      throw ValidationError("'\(text)' is not a date (use 2026-01-31)")
    }
    return date
  }
}
