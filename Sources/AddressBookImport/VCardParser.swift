import ImportSupport

/// A streaming vCard (2.1, 3.0, 4.0) parser: fed physical lines, it emits one card (its content
/// lines) at a time.
///
/// Binary properties (`PHOTO`, `LOGO`, `SOUND`, `KEY`) are skipped as they stream by: their
/// continuation lines are never kept, so a card with a large photo costs no memory.
struct VCardParser {
  private var lines = ContentLineReader(skipping: ["PHOTO", "LOGO", "SOUND", "KEY"])
  private var cards = CardAssembler()

  /// True when a card ended without `END:VCARD` (a truncated file).
  var unterminatedCard: Bool { cards.unterminated }

  /// Reads one physical line.
  mutating func feed(_ line: [UInt8], onCard: ([ContentLine]) throws -> Void) throws {
    var assembler = cards
    cards = CardAssembler()
    defer { cards = assembler }
    try lines.feed(line) { try assembler.handle($0, onCard: onCard) }
  }

  /// Ends the input.
  mutating func finish(onCard: ([ContentLine]) throws -> Void) throws {
    var assembler = cards
    cards = CardAssembler()
    defer { cards = assembler }
    try lines.finish { try assembler.handle($0, onCard: onCard) }
    if assembler.card != nil { assembler.unterminated = true }
  }
}

/// Groups content lines between `BEGIN:VCARD` and `END:VCARD`.
private struct CardAssembler {
  var card: [ContentLine]?
  var unterminated = false

  mutating func handle(_ line: ContentLine, onCard: ([ContentLine]) throws -> Void) throws {
    switch (line.name, line.rawValue.uppercased()) {
    case ("BEGIN", "VCARD"):
      if card != nil { unterminated = true }
      card = []
    case ("END", "VCARD"):
      if let finished = card { try onCard(finished) }
      card = nil
    default:
      card?.append(line)
    }
  }
}
