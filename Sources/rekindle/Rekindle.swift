import ArgumentParser
import GraphStore

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `rekindle` command: reads social-network archives into one contact graph.
@main
struct Rekindle: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rekindle",
    abstract: "Read your LinkedIn, Facebook, Instagram and Twitter/X archives into one contact graph.",
    discussion: """
      The graph is kept in a SQLite store (see --store). Import archives, check what the store holds, \
      and export the graph as JSON or NDJSON for jq, DuckDB, pandas or Gephi.
      """,
    subcommands: [
      ImportCommand.self, StatusCommand.self, ExportCommand.self, MetCommand.self, ResolveCommand.self,
      ExplainCommand.self, MergeCommand.self, SplitCommand.self, ReportCommand.self, AtCommand.self,
      ShowCommand.self, ChangesCommand.self, CadenceCommand.self, TagCommand.self, DueCommand.self,
      ReviewCommand.self, DoctorCommand.self,
    ]
  )

  static func main() {
    // Everything Rekindle writes (the store, exports) is private to the user.
    umask(0o077)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // A store failure ends every command with the same status, however deep it was thrown.
      exit(withError: ExitStatus.report(error) ?? error)
    }
  }
}
