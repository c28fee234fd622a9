/// Why a JSON entry, or one element of it, could not be decoded.
public struct JSONEntryFailure: Error, Sendable, CustomStringConvertible {
  public var message: String

  public init(message: String) {
    self.message = message
  }

  /// Describes a `DecodingError` in words: what was expected where, and the position when known.
  public init(_ error: any Error, element: Int? = nil) {
    let place = element.map { "element \($0 + 1): " } ?? ""
    switch error {
    case DecodingError.dataCorrupted(let context):
      message = place + "invalid value at \(Self.path(context.codingPath)): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, let context):
      message = place + "missing key '\(key.stringValue)' at \(Self.path(context.codingPath))"
    case DecodingError.typeMismatch(let type, let context):
      message = place + "expected \(type) at \(Self.path(context.codingPath)): \(context.debugDescription)"
    case DecodingError.valueNotFound(let type, let context):
      message = place + "expected \(type) but found null at \(Self.path(context.codingPath))"
    default:
      message = place + "\(error)"
    }
  }

  public var description: String { message }

  static func path(_ codingPath: [any CodingKey]) -> String {
    let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
    return parts.isEmpty ? "the top level" : parts.joined()
  }
}
