import Foundation
import GraphStore
import IdentityResolution

/// Resolves the identities a store holds into persons, with the user's rules, and stores them:
/// what `rekindle import` does after a batch and `rekindle resolve` on demand.
public enum StoreResolution {
  /// What a resolution did.
  public struct Outcome: Sendable, Equatable {
    /// The identities resolved.
    public var identities: Int
    /// The persons they became.
    public var persons: Int
  }

  /// The default phone region: `$REKINDLE_REGION`, else `US`.
  public static var defaultRegion: String {
    ProcessInfo.processInfo.environment["REKINDLE_REGION"].flatMap { $0.isEmpty ? nil : $0.uppercased() }
      ?? "US"
  }

  /// Resolves every identity of `database` (`IdentityResolver`: hard evidence, then names;
  /// the store's merge, split and apart rules last) and stores the persons with their evidence.
  ///
  /// - Parameters:
  ///   - database: the store whose identities become persons.
  ///   - region: the country of phone numbers written without a country code.
  /// - Throws: `StoreError` when the store fails.
  @discardableResult
  public static func run(_ database: GraphDatabase, region: String = defaultRegion) throws -> Outcome {
    let inputs = try database.identitiesForResolution().map {
      IdentityResolver.Input(id: $0.id, record: $0.record)
    }
    let rules = try database.rulesForResolution()
    let result = IdentityResolver(defaultRegion: region.uppercased()).resolve(
      inputs, mustLink: rules.mustLink, isolated: rules.isolated, cannotLink: rules.cannotLink)
    let persons = try database.assignPersons(groups: result.groups, links: result.links)
    return Outcome(identities: inputs.count, persons: persons)
  }
}
