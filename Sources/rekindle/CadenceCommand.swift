import ArgumentParser
import GraphStore

/// `rekindle cadence PERSON 30d`, `rekindle cadence --tag family 14d`: how often to keep in touch.
struct CadenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cadence",
    abstract: "Set how often you want to be in touch with a person, or with everyone with a tag.",
    discussion: """
      `rekindle cadence "Priya Natarajan" 30d` or `rekindle cadence --tag family 14d` (lengths: 14d, \
      6w, 3m, 1y); --clear removes the cadence. A person's own cadence wins over their tags'; of \
      several tags, the shortest. `rekindle due` lists who is overdue.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Option(help: "Set the cadence of everyone with this tag (see `rekindle tag`).")
  var tag: String?

  @Flag(help: "Remove the cadence instead of setting it.")
  var clear = false

  @Argument(help: "The person (an id, a name, a handle or an e-mail; not with --tag), then the length.")
  var arguments: [String] = []

  func run() throws {
    let expected = (tag == nil ? 1 : 0) + (clear ? 0 : 1)
    guard arguments.count == expected else {
      throw ValidationError(
        tag == nil
          ? "give a person and a length, such as: rekindle cadence \"Priya Natarajan\" 30d"
          : "give a length after the tag, such as: rekindle cadence --tag family 14d")
    }
    var length: SilenceLength?
    if !clear {
      guard let parsed = SilenceLength(argument: arguments[arguments.count - 1]) else {
        throw ValidationError("'\(arguments[arguments.count - 1])' is not a length (use 14d, 6w, 3m or 1y)")
      }
      length = parsed
    }
    let database = try storeOptions.open()
    if let tag {
      try database.setCadence(days: length?.days, forTag: tag)
      print(
        length.map { "Everyone tagged \(tag): every \($0.text)." } ?? "Everyone tagged \(tag): no cadence.")
    } else {
      let person = try PersonReference.one(arguments[0], in: database)
      guard let identity = person.identities.first else { throw ValidationError("empty person") }
      try database.setCadence(days: length?.days, for: identity)
      print(length.map { "\(person.displayName): every \($0.text)." } ?? "\(person.displayName): no cadence.")
    }
  }
}

/// `rekindle tag PERSON TAG`: labels a person (for cadences by tag).
struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag", abstract: "Tag a person (family, mentor, ...), for cadences by tag.")

  @OptionGroup var storeOptions: StoreOptions

  @Flag(help: "Remove the tag instead of adding it.")
  var remove = false

  @Argument(help: "The person: an id, a name, a handle or an e-mail.")
  var person: String

  @Argument(help: "The tag.")
  var tag: String

  func run() throws {
    let database = try storeOptions.open()
    let match = try PersonReference.one(person, in: database)
    guard let identity = match.identities.first else { throw ValidationError("empty person") }
    try database.setTag(tag, for: identity, remove: remove)
    print(remove ? "\(match.displayName): no longer tagged \(tag)." : "\(match.displayName): tagged \(tag).")
  }
}
