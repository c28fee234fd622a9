import Foundation

/// Work split into chunks that run on all cores, results joined in chunk order.
enum ParallelChunks {
  /// `transform` applied to consecutive ranges of `0..<count`, concatenated; on one thread when
  /// `count` is below `minimumParallelCount`.
  static func map<Element>(
    _ count: Int, minimumParallelCount: Int = 20_000, _ transform: @Sendable (Range<Int>) -> [Element]
  ) -> [Element] {
    let chunkCount = count < minimumParallelCount ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4
    guard chunkCount > 1 else { return transform(0..<count) }
    let results = Results<Element>(count: chunkCount)
    let chunkSize = (count + chunkCount - 1) / chunkCount
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let range = min(count, chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
      results.store(transform(range), at: chunk)
    }
    return results.joined()
  }

  /// Each chunk's results, behind a lock.
  private final class Results<Element>: @unchecked Sendable {
    private var chunks: [[Element]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ elements: [Element], at index: Int) {
      lock.lock()
      chunks[index] = elements
      lock.unlock()
    }

    func joined() -> [Element] { chunks.flatMap { $0 } }
  }
}
