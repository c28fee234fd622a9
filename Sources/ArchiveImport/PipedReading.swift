import Foundation
import RekindleModel

/// Reads an archive on a thread of its own while the calling thread writes its records, handed
/// over through a bounded, ordered ``RecordPipe``: reading and writing run on two cores at once.
/// The import layer owns these threads; the store only offers a writer for the transaction.
enum PipedReading {
  /// Runs `read` on a reading thread, its records going through a pipe into `sink`, which is
  /// written on this thread (the one holding the store's transaction). Returns when both are
  /// done; a failure of `sink` is thrown in preference to the `Stopped` the reading then meets.
  static func run(
    _ read: (any GraphSink) throws -> ImportSummary, into sink: any GraphSink
  ) throws -> ImportSummary {
    try withoutActuallyEscaping(read) { read in
      let pipe = RecordPipe()
      let reading = ReadingThread(body: read, pipe: pipe)
      reading.start()
      var writeFailure: (any Error)?
      do {
        try pipe.drain(into: sink)
      } catch {
        writeFailure = error
      }
      let result = reading.join()
      if let writeFailure { throw writeFailure }
      return try result.get()
    }
  }
}

/// The thread that reads an archive into a ``RecordPipe``. It is joined before the closure it
/// runs goes out of scope, which makes handing that closure over sound.
private final class ReadingThread: @unchecked Sendable {
  /// Dropped as soon as it returns, so that no reference outlives the caller's scope.
  private var body: ((any GraphSink) throws -> ImportSummary)?
  private let pipe: RecordPipe
  private let finished = DispatchSemaphore(value: 0)
  private var result: Result<ImportSummary, any Error> = .failure(RecordPipe.Stopped())

  init(body: @escaping (any GraphSink) throws -> ImportSummary, pipe: RecordPipe) {
    self.body = body
    self.pipe = pipe
  }

  func start() {
    let thread = Thread { [self] in
      if let body { result = Result { try body(pipe) } }
      body = nil
      pipe.close()
      finished.signal()
    }
    // Parsers recurse (JSON, XML): the same room as the main thread.
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Waits for the reading to end and returns what it returned.
  func join() -> Result<ImportSummary, any Error> {
    finished.wait()
    return result
  }
}
