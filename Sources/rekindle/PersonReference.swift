import ArgumentParser
import GraphStore

/// Finds the one person a command's argument names.
enum PersonReference {
  /// The person `text` names (a person id, a name, a handle, an e-mail).
  ///
  /// - Throws: a `ValidationError` listing the candidates when several persons match, or saying
  ///   so when none does.
  static func one(_ text: String, in database: GraphDatabase) throws -> PersonMatch {
    guard let first = try atMostOne(text, in: database) else {
      throw ValidationError("no person matches '\(text)'")
    }
    return first
  }

  /// The person `text` names, or `nil` when none matches.
  ///
  /// - Throws: a `ValidationError` listing the candidates when several persons match.
  static func atMostOne(_ text: String, in database: GraphDatabase) throws -> PersonMatch? {
    let matches = try database.findPersons(text)
    guard matches.count <= 1 else {
      let list = matches.prefix(10).map { "  \($0.id)  \($0.displayName)" }.joined(separator: "\n")
      throw ValidationError("'\(text)' names \(matches.count) persons; use one of their ids:\n\(list)")
    }
    return matches.first
  }
}
