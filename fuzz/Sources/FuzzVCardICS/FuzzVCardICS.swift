import Foundation
import FuzzSupport

/// vCard and iCalendar through their importers (content lines, folding, quoted-printable, charsets,
/// time zones, recurrence rules): the first byte chooses `.vcf` or `.ics`, the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  guard count > 0 else { return 0 }
  let data = Data(bytes: bytes + 1, count: count - 1)
  FuzzedReaders.importFile(data, named: bytes[0] % 2 == 0 ? "contacts.vcf" : "calendar.ics")
  return 0
}

/// The entry point SwiftPM gives this executable target: hands over to libFuzzer's driver.
@_cdecl("FuzzVCardICS_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { bytes, size in testOneInput(bytes, size) }
}
