/// A relationship between two contacts (not involving the owner): an edge of an imported graph.
public struct TieRecord: Sendable, Equatable {
  public var first: IdentityKey
  public var second: IdentityKey
  /// The edge's weight when the graph gives one.
  public var weight: Double?

  public init(first: IdentityKey, second: IdentityKey, weight: Double? = nil) {
    self.first = first
    self.second = second
    self.weight = weight
  }
}
