import ArgumentParser
import Foundation

/// `rekindle resolve`: groups identities into persons.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Group the identities that share an e-mail, a phone number or an account into persons.",
    discussion: """
      `import` runs this after every batch. Only hard evidence merges today (a shared canonical e-mail or \
      E.164 phone when first names agree, or the same account handle); matching by names is the next step.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(
    help: "The country of phone numbers written without a country code (default: $REKINDLE_REGION, else US).")
  var region: String?

  func run() throws {
    let database = try storeOptions.open()
    let counts = try PersonResolution.run(
      database, region: region?.uppercased() ?? PersonResolution.defaultRegion)
    print(
      "Resolved \(Terminal.count(counts.identities)) identities into \(Terminal.count(counts.persons)) persons."
    )
  }
}
