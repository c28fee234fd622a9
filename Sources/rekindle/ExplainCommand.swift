import ArgumentParser
import GraphStore

/// `rekindle explain PERSON`: why a person is made of its identities.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Show a person's identities, the evidence that merged them, and namesakes kept apart.")

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: "The person: an id, a name, a handle or an e-mail.")
  var person: String

  func run() throws {
    let database = try storeOptions.open()
    let explanation = try database.explain(PersonReference.one(person, in: database))
    var lines = ["\(explanation.person.displayName) (\(explanation.person.id))", "", "Identities:"]
    for member in explanation.members {
      lines.append(
        "  \(member.id)  \(member.platform.rawValue)  \(member.nativeId)"
          + (member.displayName.map { "  \"\($0)\"" } ?? "")
          + (member.profileURL.map { "  \($0)" } ?? ""))
    }
    lines.append("")
    lines.append(explanation.links.isEmpty ? "Merged by: nothing (one identity)" : "Merged by:")
    for link in explanation.links {
      let reason =
        switch link.evidence {
        case .rule: "your merge rule"
        case .scored(let comparison): "names scored \(comparison)"
        case .sharedKey(let key): "shared \(key)"
        }
      lines.append("  \(link.first) + \(link.second): \(reason)")
    }
    if !explanation.nearMisses.isEmpty {
      lines.append("")
      lines.append("Kept apart (near-misses and namesakes):")
      for miss in explanation.nearMisses {
        lines.append(
          "  \(miss.personId)  \(miss.displayName)  (\(miss.platform.rawValue))"
            + (miss.evidence.map { ": scored \($0)" } ?? ": same name, no shared e-mail, phone or account"))
      }
    }
    print(lines.joined(separator: "\n"))
  }
}
