/// Distinct strings numbered in order of appearance, with their bytes (for Jaro–Winkler) and how
/// many identities carry each (for term-frequency adjustments).
struct InternedStrings {
  private(set) var values: [String] = []
  private(set) var bytes: [[UInt8]] = []
  private(set) var counts: [Int] = []
  private(set) var total = 0
  private var numbers: [String: Int32] = [:]

  /// The number of `value`, counting one more identity that carries it.
  mutating func intern(_ value: String) -> Int32 {
    total += 1
    if let number = numbers[value] {
      counts[Int(number)] += 1
      return number
    }
    let number = Int32(values.count)
    numbers[value] = number
    values.append(value)
    bytes.append(Array(value.utf8))
    counts.append(1)
    return number
  }

  /// The number of `value`, if an identity carries it.
  func number(of value: String) -> Int32? { numbers[value] }

  /// The share of the *other* identities with this field that carry value `number`: the chance
  /// that an identity carrying it meets another one by chance. In a small store, counting the
  /// identity itself would make every shared name look common.
  func frequency(_ number: Int32) -> Double { frequency(ofCount: counts[Int(number)]) }

  /// ``frequency(_:)`` of a value that `count` identities carry (one of them the identity itself).
  func frequency(ofCount count: Int) -> Double {
    total <= 1 ? 0 : Double(max(0, count - 1)) / Double(total - 1)
  }
}
