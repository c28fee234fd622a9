/// Hashing by case for the model's string-backed enums.
///
/// An enum with `String` raw values hashes its raw value by default (`RawRepresentable`'s
/// `hash(into:)`): a string hashed for every platform, kind and direction that the import loops
/// put in a set or a dictionary (every identity key, every per-kind count). A case without a
/// payload is stored as its case number, so its bytes tell the cases apart exactly as its raw
/// value does.
protocol HashedByCase: Hashable, RawRepresentable {}

extension HashedByCase {
  public func hash(into hasher: inout Hasher) {
    withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
  }
}

extension Platform: HashedByCase {}
extension NativeIDKind: HashedByCase {}
extension InteractionKind: HashedByCase {}
extension Direction: HashedByCase {}
