#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The source keys of the interactions a bulk load has stored, as their 64-bit hashes
/// (``SourceKeyHash``), so that the load can append rows without the source-key index.
///
/// Inserting each row into that index as it comes is the most expensive part of an import: the
/// keys are hashes, so every insert lands on a random page of a b-tree larger than the page cache.
/// Building the index once, by sorting, after the load costs a fraction of it. What the index
/// found in between is found here: a key whose hash is not in the set is certainly new. A hash
/// the set may hold (the same message twice, or a hash that agrees with a stored one in the bits
/// the set keeps) is never trusted to mean "stored already": the writer builds the index there
/// and then, and compares the full keys of the rows with that hash from that row on
/// (``GraphDatabase/sourceKeyIndex``). Once the set is full, the writer appends rows unchecked
/// and the repeats among them are removed when the load ends (``LoadRepeats``).
///
/// An open-addressing table of a fixed number of slots, at most three quarters full: a hash goes
/// to the slot its low bits name (or the next free one), and the slot keeps its high 32 bits.
/// Four bytes a slot, no growth (so no moment with two tables in memory), and memory the kernel
/// gives zeroed, so a small import touches only the pages it fills. The bits kept make a false
/// "seen" about one in two billion per key; it costs only the fast path.
final class LoadedSourceKeys {
  /// What ``insert(_:)`` found.
  enum Outcome {
    /// The key was not stored before; its hash is now in the set.
    case new
    /// The set may hold the hash: the key may be stored (compare the full keys).
    case seen
    /// The set is full and does not hold the hash: the key is not among those it holds, and
    /// whether a row appended unchecked has it is found when the load ends.
    case full
  }

  /// The slots of a bulk load's set: 16 MiB, for up to about 3.1 million interactions. (A set of
  /// 8-byte hashes that doubled as it filled held only half as many in the same memory, and held
  /// two tables while it grew: at 32 MiB the x4 benchmark peaked at 158 MB, past the 150 MB bound.)
  static let defaultSlots = 1 << 22

  private var slots: UnsafeMutableBufferPointer<UInt32>
  private let mask: Int
  private var count = 0
  /// True once the load compares full keys (the index is built): the set is emptied and never
  /// used again, since it no longer knows every stored key.
  private(set) var isRetired = false

  /// A set of `slots` slots (a power of two), or `nil` when the memory cannot be had (the load
  /// then keeps the index from its first row).
  init?(slots: Int = defaultSlots) {
    precondition(slots > 0 && slots & (slots - 1) == 0, "the number of slots is a power of two")
    guard let memory = calloc(slots, MemoryLayout<UInt32>.stride) else { return nil }
    self.slots = UnsafeMutableBufferPointer(
      start: memory.bindMemory(to: UInt32.self, capacity: slots), count: slots)
    mask = slots - 1
  }

  deinit {
    free(slots.baseAddress)
  }

  /// The number of hashes the set holds.
  var capacity: Int { slots.count / 4 * 3 }

  /// Adds `hash` (a ``SourceKeyHash``) unless the set may hold it already.
  func insert(_ hash: UInt64) -> Outcome {
    precondition(!isRetired, "a retired set of source keys knows only some of the stored keys")
    // 0 marks an empty slot.
    let kept = max(1, UInt32(truncatingIfNeeded: hash >> 32))
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if slots[slot] == kept { return .seen }
      slot = (slot + 1) & mask
    }
    guard count < capacity else { return .full }
    slots[slot] = kept
    count += 1
    return .new
  }

  /// Empties the set for good (its memory is freed): full keys are compared from now on.
  func retire() {
    isRetired = true
    count = 0
    free(slots.baseAddress)
    slots = UnsafeMutableBufferPointer(start: nil, count: 0)
  }
}
