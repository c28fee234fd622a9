internal import CZlibSupport
import Foundation

/// Inflates a gzip stream (RFC 1952) chunk by chunk with zlib, including files made of several
/// gzip members.
///
/// zlib keeps a pointer back to its `z_stream` and checks that the stream has not moved, so the
/// stream lives on the heap, owned by this object, and is ended exactly once, when the object
/// goes away.
final class GzipInflater {
  private let stream: UnsafeMutablePointer<z_stream>
  private var started = false
  private(set) var finished = false

  init() {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
  }

  deinit {
    if started { inflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Why inflation failed.
  struct Failure: Error {
    var message: String
  }

  /// Inflates `input`, passing the output on in chunks of at most `chunkSize` bytes.
  func inflate(_ input: Data, chunkSize: Int = 1 << 20, _ output: (Data) throws -> Void) throws {
    if !started {
      // 16 + MAX_WBITS: expect a gzip header.
      guard inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
      else {
        throw Failure(message: "zlib could not start inflating")
      }
      started = true
    }
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    try input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      guard let base = raw.bindMemory(to: Bytef.self).baseAddress else { return }
      stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
      stream.pointee.avail_in = uInt(raw.count)
      while stream.pointee.avail_in > 0 {
        let (status, produced) = buffer.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
          stream.pointee.next_out = out.baseAddress
          stream.pointee.avail_out = uInt(out.count)
          let status = CZlibSupport.inflate(stream, Z_NO_FLUSH)
          return (status, out.count - Int(stream.pointee.avail_out))
        }
        if produced > 0 { try output(Data(buffer[0..<produced])) }
        switch status {
        case Z_STREAM_END:
          // Another gzip member may follow.
          finished = stream.pointee.avail_in == 0
          if stream.pointee.avail_in > 0 { inflateReset(stream) }
        case Z_OK, Z_BUF_ERROR:
          if produced == 0 && status == Z_BUF_ERROR { return }
        default:
          throw Failure(message: "corrupt gzip data (zlib error \(status))")
        }
      }
    }
  }
}
