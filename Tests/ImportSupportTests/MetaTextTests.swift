import Testing

@testable import ImportSupport

struct MetaTextTests {
  @Test func `repairs UTF-8 bytes written as Latin-1 escapes`() {
    #expect(MetaText.repair("Rados\u{C5}\u{82}aw") == "Radosław")
    #expect(MetaText.repair("\u{F0}\u{9F}\u{98}\u{82}") == "😂")
    #expect(MetaText.repair("Wi\u{C5}\u{9B}niewski") == "Wiśniewski")
  }

  @Test func `leaves correct text untouched`() {
    #expect(MetaText.repair("Müller") == "Müller")
    #expect(MetaText.repair("Zoë 😂") == "Zoë 😂")
    #expect(MetaText.repair("plain ASCII") == "plain ASCII")
  }
}
