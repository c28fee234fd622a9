internal import CLibXML2
import Foundation

/// Reads an XML document as a stream of events, fed in chunks as they come out of an archive, with
/// libxml2's push parser (SAX2). Memory stays bounded whatever the size of the file or of its
/// lines: a 1 GB file on one line streams like any other.
///
/// It is safe on hostile input: no network access, no DTD loaded, and entities the document
/// declares in an internal subset (`<!DOCTYPE r [ <!ENTITY x …> ]>`) are never expanded, neither
/// external nor internal ones: a reference to one stands for nothing, and the names are listed
/// in ``refusedEntities``, so external entities (XXE) and entity bombs (billion laughs) read as
/// harmless text while the rest of the document is read. A reference to an entity the document
/// does not declare is an error (the document is not well-formed). The five predefined entities
/// and character references are decoded as usual.
///
/// ```swift
/// let reader = try XMLStreamReader()
/// try source.read(entry) { chunk in try reader.feed(chunk) { event in ... } }
/// try reader.finish { event in ... }
/// ```
public final class XMLStreamReader {
  /// One step through the document.
  public enum Event: Equatable, Sendable {
    /// An element starts: its local name, namespace URI and attributes (by local name).
    case start(name: String, namespace: String?, attributes: [String: String])
    /// An element ends (also sent for empty elements such as `<a/>`).
    case end(name: String, namespace: String?)
    /// Text or CDATA content. A run of text may come in several events; runs longer than the
    /// reader's `maxTextBytes` are cut there.
    case text(String)
  }

  /// Why the document could not be read; `line` is where libxml2 stopped.
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    /// libxml2's own words, such as `Opening and ending tag mismatch: b line 2 and a`.
    public var reason: String?
    /// What the user can do about it.
    public var advice: String

    public init(line: Int, reason: String? = nil, advice: String = "the file is not well-formed XML") {
      self.line = line
      self.reason = reason
      self.advice = advice
    }

    /// What went wrong and what to do, without the line.
    public var summary: String {
      let detail = reason.map { " (\($0))" } ?? ""
      return "invalid XML\(detail): \(advice)"
    }

    public var description: String { "line \(line): \(summary)" }
  }

  /// The longest run of text handed on; the rest of a longer run is dropped.
  public let maxTextBytes: Int

  /// The entities the document declares, in order: none is expanded (a reference to one stands
  /// for nothing), so the text they would have held is missing from the events.
  public var refusedEntities: [String] { collector.refusedEntities }

  private let context: xmlParserCtxtPtr
  private let collector: EventCollector
  /// Input is handed to libxml2 in slices of this size, which bounds the events collected per call.
  private static let sliceBytes = 64 << 10

  /// Prepares a reader; feed it with ``feed(_:_:)`` and end with ``finish(_:)``.
  public init(maxTextBytes: Int = 1 << 20) throws {
    self.maxTextBytes = maxTextBytes
    collector = EventCollector(maxTextBytes: maxTextBytes)
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { userData, localName, _, namespace, _, _, attributeCount, _, attributes in
      EventCollector.from(userData)?.start(localName, namespace, Int(attributeCount), attributes)
    }
    handler.endElementNs = { userData, localName, _, namespace in
      EventCollector.from(userData)?.end(localName, namespace)
    }
    handler.characters = { userData, characters, length in
      EventCollector.from(userData)?.text(characters, Int(length))
    }
    handler.cdataBlock = { userData, characters, length in
      EventCollector.from(userData)?.text(characters, Int(length))
    }
    // Declared entities are recorded and never stored, so no reference to one is expanded.
    handler.entityDecl = { userData, name, _, _, _, _ in
      EventCollector.from(userData)?.declare(name)
    }
    // Fatal errors are read from the context after each call; nothing is printed.
    handler.serror = { userData, error in
      EventCollector.from(userData)?.note(error)
    }
    guard
      let created = xmlCreatePushParserCtxt(
        &handler, Unmanaged.passUnretained(collector).toOpaque(), nil, 0, nil)
    else { throw ParseError(line: 0, reason: "libxml2 could not create a parser") }
    // No XML_PARSE_NOENT (entities are not substituted), DTDLOAD, DTDATTR or HUGE (which lifts
    // libxml2's limits on names, text and look-ahead).
    let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
    xmlCtxtUseOptions(created, Int32(options))
    context = created
    collector.context = created
  }

  deinit {
    xmlFreeParserCtxt(context)
  }

  /// Parses the next part of the document and hands on the events it completes.
  ///
  /// - Throws: ``ParseError`` when the document is not well-formed, or what `handle` throws.
  public func feed(_ data: Data, _ handle: (Event) throws -> Void) throws {
    var offset = data.startIndex
    while offset < data.endIndex {
      let end = min(offset + Self.sliceBytes, data.endIndex)
      let status = data[offset..<end].withUnsafeBytes { raw in
        xmlParseChunk(context, raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), 0)
      }
      try deliver(status: status, handle)
      offset = end
    }
  }

  /// Ends the document and hands on its last events.
  ///
  /// - Throws: ``ParseError`` when the document is incomplete or not well-formed.
  public func finish(_ handle: (Event) throws -> Void) throws {
    let status = xmlParseChunk(context, nil, 0, 1)
    try deliver(status: status, atEnd: true, handle)
  }

  /// Reads a whole document from `produce`, which passes its chunks to the closure it is given,
  /// and returns the entities it declares, none of them expanded (``refusedEntities``).
  @discardableResult
  public static func read(
    _ produce: ((Data) throws -> Void) throws -> Void, maxTextBytes: Int = 1 << 20,
    _ handle: (Event) throws -> Void
  ) throws -> [String] {
    let reader = try XMLStreamReader(maxTextBytes: maxTextBytes)
    try withoutActuallyEscaping(handle) { handle in
      try produce { chunk in try reader.feed(chunk, handle) }
      try reader.finish(handle)
    }
    return reader.refusedEntities
  }

  private func deliver(status: Int32, atEnd: Bool = false, _ handle: (Event) throws -> Void) throws {
    collector.flushText()
    // Taken, not copied: the collector starts the next call with an empty list.
    let events = collector.events
    collector.events = []
    if let undeclared = collector.undeclaredReference {
      throw ParseError(
        line: undeclared.line, reason: undeclared.reason,
        advice: "the document refers to an entity it does not declare (it is not well-formed XML)")
    }
    if status != 0 || context.pointee.wellFormed == 0 {
      var failure = ParseError(line: Int(xmlSAX2GetLineNumber(context)))
      if let error = xmlCtxtGetLastError(context) {
        if error.pointee.line > 0 { failure.line = Int(error.pointee.line) }
        failure.reason = error.pointee.message.map {
          String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let code = error.pointee.code
        if code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue)
          || code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
        {
          failure.advice = "the document refers to an entity it does not declare (it is not well-formed XML)"
        } else if atEnd {
          failure.advice =
            "the file ends before the document does; it may be cut short, so download or export it again"
        }
      }
      throw failure
    }
    for event in events { try handle(event) }
  }
}

