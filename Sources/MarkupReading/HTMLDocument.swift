internal import CLibXML2
import Foundation

/// An HTML document parsed with libxml2's forgiving HTML parser, with network access and
/// external entities disabled.
///
/// This type and ``HTMLElement`` own every libxml2 call: importers see Swift values only.
public final class HTMLDocument {
  private let document: htmlDocPtr

  /// Why a document could not be parsed.
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Parses `data` as HTML (UTF-8 unless the document declares otherwise).
  ///
  /// - Throws: ``ParseError`` when libxml2 yields no document at all (broken markup is repaired,
  ///   not refused).
  public init(data: Data) throws {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
    let parsed = data.withUnsafeBytes { raw -> htmlDocPtr? in
      guard let base = raw.bindMemory(to: CChar.self).baseAddress else { return nil }
      return htmlReadMemory(base, Int32(clamping: raw.count), nil, "UTF-8", options)
    }
    guard let parsed else { throw ParseError(description: "not an HTML document") }
    document = parsed
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The root element (`<html>`).
  public var root: HTMLElement? {
    xmlDocGetRootElement(document).map { HTMLElement(node: $0, document: self) }
  }

  /// Every element of the document, depth first, in document order.
  public func elements() -> [HTMLElement] {
    var result: [HTMLElement] = []
    func walk(_ element: HTMLElement) {
      result.append(element)
      for child in element.children { walk(child) }
    }
    if let root { walk(root) }
    return result
  }
}

/// An element of an ``HTMLDocument``; valid while its document lives (it keeps it alive).
public struct HTMLElement {
  fileprivate let node: xmlNodePtr
  private let document: HTMLDocument

  fileprivate init(node: xmlNodePtr, document: HTMLDocument) {
    self.node = node
    self.document = document
  }

  /// The tag name, lowercased (`div`).
  public var name: String {
    node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
  }

  /// The element children, in order (text nodes and comments excluded).
  public var children: [HTMLElement] {
    var result: [HTMLElement] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        result.append(HTMLElement(node: current, document: document))
      }
      child = current.pointee.next
    }
    return result
  }

  /// The element's text, all descendants joined, with white space runs collapsed; `<br>` and
  /// the start and end of a `<div>` or `<p>` count as line breaks.
  public var text: String {
    var output = ""
    func collect(_ first: xmlNodePtr?) {
      var current = first
      while let node = current {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          if let content = node.pointee.content { output += String(cString: content) }
        case XML_ELEMENT_NODE:
          let tag = node.pointee.name.map { String(cString: $0).lowercased() }
          // A block starts and ends a line: `Name<div>Alex Rivera</div>` is two lines.
          let isBlock = tag == "div" || tag == "p"
          if isBlock { output += "\n" }
          if tag == "br" { output += "\n" } else { collect(node.pointee.children) }
          if isBlock { output += "\n" }
        default:
          break
        }
        current = node.pointee.next
      }
    }
    collect(node.pointee.children)
    return output.split(separator: "\n").map {
      $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    .filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// The value of an attribute, if present.
  public func attribute(_ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { cxml_free(value) }
    return String(cString: value)
  }
}
