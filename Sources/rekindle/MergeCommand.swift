import ArchiveImport
import ArgumentParser
import GraphStore

/// `rekindle merge A B`: the user says two persons are one.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Make two persons one, for good: the rule survives re-imports and re-resolution.")

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: "The first person: an id, a name, a handle or an e-mail.")
  var first: String

  @Argument(help: "The second person.")
  var second: String

  func run() throws {
    let database = try storeOptions.open()
    let a = try PersonReference.one(first, in: database)
    let b = try PersonReference.one(second, in: database)
    guard a.id != b.id else {
      throw ValidationError("'\(first)' and '\(second)' are already one person (\(a.id))")
    }
    guard let left = a.identities.first, let right = b.identities.first else {
      throw ValidationError("empty person")
    }
    try database.add(.merge(left, right))
    _ = try StoreResolution.run(database)
    let merged = try database.findPersons(a.id).first ?? database.findPersons(b.id).first
    print("Merged \(a.displayName) and \(b.displayName) into \(merged?.id ?? a.id).")
  }
}
