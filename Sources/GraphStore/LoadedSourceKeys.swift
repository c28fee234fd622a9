import RekindleModel

/// The source keys of the interactions a bulk load has stored, as their 64-bit hashes
/// (``SourceKeyHash``), so that the load can append rows without the source-key index.
///
/// Inserting each row into that index as it comes is the most expensive part of an import: the
/// keys are hashes, so every insert lands on a random page of a b-tree larger than the page cache.
/// Building the index once, by sorting, after the load costs a fraction of it. What the index
/// found in between is found here: a key whose hash is not in the set is certainly new. A hash
/// that is in the set (the same message twice, or, once in a few trillion, two keys with one hash)
/// is never trusted to mean "stored already": the writer builds the index there and then, and
/// compares the full keys of the rows with that hash from that row on
/// (``GraphDatabase/sourceKeyIndex``).
///
/// An open-addressing table of hashes (8 bytes a slot, at most three quarters full), grown by
/// doubling up to ``maxSlots``; a load that would need more retires the set the same way.
final class LoadedSourceKeys {
  /// What ``insert(platform:sourceKey:)`` found.
  enum Outcome {
    /// The key was not stored before; its hash is now in the set.
    case new
    /// The hash is in the set already: the key may be stored (compare the full keys).
    case seen
    /// The set is full: compare the full keys from now on.
    case full
  }

  /// The most slots the set grows to: 16 MiB, about 1.5 million interactions. (At 32 MiB, growing
  /// from 16 MiB held both: the x4 benchmark peaked at 158 MB, past the 150 MB bound; at 16 MiB,
  /// 134 MB, and the index built midway for the rows after.)
  static let defaultMaxSlots = 1 << 21

  let maxSlots: Int
  private var slots: [UInt64]
  private var count = 0
  /// True once the load compares full keys (the index is built): the set is emptied and never
  /// used again, since it no longer knows every stored key.
  private(set) var isRetired = false

  init(maxSlots: Int = defaultMaxSlots) {
    self.maxSlots = maxSlots
    slots = Array(repeating: 0, count: min(1 << 16, maxSlots))
  }

  /// Adds `hash` (a ``SourceKeyHash``, never 0) unless it is there already.
  func insert(_ hash: UInt64) -> Outcome {
    precondition(!isRetired, "a retired set of source keys knows only some of the stored keys")
    var slot = find(hash)
    if slots[slot] == hash { return .seen }
    if (count + 1) * 4 > slots.count * 3 {
      guard slots.count * 2 <= maxSlots else { return .full }
      grow()
      slot = find(hash)
    }
    slots[slot] = hash
    count += 1
    return .new
  }

  /// The slot that holds `hash`, or the empty slot where it goes.
  private func find(_ hash: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & mask }
    return slot
  }

  /// Empties the set for good (its memory is freed): full keys are compared from now on.
  func retire() {
    isRetired = true
    slots = []
    count = 0
  }

  private func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for hash in old where hash != 0 {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = hash
    }
  }
}
