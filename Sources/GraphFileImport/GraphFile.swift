import Foundation
import MarkupReading

/// The nodes and edges of a GraphML or GEXF file.
struct GraphFile {
  struct Node {
    var id: String
    /// Attribute values by attribute name (`label`, `email`, `uid`...), lowercased names.
    var attributes: [String: String] = [:]
  }

  struct Edge {
    var source: String
    var target: String
    var weight: Double?
  }

  var nodes: [Node] = []
  var edges: [Edge] = []

  static let graphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

  /// Reads GraphML: `<key id="d0" for="node" attr.name="label"/>`, `<node id><data key>…</data></node>`,
  /// `<edge source target>` with an optional weight `<data>`.
  static func graphML(_ data: Data) throws -> GraphFile {
    let reader = try XMLStreamReader(data: data)
    var graph = GraphFile()
    var keyNames: [String: String] = [:]
    var node: Node?
    var edge: Edge?
    var dataKey: String?
    var text = ""
    while let event = try reader.next() {
      switch event {
      case .start(let name, _, let attributes):
        text = ""
        switch name {
        case "key":
          if let id = attributes["id"] {
            keyNames[id] = (attributes["attr.name"] ?? attributes["name"] ?? id).lowercased()
          }
        case "node": node = Node(id: attributes["id"] ?? "")
        case "edge":
          edge = Edge(
            source: attributes["source"] ?? "", target: attributes["target"] ?? "",
            weight: attributes["weight"].flatMap(Double.init))
        case "data": dataKey = attributes["key"]
        default: break
        }
      case .text(let value):
        text += value
      case .end(let name, _):
        switch name {
        case "data":
          let key = dataKey.map { keyNames[$0] ?? $0.lowercased() } ?? ""
          let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
          if node != nil { node?.attributes[key] = value }
          if edge != nil, key == "weight" { edge?.weight = Double(value) }
          dataKey = nil
        case "node":
          if let finished = node { graph.nodes.append(finished) }
          node = nil
        case "edge":
          if let finished = edge { graph.edges.append(finished) }
          edge = nil
        default: break
        }
      }
    }
    return graph
  }

  /// Reads GEXF: `<attribute id="0" title="email"/>`, `<node id label><attvalues><attvalue for value/>`,
  /// `<edge source target weight>`.
  static func gexf(_ data: Data) throws -> GraphFile {
    let reader = try XMLStreamReader(data: data)
    var graph = GraphFile()
    var attributeNames: [String: String] = [:]
    var inNodeAttributes = false
    var node: Node?
    while let event = try reader.next() {
      switch event {
      case .start(let name, _, let attributes):
        switch name {
        case "attributes": inNodeAttributes = attributes["class"] == "node"
        case "attribute":
          if inNodeAttributes, let id = attributes["id"] {
            attributeNames[id] = (attributes["title"] ?? id).lowercased()
          }
        case "node":
          node = Node(id: attributes["id"] ?? "")
          if let label = attributes["label"] { node?.attributes["label"] = label }
        case "attvalue":
          if let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] {
            node?.attributes[attributeNames[key] ?? key.lowercased()] = value
          }
        case "edge":
          graph.edges.append(
            Edge(
              source: attributes["source"] ?? "", target: attributes["target"] ?? "",
              weight: attributes["weight"].flatMap(Double.init)))
        default: break
        }
      case .end(let name, _):
        if name == "node", let finished = node {
          graph.nodes.append(finished)
          node = nil
        }
        if name == "attributes" { inNodeAttributes = false }
      case .text:
        break
      }
    }
    return graph
  }
}
