import Foundation
import FuzzSupport

/// The CSV entry reader: the first byte chooses the header column searched for, the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  let columns = ["First Name", "FROM", "E-mail 1 - Value", "date", "Name"]
  FuzzedReaders.csv(data, headerColumn: columns[Int(bytes[0]) % columns.count])
  return 0
}

/// The entry point SwiftPM gives this executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzCSV_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { bytes, size in testOneInput(bytes, size) }
}
