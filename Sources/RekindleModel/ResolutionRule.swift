/// A decision of the user about persons, kept across re-imports and re-resolution: the store keeps
/// it, the resolver obeys it.
public enum ResolutionRule: Sendable, Equatable {
  /// These two identities are one person.
  case merge(IdentityKey, IdentityKey)
  /// This identity is a person of its own unless a merge rule says otherwise.
  case split(IdentityKey)
  /// These two identities are not one person: names alone never join them (a merge candidate the
  /// user rejected in `review`).
  case apart(IdentityKey, IdentityKey)
}
