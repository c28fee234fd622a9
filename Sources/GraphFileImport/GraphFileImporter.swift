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

  /// Graph files above this are refused (they are read from memory by libxml2).
  static let maximumBytes = 256 << 20

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
        let data = try context.source.readAll(entry, limit: Self.maximumBytes)
        let graph: GraphFile
        do {
          graph = dialect == .graphML ? try GraphFile.graphML(data) : try GraphFile.gexf(data)
        } catch let error as XMLStreamReader.ParseError {
          throw EntryFailure(error.description, line: error.line)
        }
        try record(graph, entry: entry, context: context)
      }
    }
  }

  private func record(_ graph: GraphFile, entry: ArchiveEntry, context: ImportContext) throws {
    // Node ids are local to a file: they are qualified with the file's name.
    let scope = String(entry.fileName.split(separator: ".").first ?? Substring(entry.fileName))
    var keys: [String: IdentityKey] = [:]
    for node in graph.nodes {
      let attributes = node.attributes
      let key = IdentityKey(platform: .graph, nativeId: "\(scope):\(node.id)", kind: .displayName)
      keys[node.id] = key
      let name = attributes["label"] ?? attributes["name"]
      let emails = ["email", "mail", "e-mail"].compactMap { attributes[$0] }.filter { $0.contains("@") }
      let urls = ["url", "link", "profile", "homepage"].compactMap { attributes[$0] }.filter { !$0.isEmpty }
      try context.identity(
        IdentityRecord(
          key: key, displayName: name, emails: emails.map { $0.lowercased() }, profileURLs: urls))
      try context.connection(ConnectionRecord(identity: key, kind: .inGraph, since: nil))
    }
    for edge in graph.edges {
      guard let first = keys[edge.source], let second = keys[edge.target] else {
        context.skip("edges to nodes the file does not define")
        continue
      }
      try context.tie(TieRecord(first: first, second: second, weight: edge.weight))
    }
  }
}
