import ArchiveAccess
import Foundation
import ImportSupport
import MarkupReading
import RekindleModel

/// Reads a network made elsewhere, as GraphML or GEXF (friend-graph exports for Gephi, NodeXL,
/// Netvizz): nodes become identities with an `inGraph` connection, edges become ties between them.
///
/// See `docs/formats/graphs.md`.
public struct GraphFileImporter: Importer {
  public static let platform = Platform.graph
  public static let readsFilesInAnyArchive = true

  public init() {}

  enum Dialect { case graphML, gexf }

  static func dialect(_ entry: ArchiveEntry, in source: any ArchiveSource) -> Dialect? {
    let name = entry.fileName.lowercased()
    guard name.hasSuffix(".graphml") || name.hasSuffix(".gexf") || name.hasSuffix(".xml") else { return nil }
    let head = source.headText(of: entry, bytes: 1024)
    if head.contains("<graphml") { return .graphML }
    if head.contains("<gexf") { return .gexf }
    return nil
  }

  public static func recognitionScore(of source: any ArchiveSource) -> Int {
    source.entries.filter { dialect($0, in: source) != nil }.count * 10
  }

  public func importArchive(into context: ImportContext) throws {
    for entry in context.source.entries {
      guard let dialect = Self.dialect(entry, in: context.source) else { continue }
      try context.readEntry(entry) { entry in
        switch dialect {
        case .graphML: try read(entry, with: GraphMLReader(), context: context)
        case .gexf: try read(entry, with: GEXFReader(), context: context)
        }
      }
    }
  }

  /// Streams one graph file: nodes are recorded as they are read, edges as soon as both their
  /// ends are known (an edge may come before its nodes).
  private func read<Reader: GraphEventReader>(
    _ entry: ArchiveEntry, with reader: Reader, context: ImportContext
  )
    throws
  {
    var reader = reader
    // Node ids are local to a file: they are qualified with the file's name.
    let scope = String(entry.fileName.split(separator: ".").first ?? Substring(entry.fileName))
    var nodeIds: Set<String> = []
    var waitingEdges: [GraphFile.Edge] = []
    func key(_ nodeId: String) -> IdentityKey {
      IdentityKey(platform: .graph, nativeId: "\(scope):\(nodeId)", kind: .displayName)
    }
    func recordTie(_ edge: GraphFile.Edge) throws {
      try context.tie(TieRecord(first: key(edge.source), second: key(edge.target), weight: edge.weight))
    }
    try context.readXML(entry) { event in
      try reader.consume(event) { element in
        switch element {
        case .node(let node):
          nodeIds.insert(node.id)
          try recordNode(node, key: key(node.id), context: context)
        case .edge(let edge):
          if nodeIds.contains(edge.source) && nodeIds.contains(edge.target) {
            try recordTie(edge)
          } else {
            waitingEdges.append(edge)
          }
        }
      }
    }
    for edge in waitingEdges {
      guard nodeIds.contains(edge.source) && nodeIds.contains(edge.target) else {
        context.skip("edges to nodes the file does not define")
        continue
      }
      try recordTie(edge)
    }
  }

  private func recordNode(_ node: GraphFile.Node, key: IdentityKey, context: ImportContext) throws {
    let attributes = node.attributes
    let name = attributes["label"] ?? attributes["name"]
    let emails = ["email", "mail", "e-mail"].compactMap { attributes[$0] }.filter { $0.contains("@") }
    let urls = ["url", "link", "profile", "homepage"].compactMap { attributes[$0] }.filter { !$0.isEmpty }
    try context.identity(
      IdentityRecord(
        key: key, displayName: name, emails: emails.map { $0.lowercased() }, profileURLs: urls))
    try context.connection(ConnectionRecord(identity: key, kind: .inGraph, since: nil))
  }
}
