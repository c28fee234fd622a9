import Foundation

/// A JSON Schema (2020-12) validator for the keywords Rekindle's schema uses: `$ref` to local
/// `$defs`, `oneOf`, `type`, `const`, `enum`, `required`, `properties`, `additionalProperties`,
/// `items`, `minItems` and `pattern`. It fails on any other keyword rather than ignore it, so that
/// the schema cannot silently use more than is checked.
public struct JSONSchemaValidator {
  private let root: [String: Any]
  private static let known: Set<String> = [
    "$schema", "$id", "$ref", "$defs", "title", "description", "oneOf", "type", "const", "enum", "required",
    "properties", "additionalProperties", "items", "minItems", "pattern",
  ]

  /// Loads the schema at `url`.
  public init(url: URL) throws {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    guard let root = object as? [String: Any] else { throw SchemaError("the schema is not an object") }
    self.root = root
  }

  /// A failed validation, with the JSON path where it failed.
  public struct SchemaError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
  }

  /// Validates a JSON document (as bytes) against the root schema, or against `$defs/<definition>`.
  public func validate(_ data: Data, definition: String? = nil) throws {
    let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    var schema = root
    if let definition {
      guard let defs = root["$defs"] as? [String: Any], let found = defs[definition] as? [String: Any] else {
        throw SchemaError("no definition \(definition)")
      }
      schema = found
    }
    try validate(value, against: schema, path: "$")
  }

  private func resolve(_ reference: String) throws -> [String: Any] {
    let prefix = "#/$defs/"
    guard reference.hasPrefix(prefix), let defs = root["$defs"] as? [String: Any],
      let schema = defs[String(reference.dropFirst(prefix.count))] as? [String: Any]
    else { throw SchemaError("unresolvable $ref \(reference)") }
    return schema
  }

  private func validate(_ value: Any, against schema: [String: Any], path: String) throws {
    for key in schema.keys where !Self.known.contains(key) {
      throw SchemaError("the validator does not support the keyword \(key)")
    }
    if let reference = schema["$ref"] as? String {
      try validate(value, against: resolve(reference), path: path)
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      var matches = 0
      var failures: [String] = []
      for option in options {
        do {
          try validate(value, against: option, path: path)
          matches += 1
        } catch let error as SchemaError {
          failures.append(error.description)
        }
      }
      guard matches == 1 else {
        throw SchemaError(
          "\(path): matches \(matches) of oneOf; failures: \(failures.joined(separator: " | "))")
      }
    }
    if let type = schema["type"] {
      let types = (type as? [String]) ?? [type as? String ?? ""]
      guard types.contains(where: { Self.has(value, type: $0) }) else {
        throw SchemaError("\(path): expected \(types), found \(value)")
      }
    }
    if let constant = schema["const"] {
      guard Self.equal(value, constant) else {
        throw SchemaError("\(path): expected \(constant), found \(value)")
      }
    }
    if let options = schema["enum"] as? [Any] {
      guard options.contains(where: { Self.equal(value, $0) }) else {
        throw SchemaError("\(path): \(value) is not one of \(options)")
      }
    }
    if let pattern = schema["pattern"] as? String, let text = value as? String {
      guard text.range(of: pattern, options: .regularExpression) != nil else {
        throw SchemaError("\(path): \(text) does not match \(pattern)")
      }
    }
    if let object = value as? [String: Any] {
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        throw SchemaError("\(path): missing required \(key)")
      }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for (key, member) in object {
        if let propertySchema = properties[key] as? [String: Any] {
          try validate(member, against: propertySchema, path: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          throw SchemaError("\(path): unexpected property \(key)")
        }
      }
    }
    if let array = value as? [Any] {
      if let minimum = schema["minItems"] as? Int, array.count < minimum {
        throw SchemaError("\(path): fewer than \(minimum) items")
      }
      if let items = schema["items"] as? [String: Any] {
        for (index, item) in array.enumerated() {
          try validate(item, against: items, path: "\(path)[\(index)]")
        }
      }
    }
  }

  private static func isBool(_ value: Any) -> Bool {
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  private static func has(_ value: Any, type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "string": return value is String
    case "boolean": return isBool(value)
    case "integer":
      return !isBool(value) && (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } == true
    case "number": return !isBool(value) && value is NSNumber
    case "null": return value is NSNull
    default: return false
    }
  }

  private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
    switch (lhs, rhs) {
    case let (a as String, b as String): return a == b
    case let (a as NSNumber, b as NSNumber): return a == b
    default: return false
    }
  }
}
