import Foundation
import Testing

@testable import ImportSupport

struct TextTranscoderTests {
  private func transcode(_ data: Data, chunkSize: Int) -> String {
    var transcoder = TextTranscoder()
    var output: [UInt8] = []
    var start = 0
    while start < data.count {
      let end = min(data.count, start + chunkSize)
      output += transcoder.transcode(data.subdata(in: start..<end))
      start = end
    }
    output += transcoder.finish()
    return String(decoding: output, as: UTF8.self)
  }

  @Test(arguments: [1, 2, 3, 5, 64])
  func `UTF-16LE with a BOM, split anywhere, including inside a surrogate pair`(chunkSize: Int) {
    let text = "\"Name\"\t\"Łukasz 😀\"\r\n"
    let data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    #expect(transcode(data, chunkSize: chunkSize) == text)
  }

  @Test func `UTF-16BE and a UTF-8 BOM are recognized and dropped`() {
    let text = "a,b"
    #expect(transcode(Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!, chunkSize: 4) == text)
    #expect(transcode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), chunkSize: 1) == text)
  }

  @Test func `plain UTF-8 passes through unchanged`() {
    #expect(transcode(Data("Zoë,Müller".utf8), chunkSize: 2) == "Zoë,Müller")
  }
}
