/// Receives the records an importer reads, in the order it reads them.
///
/// The store implements it to write records as they stream in; tests implement it to collect them.
public protocol GraphSink: AnyObject {
  /// Records an account of the archive's owner.
  func owner(_ owner: OwnerAccount) throws
  /// Records what the archive says about one identity.
  func identity(_ identity: IdentityRecord) throws
  /// Records one interaction; identities it names that were not recorded yet are created.
  func interaction(_ interaction: InteractionRecord) throws
  /// Records a connection; its identity is created if it was not recorded yet.
  func connection(_ connection: ConnectionRecord) throws
  /// Records that two contacts know each other (an edge of an imported graph).
  func tie(_ tie: TieRecord) throws
}
