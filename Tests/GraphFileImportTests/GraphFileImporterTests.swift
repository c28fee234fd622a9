import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import GraphFileImport

struct GraphFileImporterTests {
  let importer = GraphFileImporter()

  @Test func `GraphML: keyed node data, edges as ties with weights, dangling edges skipped`() throws {
    let sink = try Fixture.run(importer, on: "graphs/friends.graphml")
    let zoe = try #require(sink.identity("friends:100007"))
    #expect(zoe.displayName == "Zoë Lindqvist")
    #expect(zoe.emails == ["zoe.lindqvist@example.se"])
    #expect(sink.connections.count == 3)
    #expect(sink.connections.allSatisfy { $0.kind == .inGraph })
    #expect(sink.ties.count == 2)
    #expect(sink.ties.first?.weight == 2.0)
    #expect(
      sink.ties.first.map { [$0.first.nativeId, $0.second.nativeId] } == ["friends:100004", "friends:100007"])
    #expect(sink.summary.skipped["edges to nodes the file does not define"] == 1)
  }

  @Test func `GEXF: labels, attribute values and edges`() throws {
    let sink = try Fixture.run(importer, on: "graphs/network.gexf")
    let jonas = try #require(sink.identity("network:501"))
    #expect(jonas.displayName == "Jonas Becker")
    #expect(jonas.profileURLs == ["https://www.facebook.com/jonas.becker.example"])
    #expect(sink.identity("network:502")?.displayName == "Lena Fischer")
    #expect(sink.ties.count == 2)
  }
}
