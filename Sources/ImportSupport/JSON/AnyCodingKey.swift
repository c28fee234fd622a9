/// A coding key for any string, for files whose keys vary by era (`friends`, `friends_v2`) or are
/// data (`relationships_following`).
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
  public var stringValue: String
  public var intValue: Int? { nil }

  public init(stringValue: String) {
    self.stringValue = stringValue
  }

  public init?(intValue: Int) {
    nil
  }
}
