import Foundation
import FuzzSupport

/// One fuzz input: its first byte chooses the file name (and so the readers the importer tries),
/// the rest is the file, imported whole with the real `ArchiveImporter`.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  FuzzedReaders.importFile(data, named: fileNames[Int(bytes[0]) % fileNames.count])
  return 0
}

/// The file names an input can take (scripts/fuzz.sh seeds with the same list).
let fileNames = [
  "Connections.csv", "messages.csv", "your_friends.json", "message_1.json", "followers_1.json",
  "tweets.js", "direct-messages.js", "contacts.vcf", "contacts.csv", "calendar.ics", "result.json",
  "WhatsApp Chat with Priya.txt", "archive.zip", "graph.graphml", "graph.gexf", "foaf.rdf", "contacts.xml",
  "messages.html", "outbox.json", "archive.tar.gz", "meetings.csv",
]

/// The entry point SwiftPM gives this executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { bytes, size in testOneInput(bytes, size) }
}
