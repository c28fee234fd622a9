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

  /// Opens (or creates) the store.
  ///
  /// - Throws: ``StoreError`` when it cannot (the command then ends with ``ExitStatus``'s status).
  func open() throws -> GraphDatabase {
    try GraphDatabase(path: path)
  }
}
