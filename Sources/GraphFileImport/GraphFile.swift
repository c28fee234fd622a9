import MarkupReading

/// The parts of a GraphML or GEXF file, as they are read.
enum GraphFile {
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

  /// One node or edge, handed on when its element ends.
  enum Element {
    case node(Node)
    case edge(Edge)
  }
}

/// Turns the events of one dialect of graph file into nodes and edges.
protocol GraphEventReader {
  init()
  /// Takes the next event; `emit` receives each node and edge as soon as it is complete.
  mutating func consume(_ event: XMLStreamReader.Event, _ emit: (GraphFile.Element) throws -> Void) throws
}
