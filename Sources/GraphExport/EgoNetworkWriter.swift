import Foundation
import GraphStore
import RekindleModel
import TieAnalysis

/// The owner's ego network for graph tools: the owner and every person as nodes, an edge from the
/// owner to each person weighted by tie strength (0 to 1, `docs/analysis.md`), and the edges
/// between persons that imported graph files give. GraphML opens in Gephi, yEd and networkx
/// (`networkx.read_graphml`); the CSV edge list has Gephi's `Source,Target,Weight` columns.
public struct EgoNetworkWriter {
  public let database: GraphDatabase
  /// The date the strengths are computed at.
  public var asOf: Date
  /// Whether persons' names are replaced by stable pseudonyms.
  public var redact: Bool

  public init(database: GraphDatabase, asOf: Date = Date(), redact: Bool = false) {
    self.database = database
    self.asOf = asOf
    self.redact = redact
  }

  /// The activity of every person, with pseudonyms for names when redacting.
  private func ties() throws -> [TieActivity] {
    let ties = try database.tieActivities(asOf: asOf)
    guard redact else { return ties }
    let pseudonyms = Pseudonymizer(key: try database.redactionKey())
    return ties.map { tie in
      var tie = tie
      tie.displayName = pseudonyms.name(personId: tie.personId)
      tie.profileURL = tie.profileURL.map(pseudonyms.url)
      return tie
    }
  }

  /// The node id of the owner.
  static let ownerId = "owner"

  public func writeGraphML(to output: OutputSink) throws {
    let ties = try ties()
    try output.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="platforms" for="node" attr.name="platforms" attr.type="string"/>
        <key id="company" for="node" attr.name="company" attr.type="string"/>
        <key id="profileURL" for="node" attr.name="profileURL" attr.type="string"/>
        <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
        <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
        <key id="messagesSent" for="edge" attr.name="messagesSent" attr.type="int"/>
        <key id="messagesReceived" for="edge" attr.name="messagesReceived" attr.type="int"/>
        <key id="meetingsInPerson" for="edge" attr.name="meetingsInPerson" attr.type="int"/>
        <key id="lastInteraction" for="edge" attr.name="lastInteraction" attr.type="string"/>
        <graph id="ego" edgedefault="undirected">

      """)
    try output.write(
      "    <node id=\"\(Self.ownerId)\"><data key=\"label\">\(Self.xml(redact ? "You" : try database.ownerName() ?? "You"))</data></node>\n"
    )
    for tie in ties {
      var node =
        "    <node id=\"\(Self.xml(tie.personId))\"><data key=\"label\">\(Self.xml(tie.displayName))</data>"
      node +=
        "<data key=\"platforms\">\(Self.xml(tie.platforms.map(\.rawValue).joined(separator: ",")))</data>"
      if let company = tie.company { node += "<data key=\"company\">\(Self.xml(company))</data>" }
      if let url = tie.profileURL { node += "<data key=\"profileURL\">\(Self.xml(url))</data>" }
      try output.write(node + "</node>\n")
    }
    for (index, tie) in ties.enumerated() {
      var edge = "    <edge id=\"e\(index)\" source=\"\(Self.ownerId)\" target=\"\(Self.xml(tie.personId))\">"
      edge +=
        "<data key=\"weight\">\(Self.decimal(TieStrength(tie).total))</data><data key=\"kind\">owner</data>"
      edge += "<data key=\"messagesSent\">\(tie.messagesSent)</data>"
      edge += "<data key=\"messagesReceived\">\(tie.messagesReceived)</data>"
      edge += "<data key=\"meetingsInPerson\">\(tie.meetingsInPerson)</data>"
      if let last = tie.lastInteraction {
        edge += "<data key=\"lastInteraction\">\(ISO8601DateFormatter().string(from: last))</data>"
      }
      try output.write(edge + "</edge>\n")
    }
    for (index, tie) in try database.personTies().enumerated() {
      try output.write(
        "    <edge id=\"k\(index)\" source=\"\(Self.xml(tie.first))\" target=\"\(Self.xml(tie.second))\">"
          + "<data key=\"weight\">\(Self.decimal(tie.weight ?? 1))</data><data key=\"kind\">knows</data></edge>\n"
      )
    }
    try output.write("  </graph>\n</graphml>\n")
  }

  public func writeCSV(to output: OutputSink) throws {
    try output.write(
      "Source,Target,Weight,Kind,Label,MessagesSent,MessagesReceived,MeetingsInPerson,LastInteraction\r\n")
    for tie in try ties() {
      let fields = [
        Self.ownerId, tie.personId, Self.decimal(TieStrength(tie).total), "owner", tie.displayName,
        String(tie.messagesSent), String(tie.messagesReceived), String(tie.meetingsInPerson),
        tie.lastInteraction.map { ISO8601DateFormatter().string(from: $0) } ?? "",
      ]
      try output.write(fields.map(Self.csv).joined(separator: ",") + "\r\n")
    }
    for tie in try database.personTies() {
      try output.write(
        "\(Self.csv(tie.first)),\(Self.csv(tie.second)),\(Self.decimal(tie.weight ?? 1)),knows,,,,,\r\n")
    }
  }

  static func decimal(_ value: Double) -> String {
    let scaled = Int((value * 10000).rounded())
    let fraction = String(scaled % 10000)
    return "\(scaled / 10000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }

  static func xml(_ text: String) -> String { OutputEscaping.xml(text) }

  static func csv(_ field: String) -> String { OutputEscaping.csvField(field) }
}
