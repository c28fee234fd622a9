import Foundation
import RekindleModel
import Testing

@testable import ArchiveImport

struct RecordPipeTests {
  private func tie(_ index: Int) -> TieRecord {
    TieRecord(
      first: IdentityKey(platform: .graph, nativeId: "a\(index)", kind: .displayName),
      second: IdentityKey(platform: .graph, nativeId: "b\(index)", kind: .displayName), weight: Double(index))
  }

  @Test func `records cross from the reading thread to the writer whole and in order, with a slow writer`()
    throws
  {
    let pipe = RecordPipe()
    let count = 20_000
    let reader = Thread { [self] in
      for index in 0..<count { try? pipe.tie(tie(index)) }
      pipe.close()
    }
    reader.start()
    var weights: [Double] = []
    try pipe.drain { record in
      guard case .tie(let tie) = record else { return }
      if weights.count % 1000 == 0 { usleep(1000) }  // the reader must wait, not drop
      weights.append(tie.weight ?? -1)
    }
    #expect(weights == (0..<count).map(Double.init))
  }

  @Test func `a failing writer stops the reader with Stopped and reports its own error`() throws {
    struct DiskFull: Error {}
    let pipe = RecordPipe()
    let stopped = Stopped()
    let reader = Thread { [self] in
      for index in 0..<100_000 {
        do {
          try pipe.tie(tie(index))
        } catch {
          stopped.set(index)
          break
        }
      }
      pipe.close()
    }
    reader.start()
    var written = 0
    #expect(throws: DiskFull.self) {
      try pipe.drain { _ in
        written += 1
        if written == 600 { throw DiskFull() }
      }
    }
    // The reader learns of the failure within the bounded buffer, long before its 100,000 records.
    let deadline = Date().addingTimeInterval(10)
    while stopped.index == nil && Date() < deadline { usleep(1000) }
    let index = try #require(stopped.index)
    #expect(index < 600 + 17 * 512)
  }
}

/// Where the reading thread was stopped.
private final class Stopped: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Int?
  var index: Int? { lock.withLock { value } }
  func set(_ index: Int) { lock.withLock { value = index } }
}
