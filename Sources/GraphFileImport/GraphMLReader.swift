import ImportSupport
import MarkupReading

/// Reads GraphML: `<key id="d0" for="node" attr.name="label"/>`, `<node id><data key>…</data></node>`,
/// `<edge source target>` with an optional weight `<data>`.
struct GraphMLReader: GraphEventReader {
  private var keyNames: [String: String] = [:]
  private var node: GraphFile.Node?
  private var edge: GraphFile.Edge?
  private var dataKey: String?
  private var text = ""

  init() {}

  mutating func consume(_ event: XMLStreamReader.Event, _ emit: (GraphFile.Element) throws -> Void) throws {
    switch event {
    case .start(let name, _, let attributes):
      text = ""
      switch name {
      case "key":
        if let id = attributes["id"] {
          keyNames[id] = (attributes["attr.name"] ?? attributes["name"] ?? id).lowercased()
        }
      case "node": node = GraphFile.Node(id: attributes["id"] ?? "")
      case "edge":
        edge = GraphFile.Edge(
          source: attributes["source"] ?? "", target: attributes["target"] ?? "",
          weight: attributes["weight"].flatMap(Double.init))
      case "data": dataKey = attributes["key"]
      default: break
      }
    case .text(let value):
      text += value
    case .end(let name, _):
      defer { text = "" }
      switch name {
      case "data":
        let key = dataKey.map { keyNames[$0] ?? $0.lowercased() } ?? ""
        let value = text.trimmed
        if node != nil { node?.attributes[key] = value }
        if edge != nil, key == "weight" { edge?.weight = Double(value) }
        dataKey = nil
      case "node":
        if let finished = node { try emit(.node(finished)) }
        node = nil
      case "edge":
        if let finished = edge { try emit(.edge(finished)) }
        edge = nil
      default: break
      }
    }
  }
}
