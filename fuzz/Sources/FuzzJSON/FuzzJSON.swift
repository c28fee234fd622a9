import Foundation
import FuzzSupport

/// The JSON and `window.YTD` JavaScript reader: the first byte chooses the array's path (or the whole
/// document), the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  let paths: [[String]] = [[], ["friends_v2"], ["messages"], ["chats", "list"]]
  let choice = Int(bytes[0])
  FuzzedReaders.json(data, path: paths[choice % paths.count], whole: choice % 5 == 4)
  return 0
}

/// The entry point SwiftPM gives this executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzJSON_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { bytes, size in testOneInput(bytes, size) }
}
