import ArchiveImport
import ArgumentParser
import Foundation

/// `rekindle resolve`: groups identities into persons.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Group the identities that share an e-mail, a phone number or an account into persons.",
    discussion: """
      `import` runs this after every batch. Hard evidence first (a shared canonical e-mail or E.164 phone \
      when first names agree, the same account handle, a distinctive handle reused on two platforms), \
      then names, companies and handles scored by a model learned from your archives; your merge, \
      split and apart rules last. docs/identity-resolution.md has the details and the measured accuracy.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(
    help: "The country of phone numbers written without a country code (default: $REKINDLE_REGION, else US).")
  var region: String?

  func run() throws {
    let database = try storeOptions.open()
    let counts = try StoreResolution.run(database, region: region ?? StoreResolution.defaultRegion)
    print(
      "Resolved \(Terminal.count(counts.identities)) identities into \(Terminal.count(counts.persons)) persons."
    )
  }
}
