import Foundation
import FuzzSupport

/// HTML pages and streamed XML through libxml2: the first byte chooses which, the rest is the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  FuzzedReaders.markup(data, html: bytes[0] % 2 == 0)
  return 0
}

/// The entry point SwiftPM gives this executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzMarkup_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { bytes, size in testOneInput(bytes, size) }
}
