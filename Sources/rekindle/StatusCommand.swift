import ArgumentParser
import Foundation
import GraphStore

/// `rekindle status`: what the store holds.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show what the store holds, per platform, and the latest imports.")

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let status = try storeOptions.open().status()
    var lines = ["Store: \(status.path)", "Persons: \(Terminal.count(status.persons))", ""]
    if status.platforms.isEmpty {
      lines.append("The store is empty. Import an archive with: rekindle import <archive>")
    }
    for platform in status.platforms {
      lines.append(platform.platform + (platform.owner.map { " (owner: \($0))" } ?? ""))
      lines.append("  identities: \(Terminal.count(platform.identities))")
      lines.append("  connections: \(Terminal.count(platform.connections))")
      let total = platform.interactions.values.reduce(0, +)
      let kinds = platform.interactions.sorted { $0.key < $1.key }
        .map { "\($0.key) \(Terminal.count($0.value))" }.joined(separator: ", ")
      lines.append("  interactions: \(Terminal.count(total))" + (kinds.isEmpty ? "" : " (\(kinds))"))
      if let first = platform.firstInteraction, let last = platform.lastInteraction {
        lines.append("  from \(Terminal.day(first)) to \(Terminal.day(last))")
      }
    }
    if !status.recentImports.isEmpty {
      lines.append("")
      lines.append("Latest imports:")
      for entry in status.recentImports {
        let when = entry.finishedAt.map(Terminal.day) ?? "unfinished"
        lines.append(
          "  \(when)  \(entry.platform ?? "-")  \(entry.location)  +\(Terminal.count(entry.interactionsAdded)) "
            + "interactions" + (entry.issues > 0 ? ", \(entry.issues) problems" : ""))
      }
    }
    print(lines.joined(separator: "\n"))
  }

}
