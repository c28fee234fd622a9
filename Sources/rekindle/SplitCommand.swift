import ArchiveImport
import ArgumentParser
import GraphStore

/// `rekindle split PERSON IDENTITY`: the user says an identity is not that person.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract: "Take an identity out of a person, for good: the rule survives re-imports and re-resolution.")

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: "The person: an id, a name, a handle or an e-mail.")
  var person: String

  @Argument(help: "The identity to take out: its id (i-…, see `explain`) or platform:nativeId.")
  var identity: String

  func run() throws {
    let database = try storeOptions.open()
    let match = try PersonReference.one(person, in: database)
    guard let key = try database.identityKey(identity), match.identities.contains(key) else {
      throw ValidationError(
        "'\(identity)' is not an identity of \(match.displayName) (\(match.id)); see `rekindle explain`")
    }
    try database.add(.split(key))
    _ = try StoreResolution.run(database)
    print("Took \(key.platform.rawValue) \(key.nativeId) out of \(match.displayName).")
  }
}
