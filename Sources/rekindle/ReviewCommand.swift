import ArchiveImport
import ArgumentParser
import Foundation
import GraphStore
import TieAnalysis

/// `rekindle review`: the merges resolution was unsure of, to accept or reject.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review the merges resolution was unsure of: list them, accept or reject them.",
    discussion: """
      Pairs of identities scored as possibly one person, below the confidence of an automatic merge \
      (p 0.5) and above --floor, and merges kept apart because a namesake is as likely (every \
      candidate, best first), with their evidence. `rekindle review accept m-…` merges the pair, \
      `rekindle review reject m-…` keeps it apart; both are rules that outlive re-imports, so a pair \
      is never asked twice.
      """,
    subcommands: [ListCommand.self, DecideCommand<Accept>.self, DecideCommand<Reject>.self],
    defaultSubcommand: ListCommand.self)
}

extension ReviewCommand {
  /// `rekindle review [list]`.
  struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the merge candidates.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The least probability of a pair to list (default: 0.1).")
    var floor = 0.1

    @Option(help: "text (default), json, csv, markdown or html.")
    var format: TableRenderer.Format = .text

    func run() throws {
      let candidates = try storeOptions.open().mergeCandidates(minimumProbability: floor)
      FileHandle.standardOutput.write(
        Data(try MergeCandidateRenderer(format: format).render(candidates).utf8))
    }
  }

  /// What `accept` and `reject` do.
  protocol Decision {
    static var name: String { get }
    static var accepts: Bool { get }
  }

  enum Accept: Decision {
    static let name = "accept"
    static let accepts = true
  }

  enum Reject: Decision {
    static let name = "reject"
    static let accepts = false
  }

  /// `rekindle review accept|reject ID...`.
  struct DecideCommand<D: Decision>: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: D.name,
        abstract: D.accepts
          ? "Merge the pairs: they are one person." : "Keep the pairs apart: they are not one person.")
    }

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The candidates' ids (m-…), as `rekindle review` lists them.")
    var ids: [String]

    func validate() throws {
      guard !ids.isEmpty else {
        throw ValidationError("give the id of a candidate (m-…): see rekindle review")
      }
    }

    func run() throws {
      let database = try storeOptions.open()
      for id in ids {
        guard let candidate = try database.decideMergeCandidate(id, accept: D.accepts) else {
          throw ValidationError("'\(id)' is not a merge candidate now: see rekindle review")
        }
        let names = [candidate.first, candidate.second].map { $0.displayName ?? $0.nativeId }
        print("\(D.accepts ? "Merged" : "Kept apart"): \(names[0]) and \(names[1]).")
      }
      let counts = try StoreResolution.run(database)
      print("Resolved \(counts.identities) identities into \(counts.persons) persons.")
    }
  }
}
