import Foundation

/// Parses a tar stream fed in chunks: 512-byte headers, then each entry's body padded to 512
/// bytes; ustar `prefix` fields, GNU long names (`L`) and PAX `path` records (`x`) are honoured.
struct TarStreamParser {
  struct Failure: Error {
    var entry: String?
    var message: String
  }

  private enum State {
    case header
    case body(header: TarGzArchiveSource.Header, remaining: UInt64, padding: UInt64, kind: BodyKind)
    case padding(remaining: UInt64)
    case end
  }

  private enum BodyKind { case entry, longName, pax, skipped }

  let maximumEntryBytes: UInt64
  private var state = State.header
  private var buffer: [UInt8] = []
  private var pendingName: String?
  private var metadata: [UInt8] = []
  private(set) var currentPath: String?
  private var reading = false

  /// What to do with an entry's body.
  enum Decision { case skip, read }

  init(maximumEntryBytes: UInt64) {
    self.maximumEntryBytes = maximumEntryBytes
  }

  /// True when the stream ended between entries (or at the end-of-archive blocks).
  var isComplete: Bool {
    switch state {
    case .header, .end: buffer.isEmpty || buffer.allSatisfy { $0 == 0 }
    default: false
    }
  }

  /// Feeds inflated bytes. `decide` is asked about each file entry; the bodies it reads go to
  /// `onBody`. Returns true once a body that was read has ended (the caller can stop there).
  mutating func feed(
    _ chunk: Data, decide: (TarGzArchiveSource.Header) throws -> Decision, onBody: (Data) throws -> Void
  ) throws -> Bool {
    var input = chunk[...]
    while !input.isEmpty {
      switch state {
      case .end:
        return false
      case .header:
        let needed = 512 - buffer.count
        buffer.append(contentsOf: input.prefix(needed))
        input = input.dropFirst(needed)
        guard buffer.count == 512 else { return false }
        let block = buffer
        buffer.removeAll(keepingCapacity: true)
        if block.allSatisfy({ $0 == 0 }) {
          state = .end
          return false
        }
        guard let header = try parseHeader(block) else { continue }
        let padding = (512 - header.size % 512) % 512
        let kind: BodyKind
        switch header.type {
        case UInt8(ascii: "L"): kind = .longName
        case UInt8(ascii: "x"): kind = .pax
        default: kind = header.isFile ? .entry : .skipped
        }
        currentPath = header.path
        metadata.removeAll()
        if kind == .entry, header.size > maximumEntryBytes {
          throw Failure(entry: header.path, message: "larger than the limit of \(maximumEntryBytes) bytes")
        }
        state = .body(header: header, remaining: header.size, padding: padding, kind: kind)
        reading = try kind == .entry && decide(header) == .read
        if header.size == 0 {
          try finishBody(kind: kind)
          if reading { return true }
        }
      case .body(let header, let remaining, let padding, let kind):
        let take = Int(min(UInt64(input.count), remaining))
        let piece = input.prefix(take)
        input = input.dropFirst(take)
        switch kind {
        case .entry: if reading { try onBody(Data(piece)) }
        case .longName, .pax: metadata.append(contentsOf: piece)
        case .skipped: break
        }
        let left = remaining - UInt64(take)
        if left == 0 {
          state = .padding(remaining: padding)
          try finishBody(kind: kind)
          if reading { return true }
        } else {
          state = .body(header: header, remaining: left, padding: padding, kind: kind)
        }
      case .padding(let remaining):
        let take = Int(min(UInt64(input.count), remaining))
        input = input.dropFirst(take)
        let left = remaining - UInt64(take)
        state = left == 0 ? .header : .padding(remaining: left)
      }
    }
    if case .padding(0) = state { state = .header }
    return false
  }

  private mutating func finishBody(kind: BodyKind) throws {
    switch kind {
    case .longName:
      pendingName = String(decoding: metadata.prefix { $0 != 0 }, as: UTF8.self)
    case .pax:
      // Records: "<length> <key>=<value>\n".
      let text = String(decoding: metadata, as: UTF8.self)
      for record in text.split(separator: "\n") {
        guard let space = record.firstIndex(of: " ") else { continue }
        let pair = record[record.index(after: space)...]
        if pair.hasPrefix("path=") { pendingName = String(pair.dropFirst(5)) }
      }
    default:
      break
    }
    if case .body(_, _, let padding, _) = state {
      state = padding == 0 ? .header : .padding(remaining: padding)
    }
  }

  private mutating func parseHeader(_ block: [UInt8]) throws -> TarGzArchiveSource.Header? {
    func field(_ offset: Int, _ length: Int) -> [UInt8] {
      Array(block[offset..<offset + length].prefix { $0 != 0 })
    }
    // Checksum: the sum of the header bytes with the checksum field read as spaces.
    let stored = UInt64(
      String(decoding: field(148, 8), as: UTF8.self).trimmingCharacters(in: .whitespaces), radix: 8)
    let computed = block.enumerated().reduce(UInt64(0)) { sum, item in
      sum + UInt64((148..<156).contains(item.offset) ? 0x20 : item.element)
    }
    guard stored == computed else {
      throw Failure(entry: currentPath, message: "corrupt tar header (bad checksum)")
    }
    let sizeField = block[124..<136]
    let size: UInt64
    if let first = sizeField.first, first & 0x80 != 0 {
      // GNU base-256 size for entries of 8 GiB and more.
      size = sizeField.dropFirst().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    } else {
      let text = String(decoding: field(124, 12), as: UTF8.self).trimmingCharacters(in: .whitespaces)
      guard let value = UInt64(text.isEmpty ? "0" : text, radix: 8) else {
        throw Failure(entry: currentPath, message: "corrupt tar header (size)")
      }
      size = value
    }
    var path = String(decoding: field(0, 100), as: UTF8.self)
    let magic = String(decoding: field(257, 5), as: UTF8.self)
    if magic == "ustar" {
      let prefix = String(decoding: field(345, 155), as: UTF8.self)
      if !prefix.isEmpty { path = prefix + "/" + path }
    }
    let type = block[156]
    if type != UInt8(ascii: "L") && type != UInt8(ascii: "x") && type != UInt8(ascii: "g"),
      let long = pendingName
    {
      path = long
      pendingName = nil
    }
    return TarGzArchiveSource.Header(path: path, size: size, type: type)
  }
}
