import Foundation
import ImportSupport

/// The one-line progress display on a terminal's standard error:
/// `[facebook.zip] 3/120 files · 12,345 records · 56.1 MB · 4s`.
///
/// Updated from the thread that reads an archive, started and cleared from the one that writes
/// it: its state is behind a lock.
final class ProgressLine: @unchecked Sendable {
  private let enabled: Bool
  private let lock = NSLock()
  // Guarded by `lock`.
  private var archive = ""
  private var started = Date()
  private var shown = false

  init(enabled: Bool) {
    self.enabled = enabled
  }

  func start(archive: String) {
    lock.withLock {
      self.archive = archive
      started = Date()
    }
  }

  func update(_ progress: ImportProgress) {
    guard enabled else { return }
    lock.withLock {
      let elapsed = Int(Date().timeIntervalSince(started))
      let line =
        "[\(archive)] \(progress.entriesRead)/\(progress.entriesTotal) files · "
        + "\(Terminal.count(progress.records)) records · \(Terminal.megabytes(progress.bytesRead)) · \(elapsed)s"
      Terminal.error("\r\u{1B}[K" + line)
      shown = true
    }
  }

  func clear() {
    guard enabled else { return }
    lock.withLock {
      guard shown else { return }
      Terminal.error("\r\u{1B}[K")
      shown = false
    }
  }
}
