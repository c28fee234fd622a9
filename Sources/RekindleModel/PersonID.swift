/// Builds the stable id of the person an identity starts out as.
///
/// Until identities are merged, each identity is its own person; its id is derived from the
/// identity's key alone, so the same archive gives the same ids on every machine and re-import.
public enum PersonID {
  /// The id of the person that holds only `key`, such as `p-3f2a9c0d11b7e845`.
  public static func initial(for key: IdentityKey) -> String {
    "p-" + StableHash.hex(key.platform.rawValue, key.nativeId)
  }
}
