import ArchiveImport
import Foundation
import RekindleModel

/// One fuzz input: its first byte chooses the file name (and so the readers the importer tries),
/// the rest is the file. The whole import runs into a destination that keeps nothing.
///
/// A crash, a hang or an address-sanitizer report is a finding; an import error is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let name = FuzzInputs.names[Int(bytes[0]) % FuzzInputs.names.count]
  let content = Data(bytes: bytes + 1, count: count - 1)
  let directory = FuzzInputs.directory
  let url = directory.appendingPathComponent(name)
  do {
    try content.write(to: url)
    var importer = ArchiveImporter()
    importer.ownerNames = ["Alex Rivera"]
    _ = try importer.importArchive(at: url, into: DiscardingDestination())
  } catch {
    // Errors are the expected outcome of bad input.
  }
  try? FileManager.default.removeItem(at: url)
  return 0
}

/// The file names a fuzz input can take, and where it is written.
enum FuzzInputs {
  static let names = [
    "Connections.csv", "messages.csv", "your_friends.json", "message_1.json", "followers_1.json",
    "tweets.js", "direct-messages.js", "contacts.vcf", "contacts.csv", "calendar.ics", "result.json",
    "WhatsApp Chat with Priya.txt", "archive.zip", "graph.graphml", "graph.gexf", "foaf.rdf", "contacts.xml",
    "messages.html", "outbox.json", "archive.tar.gz", "meetings.csv",
  ]

  static let directory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rekindle-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()
}

/// A destination that reads every record and keeps none.
struct DiscardingDestination: GraphDestination {
  func storeArchive(_ body: (any GraphSink) throws -> ImportSummary) throws -> ImportSummary {
    try body(DiscardingSink())
  }
}

final class DiscardingSink: GraphSink {
  func owner(_ owner: OwnerAccount) throws {}
  func identity(_ identity: IdentityRecord) throws {}
  func interaction(_ interaction: InteractionRecord) throws {}
  func connection(_ connection: ConnectionRecord) throws {}
  func tie(_ tie: TieRecord) throws {}
}

/// libFuzzer's driver, which parses the command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The entry point SwiftPM gives an executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzImport_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { bytes, size in fuzzImport(bytes, size) }
}
