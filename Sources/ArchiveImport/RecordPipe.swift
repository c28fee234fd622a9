import Foundation
import RekindleModel

/// One record on its way from the thread that reads an archive to the thread that writes the store.
enum PipedRecord: Sendable {
  case owner(OwnerAccount)
  case identity(IdentityRecord)
  case interaction(InteractionRecord)
  case connection(ConnectionRecord)
  case tie(TieRecord)
}

/// Hands records from the thread that reads an archive to the thread that writes the store, in
/// batches through a bounded buffer: reading and writing run on two cores at once, records keep
/// their order, and memory stays bounded (the reader waits while the writer is behind).
///
/// The reading side is a ``GraphSink``; once the writing side fails, every further record is
/// refused with ``Stopped``, which ends the reading.
final class RecordPipe: GraphSink, @unchecked Sendable {
  /// Thrown to the reading side after the writing side failed.
  struct Stopped: Error {}

  private static let batchSize = 512
  private static let maxQueuedBatches = 16

  private let condition = NSCondition()
  // Guarded by `condition`.
  private var queued: [[PipedRecord]] = []
  private var isClosed = false
  private var hasFailed = false
  // The reading side's own batch; only that thread touches it.
  private var pending: [PipedRecord] = []

  init() {
    pending.reserveCapacity(Self.batchSize)
  }

  // MARK: Reading side

  func owner(_ owner: OwnerAccount) throws { try send(.owner(owner)) }
  func identity(_ identity: IdentityRecord) throws { try send(.identity(identity)) }
  func interaction(_ interaction: InteractionRecord) throws { try send(.interaction(interaction)) }
  func connection(_ connection: ConnectionRecord) throws { try send(.connection(connection)) }
  func tie(_ tie: TieRecord) throws { try send(.tie(tie)) }

  private func send(_ record: PipedRecord) throws {
    pending.append(record)
    if pending.count >= Self.batchSize { try flush() }
  }

  private func flush() throws {
    condition.lock()
    defer { condition.unlock() }
    while queued.count >= Self.maxQueuedBatches && !hasFailed { condition.wait() }
    if hasFailed { throw Stopped() }
    queued.append(pending)
    pending = []
    pending.reserveCapacity(Self.batchSize)
    condition.broadcast()
  }

  /// Ends the reading side: what is pending is handed over, and the writing side stops once it
  /// has written everything.
  func close() {
    try? flush()
    condition.lock()
    isClosed = true
    condition.broadcast()
    condition.unlock()
  }

  // MARK: Writing side

  /// Writes every record into `sink`, in order, until the reading side closes the pipe.
  ///
  /// - Throws: what `sink` throws; the reading side is then stopped.
  func drain(into sink: any GraphSink) throws {
    try drain { record in
      switch record {
      case .owner(let owner): try sink.owner(owner)
      case .identity(let identity): try sink.identity(identity)
      case .interaction(let interaction): try sink.interaction(interaction)
      case .connection(let connection): try sink.connection(connection)
      case .tie(let tie): try sink.tie(tie)
      }
    }
  }

  /// Passes every record to `write`, in order, until the reading side closes the pipe.
  ///
  /// - Throws: what `write` throws; the reading side is then stopped.
  func drain(_ write: (PipedRecord) throws -> Void) throws {
    while true {
      condition.lock()
      while queued.isEmpty && !isClosed { condition.wait() }
      if queued.isEmpty {
        condition.unlock()
        return
      }
      let batch = queued.removeFirst()
      condition.broadcast()
      condition.unlock()
      do {
        for record in batch { try write(record) }
      } catch {
        condition.lock()
        hasFailed = true
        queued.removeAll()
        condition.broadcast()
        condition.unlock()
        throw error
      }
    }
  }
}
