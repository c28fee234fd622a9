import Foundation

/// Turns an entry's bytes into UTF-8, chunk by chunk, whatever encoding its byte-order mark names.
///
/// UTF-8 (with or without a BOM) passes through with the BOM removed; UTF-16LE and UTF-16BE
/// (LinkedIn's 2018 files, Excel's "Unicode text") are transcoded. A chunk boundary may fall
/// inside a UTF-16 code unit or a surrogate pair: the leftover bytes wait for the next chunk.
public struct TextTranscoder {
  /// The encoding the byte-order mark announced.
  public enum Encoding: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
  }

  public private(set) var encoding: Encoding?
  private var pending: [UInt8] = []

  public init() {}

  /// Returns the UTF-8 bytes of `chunk`, keeping an incomplete trailing code unit for later.
  public mutating func transcode(_ chunk: Data) -> [UInt8] {
    var bytes = pending
    bytes.append(contentsOf: chunk)
    pending = []
    if encoding == nil {
      if bytes.count < 3 && !chunk.isEmpty {
        pending = bytes
        return []
      }
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        encoding = .utf8
        bytes.removeFirst(3)
      } else if bytes.starts(with: [0xFF, 0xFE]) {
        encoding = .utf16LittleEndian
        bytes.removeFirst(2)
      } else if bytes.starts(with: [0xFE, 0xFF]) {
        encoding = .utf16BigEndian
        bytes.removeFirst(2)
      } else if bytes.count >= 4, bytes[0] != 0, bytes[1] == 0, bytes[3] == 0 {
        encoding = .utf16LittleEndian  // no BOM, but ASCII text with zero high bytes
      } else {
        encoding = .utf8
      }
    }
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian:
      return utf16ToUTF8(bytes, littleEndian: encoding == .utf16LittleEndian)
    default:
      return bytes
    }
  }

  /// Returns whatever was held back at the end of the input.
  public mutating func finish() -> [UInt8] {
    defer { pending = [] }
    return pending
  }

  private mutating func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index + 1 < bytes.count {
      let unit =
        littleEndian
        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
        : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
      units.append(unit)
      index += 2
    }
    // Hold back an odd byte and a trailing high surrogate for the next chunk.
    var keep = Array(bytes[index...])
    if let last = units.last, (0xD800...0xDBFF).contains(last) {
      units.removeLast()
      let unitBytes: [UInt8] =
        littleEndian ? [UInt8(last & 0xFF), UInt8(last >> 8)] : [UInt8(last >> 8), UInt8(last & 0xFF)]
      keep = unitBytes + keep
    }
    pending = keep
    var output: [UInt8] = []
    output.reserveCapacity(units.count)
    for scalar in Unicode.UTF16.decode(units) {
      output.append(contentsOf: String(scalar).utf8)
    }
    return output
  }
}

extension Unicode.UTF16 {
  /// Decodes code units, replacing unpaired surrogates with U+FFFD.
  fileprivate static func decode(_ units: [UInt16]) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    var iterator = units.makeIterator()
    var decoder = Unicode.UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break loop
      case .error: scalars.append("\u{FFFD}")
      }
    }
    return scalars
  }
}
