import ArchiveAccess
import MarkupReading

extension ImportContext {
  /// Streams an XML entry through `handle`, chunk by chunk as it is decompressed: memory stays
  /// bounded whatever the size of the file. A document that is not well-formed is reported with
  /// the line where it broke (events before that point have been handled). Entities the document
  /// declares are never expanded; each is counted as skipped, with the first one's name.
  public func readXML(_ entry: ArchiveEntry, _ handle: (XMLStreamReader.Event) throws -> Void) throws {
    do {
      let refused = try XMLStreamReader.read({ try source.read(entry, $0) }, handle)
      for name in refused {
        skip(
          "entities the document declares (never expanded: what they stand for is left out)", example: name)
      }
    } catch let error as XMLStreamReader.ParseError {
      // With its line, which the parse error holds as a number of its own.
      throw EntryFailure(error.summary, line: error.line)
    }
  }
}
