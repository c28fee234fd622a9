import ArchiveAccess
import Foundation
import ImportSupport
import MarkupReading

/// One fuzz target for each reader entry point, chosen by the input's first byte: the CSV parser
/// (after the text transcoder), the JSON array splitter, the vCard/iCalendar content-line reader,
/// the HTML document, the XML stream reader, and the zip/tar.gz opener with every entry read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  switch bytes[0] % 6 {
  case 0:
    var transcoder = TextTranscoder()
    var parser = CSVParser()
    var rows = 0
    try? parser.feed(transcoder.transcode(data) + transcoder.finish()) { _ in rows += 1 }
    try? parser.finish { _ in rows += 1 }
  case 1:
    var splitter = JSONArraySplitter(path: ["friends_v2"], maxElementBytes: 1 << 20)
    try? splitter.feed(data) { element in _ = try? JSONSerialization.jsonObject(with: element) }
    try? splitter.finish()
  case 2:
    var reader = ContentLineReader()
    for line in data.split(separator: 0x0A) { try? reader.feed(Array(line)) { _ in } }
    try? reader.finish { _ in }
  case 3:
    if let document = try? HTMLDocument(data: data) { _ = document.elements().count }
  case 4:
    try? XMLStreamReader.read({ try $0(data) }) { _ in }
  default:
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rekindle-fuzz-archive-\(getpid())")
    guard (try? data.write(to: url)) != nil else { return 0 }
    if let source = try? ArchiveOpener.open(url, limits: ReadLimits(maxEntryBytes: 64 << 20)) {
      for entry in source.entries { try? source.read(entry) { _ in } }
    }
    try? FileManager.default.removeItem(at: url)
  }
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The entry point SwiftPM gives an executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzReaders_main")
public func fuzzReadersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt
{
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { bytes, size in fuzzReaders(bytes, size) }
}
