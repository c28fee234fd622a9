import ArgumentParser
import GraphStore

/// The exit statuses of every command (README, "Exit statuses"), decided in one place.
enum ExitStatus {
  /// Done, but some input could not be read.
  static let inputSkipped = ExitCode(1)

  /// The status for a failure of the store: 2 whatever its code (busy, full, damaged, not
  /// writable), since what the user does about it is told in the message.
  static func storeFailed(_ code: StoreError.Code) -> ExitCode {
    switch code {
    case .busy, .full, .corrupt, .permission, .cannotOpen, .other: ExitCode(2)
    }
  }

  /// Reports `error` when it is the store's and returns the status to end with; `nil` for any
  /// other error (the argument parser's own, an exit code already decided).
  static func report(_ error: any Error) -> ExitCode? {
    guard let error = error as? StoreError else { return nil }
    Terminal.error("rekindle: \(error.message)\n")
    return storeFailed(error.code)
  }
}
