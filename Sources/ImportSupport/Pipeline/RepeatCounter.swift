import RekindleModel

/// Tells apart records an export writes identically: a burst of the same sticker, or "ok" twice
/// in one minute of a page that shows minutes only.
///
/// Two records are one only when the export says so (it gives an id); without one, the n-th of n
/// identical records gets the key of the first with its ordinal added, so that a re-import of the
/// same or a newer export finds every key again. The first keeps its plain key, as stores made
/// before this counter hold it.
///
/// Counts are kept only while the records share one moment (identical records have identical
/// times, and exports write a thread's records in time order), so memory stays that of one burst.
public struct RepeatCounter<Moment: Hashable> {
  private var moment: Moment?
  /// The first key at the moment, and how often it came: nearly every moment has one record, and
  /// a dictionary emptied for each cost more than the rest of a LinkedIn row's key.
  private var firstKey = ""
  private var firstCount = 0
  /// The other keys at the moment.
  private var others: [String: Int] = [:]

  public init() {}

  /// The key of a record whose content hashes to `key` (which must include the record's thread
  /// and time), at `moment` (its time): `key` the first time, `key` with `#2`, `#3`... hashed in
  /// for the repeats.
  public mutating func key(_ key: String, at moment: Moment) -> String {
    let ordinal: Int
    if moment != self.moment {
      self.moment = moment
      if !others.isEmpty { others.removeAll(keepingCapacity: true) }
      firstKey = key
      firstCount = 1
      ordinal = 1
    } else if key == firstKey {
      firstCount += 1
      ordinal = firstCount
    } else {
      ordinal = others[key, default: 0] + 1
      others[key] = ordinal
    }
    return ordinal == 1 ? key : StableHash.hex(key, "#\(ordinal)")
  }
}