/// Collects the events libxml2's callbacks report during one `xmlParseChunk` call.
private final class EventCollector {
  var events: [XMLStreamReader.Event] = []
  private var pendingText: [UInt8] = []
  /// Bytes of the current text run so far, including those already handed on.
  private var textRunBytes = 0
  private let maxTextBytes: Int
  /// The parser, whose context a declaration changes.
  var context: xmlParserCtxtPtr?
  /// The entities the document declares, in order, and as a set.
  private(set) var refusedEntities: [String] = []
  private var declared: Set<String> = []
  /// The first reference to an entity the document does not declare.
  private(set) var undeclaredReference: (line: Int, reason: String?)?

  init(maxTextBytes: Int) {
    self.maxTextBytes = maxTextBytes
  }

  /// The collector a callback's user data points to (the reader passes it when it creates the parser).
  static func from(_ userData: UnsafeMutableRawPointer?) -> EventCollector? {
    userData.map { Unmanaged<EventCollector>.fromOpaque($0).takeUnretainedValue() }
  }

  func start(
    _ localName: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?, _ attributeCount: Int,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    flushText()
    textRunBytes = 0
    var values: [String: String] = [:]
    if let attributes {
      // Five pointers per attribute: local name, prefix, URI, value start, value end.
      for index in 0..<attributeCount {
        guard let name = attributes[index * 5], let start = attributes[index * 5 + 3],
          let end = attributes[index * 5 + 4]
        else { continue }
        let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        // Without entity substitution libxml2 passes `&` (from `&amp;` or `&#38;`) as `&#38;`.
        values[String(cString: name)] = value.replacingOccurrences(of: "&#38;", with: "&")
      }
    }
    events.append(
      .start(
        name: Self.string(localName), namespace: namespace.map { String(cString: $0) }, attributes: values))
  }

  func end(_ localName: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?) {
    flushText()
    textRunBytes = 0
    events.append(.end(name: Self.string(localName), namespace: namespace.map { String(cString: $0) }))
  }

  /// An entity declaration: its name is recorded, the entity is not stored.
  func declare(_ name: UnsafePointer<xmlChar>?) {
    let name = Self.string(name)
    if declared.insert(name).inserted { refusedEntities.append(name) }
    // As if the declarations could not all be read (as with parameter entities): a reference to
    // an entity libxml2 does not hold is then a validity error, not a fatal one, and the
    // reference stands for nothing.
    context?.pointee.hasPErefs = 1
  }

  /// An error or warning libxml2 reports: a reference to an entity the document declares is
  /// expected (it was refused); one to an entity it does not declare makes the document invalid.
  func note(_ error: UnsafeMutablePointer<xmlError>?) {
    guard let error = error?.pointee, error.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) else { return }
    let name = error.str1.map { String(cString: $0) } ?? ""
    guard !declared.contains(name.trimmingCharacters(in: CharacterSet(charactersIn: "%;"))),
      undeclaredReference == nil
    else { return }
    undeclaredReference = (
      Int(error.line),
      error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
    )
  }

  func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
    guard let characters, length > 0 else { return }
    let kept = min(length, maxTextBytes - textRunBytes)
    guard kept > 0 else { return }
    pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: kept))
    textRunBytes += kept
  }

  func flushText() {
    guard !pendingText.isEmpty else { return }
    events.append(.text(String(decoding: pendingText, as: UTF8.self)))
    pendingText.removeAll(keepingCapacity: true)
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
