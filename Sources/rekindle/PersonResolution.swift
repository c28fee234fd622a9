import Foundation
import GraphStore
import IdentityResolution

/// Resolves the store's identities into persons with ``IdentityResolver`` (hard evidence, then names).
enum PersonResolution {
  /// The default phone region: `$REKINDLE_REGION`, else `US`.
  static var defaultRegion: String {
    ProcessInfo.processInfo.environment["REKINDLE_REGION"].flatMap { $0.isEmpty ? nil : $0.uppercased() }
      ?? "US"
  }

  /// Runs the resolver over every identity and stores the persons.
  ///
  /// - Returns: the number of identities and of persons.
  static func run(_ database: GraphDatabase, region: String) throws -> (identities: Int, persons: Int) {
    let inputs = try database.identitiesForResolution().map {
      IdentityResolver.Input(id: $0.id, record: $0.record)
    }
    let rules = try database.rulesForResolution()
    let result = IdentityResolver(defaultRegion: region).resolve(
      inputs, mustLink: rules.mustLink, isolated: rules.isolated, cannotLink: rules.cannotLink)
    let persons = try database.assignPersons(
      groups: result.groups,
      links: result.links.lazy.map { ($0.first, $0.second, $0.evidence, $0.weight, $0.merged) })
    return (inputs.count, persons)
  }
}
