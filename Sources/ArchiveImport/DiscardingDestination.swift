import RekindleModel

/// A destination that takes every record and keeps none: importing into it reads and checks an
/// archive without storing it (benchmarks of reading alone, fuzzing, dry runs).
public struct DiscardingDestination: GraphDestination {
  public init() {}

  public func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary {
    try body(DiscardingSink())
  }
}

/// The sink of ``DiscardingDestination``.
final class DiscardingSink: GraphSink {
  func owner(_ owner: OwnerAccount) throws {}
  func identity(_ identity: IdentityRecord) throws {}
  func interaction(_ interaction: InteractionRecord) throws {}
  func connection(_ connection: ConnectionRecord) throws {}
  func tie(_ tie: TieRecord) throws {}
}
