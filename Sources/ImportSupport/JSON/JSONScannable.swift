/// A value read from JSON by a ``JSONScanner`` rather than by `JSONDecoder`: the records read most,
/// whose readers decode only the keys they use.
public protocol JSONScannable {
  /// Reads the value at the scanner's position, leaving the scanner after it.
  init(scanning scanner: inout JSONScanner) throws
}
