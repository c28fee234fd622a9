import ArgumentParser
import GraphStore

/// The `--store` option every command takes.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The SQLite store to use.",
      discussion: "Default: $REKINDLE_STORE, else $XDG_DATA_HOME/rekindle/rekindle.sqlite, "
        + "else ~/.local/share/rekindle/rekindle.sqlite.",
      valueName: "path"))
  var store: String?

  /// The store's path after defaults.
  var path: String { store ?? GraphDatabase.defaultPath() }

  /// Opens (or creates) the store; exits with status 2 when it cannot.
  func open() throws -> GraphDatabase {
    do {
      return try GraphDatabase(path: path)
    } catch let error as StoreError {
      Terminal.error("rekindle: \(error.message)\n")
      throw ExitCode(2)
    }
  }
}
