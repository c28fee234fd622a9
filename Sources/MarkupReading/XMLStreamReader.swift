import CLibXML2
import Foundation

/// Reads an XML document as a stream of events with libxml2's `xmlTextReader`, safely: no network
/// access, no external entities or DTDs loaded, no entity expansion (billion laughs is refused).
public final class XMLStreamReader {
  /// One step through the document.
  public enum Event: Equatable, Sendable {
    /// An element starts: its local name, namespace URI and attributes (by local name).
    case start(name: String, namespace: String?, attributes: [String: String])
    /// An element ends (also sent for empty elements such as `<a/>`).
    case end(name: String, namespace: String?)
    /// Text or CDATA content.
    case text(String)
  }

  /// Why the document could not be read; `line` is where libxml2 stopped.
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var description: String { "invalid XML near line \(line)" }
  }

  private let reader: xmlTextReaderPtr
  private let data: Data
  private var pendingEnd: Event?

  /// Prepares to read `data`.
  public init(data: Data) throws {
    self.data = data
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let created = data.withUnsafeBytes { raw -> xmlTextReaderPtr? in
      guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
      return xmlReaderForMemory(base, Int32(clamping: raw.count), nil, nil, options)
    }
    guard let created else { throw ParseError(line: 0) }
    reader = created
  }

  deinit {
    xmlFreeTextReader(reader)
  }

  /// The next event, or `nil` at the end of the document.
  ///
  /// - Throws: ``ParseError`` when the document is not well-formed.
  public func next() throws -> Event? {
    if let pending = pendingEnd {
      pendingEnd = nil
      return pending
    }
    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { return nil }
      if status < 0 { throw ParseError(line: Int(xmlTextReaderGetParserLineNumber(reader))) }
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
        let namespace = string(xmlTextReaderConstNamespaceUri(reader))
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        var attributes: [String: String] = [:]
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
          // Namespace declarations are not attributes.
          if string(xmlTextReaderConstNamespaceUri(reader)) == "http://www.w3.org/2000/xmlns/" { continue }
          if let key = string(xmlTextReaderConstLocalName(reader)) {
            attributes[key] = string(xmlTextReaderConstValue(reader)) ?? ""
          }
        }
        xmlTextReaderMoveToElement(reader)
        if isEmpty { pendingEnd = .end(name: name, namespace: namespace) }
        return .start(name: name, namespace: namespace, attributes: attributes)
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        return .end(
          name: string(xmlTextReaderConstLocalName(reader)) ?? "",
          namespace: string(xmlTextReaderConstNamespaceUri(reader)))
      case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
        return .text(string(xmlTextReaderConstValue(reader)) ?? "")
      default:
        continue
      }
    }
  }

  private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
