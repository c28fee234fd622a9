internal import CZlibSupport
import Foundation
import ZIPFoundation

/// Reads the entries of a zip file as streams, without extracting anything to disk.
///
/// Inflated bytes are checked against the entry's declared size and CRC-32 (computed with zlib,
/// which is about three times faster than ZIPFoundation's own checksum on Linux).
public final class ZipArchiveSource: ArchiveSource {
  public let location: String
  public private(set) var entries: [ArchiveEntry] = []
  public private(set) var refusedEntries: [ArchiveError] = []
  private let archive: Archive
  private var zipEntries: [String: Entry] = [:]
  private let limits: ReadLimits

  /// Opens a zip file and reads its central directory.
  ///
  /// - Throws: ``ArchiveError`` when the file is not a readable zip (truncated, corrupt).
  public init(url: URL, limits: ReadLimits = .standard) throws {
    self.location = url.path
    self.limits = limits
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw ArchiveError(
        archive: url.path,
        reason: "not a readable zip file (\(error)); the download may be incomplete: download it again")
    }
    var listed = 0
    for entry in archive {
      listed += 1
      guard entry.type == .file else {
        if entry.type == .symlink {
          refusedEntries.append(
            ArchiveError(
              archive: location, entry: entry.path,
              reason: "symbolic link entries are not read (exports never hold them)"))
        }
        continue
      }
      guard let path = EntryPath.normalized(entry.path) else {
        refusedEntries.append(
          ArchiveError(
            archive: location, entry: entry.path,
            reason:
              "unsafe entry path refused (it points outside the archive; the archive was crafted or damaged)")
        )
        continue
      }
      if let bomb = bombRefusal(entry, path: path) {
        refusedEntries.append(bomb)
        continue
      }
      if zipEntries[path] == nil {
        entries.append(
          ArchiveEntry(path: path, size: entry.uncompressedSize, version: UInt64(entry.checksum)))
      }
      zipEntries[path] = entry
    }
    // ZIPFoundation leaves out encrypted entries without a word: count them from the end of the
    // central directory, so that the user learns that something was not read.
    if let declared = Self.declaredEntryCount(url), declared > listed {
      refusedEntries.append(
        ArchiveError(
          archive: location,
          reason:
            "\(declared - listed) encrypted (password-protected) entries were not read: export the archive again without a password"
        ))
    }
  }

  /// The number of entries the end-of-central-directory record declares, or `nil` when it cannot
  /// be found or is a zip64 placeholder.
  static func declaredEntryCount(_ url: URL) -> Int? {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
    defer { try? handle.close() }
    guard let size = try? handle.seekToEnd(), size >= 22 else { return nil }
    let tail = min(size, 65_557)
    guard (try? handle.seek(toOffset: size - tail)) != nil,
      let bytes = try? handle.read(upToCount: Int(tail)),
      bytes.count >= 22
    else { return nil }
    let data = [UInt8](bytes)
    var index = data.count - 22
    while index >= 0 {
      if data[index] == 0x50, data[index + 1] == 0x4B, data[index + 2] == 0x05, data[index + 3] == 0x06 {
        let count = Int(data[index + 10]) | Int(data[index + 11]) << 8
        return count == 0xFFFF ? nil : count
      }
      index -= 1
    }
    return nil
  }

  /// Why an entry is refused before a byte of it is inflated: it declares more than
  /// ``ReadLimits/compressionRatioFloor`` bytes and more than ``ReadLimits/maxCompressionRatio``
  /// times its compressed size. (An entry that declares less than it holds is stopped at its
  /// declared size while it is read.)
  private func bombRefusal(_ zipEntry: Entry, path: String) -> ArchiveError? {
    let declared = zipEntry.uncompressedSize
    let compressed = max(zipEntry.compressedSize, 1)
    guard declared > limits.compressionRatioFloor, declared / compressed > limits.maxCompressionRatio else {
      return nil
    }
    return ArchiveError(
      archive: location, entry: path,
      reason:
        "refused: it would inflate \(declared / compressed) times, from \(compressed) to \(declared) bytes; "
        + "no real export compresses more than \(limits.maxCompressionRatio) times (a zip bomb, or a file of "
        + "one repeated line). The archive's other files are read")
  }

  public func read(_ entry: ArchiveEntry, _ consume: (Data) throws -> Void) throws {
    guard let zipEntry = zipEntries[entry.path] else {
      throw ArchiveError(archive: location, entry: entry.path, reason: "no such entry")
    }
    let declared = zipEntry.uncompressedSize
    let cap = min(declared, limits.maxEntryBytes)
    var total: UInt64 = 0
    var crc: uLong = crc32(0, nil, 0)
    do {
      _ = try archive.extract(zipEntry, bufferSize: 1 << 20, skipCRC32: true) { chunk in
        total += UInt64(chunk.count)
        if total > cap {
          throw ArchiveError(
            archive: location, entry: entry.path,
            reason: total > declared
              ? "inflates past its declared size of \(declared) bytes (a corrupt or hostile archive): download the export again from the platform"
              : "larger than the limit of \(limits.maxEntryBytes) bytes; unpack the archive and import the folder to read it"
          )
        }
        chunk.withUnsafeBytes { raw in
          crc = crc32(crc, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count))
        }
        do {
          try consume(chunk)
        } catch {
          throw ConsumerFailure(underlying: error)
        }
      }
    } catch let failure as ConsumerFailure {
      throw failure.underlying
    } catch let error as ArchiveError {
      throw error
    } catch {
      throw ArchiveError(
        archive: location, entry: entry.path,
        reason: "cannot be inflated (\(error)); the archive is damaged: download it again")
    }
    if total != declared {
      throw ArchiveError(
        archive: location, entry: entry.path,
        reason: "truncated: \(total) of \(declared) bytes could be read; download the archive again")
    }
    if UInt32(truncatingIfNeeded: crc) != zipEntry.checksum {
      throw ArchiveError(
        archive: location, entry: entry.path,
        reason: "CRC-32 mismatch: the entry is corrupt; download the archive again")
    }
  }
}

/// Carries an error thrown by the consumer through ZIPFoundation, so that it is not mistaken for
/// an inflation failure.
private struct ConsumerFailure: Error {
  let underlying: any Error
}
