import MarkupReading

/// Reads GEXF: `<attribute id="0" title="email"/>`, `<node id label><attvalues><attvalue for value/>`,
/// `<edge source target weight>`.
struct GEXFReader: GraphEventReader {
  private var attributeNames: [String: String] = [:]
  private var inNodeAttributes = false
  private var node: GraphFile.Node?

  init() {}

  mutating func consume(_ event: XMLStreamReader.Event, _ emit: (GraphFile.Element) throws -> Void) throws {
    switch event {
    case .start(let name, _, let attributes):
      switch name {
      case "attributes": inNodeAttributes = attributes["class"] == "node"
      case "attribute":
        if inNodeAttributes, let id = attributes["id"] {
          attributeNames[id] = (attributes["title"] ?? id).lowercased()
        }
      case "node":
        node = GraphFile.Node(id: attributes["id"] ?? "")
        if let label = attributes["label"] { node?.attributes["label"] = label }
      case "attvalue":
        if let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] {
          node?.attributes[attributeNames[key] ?? key.lowercased()] = value
        }
      case "edge":
        try emit(
          .edge(
            GraphFile.Edge(
              source: attributes["source"] ?? "", target: attributes["target"] ?? "",
              weight: attributes["weight"].flatMap(Double.init))))
      default: break
      }
    case .end(let name, _):
      if name == "node", let finished = node {
        try emit(.node(finished))
        node = nil
      }
      if name == "attributes" { inNodeAttributes = false }
    case .text:
      break
    }
  }
}
