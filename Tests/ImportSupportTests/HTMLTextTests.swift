import Testing

@testable import ImportSupport

struct HTMLTextTests {
  @Test func `strips tags and decodes entities`() {
    #expect(
      HTMLText.plain(#"<p class="x">Hi Alex,</p><p>Try it &amp; more&hellip;</p>"#)
        == "Hi Alex,\nTry it & more…")
    #expect(HTMLText.plain("I&rsquo;d say 1 &lt; 2 &#x1F600; &#233;") == "I\u{2019}d say 1 < 2 😀 é")
  }

  @Test func `leaves text that only looks like markup`() {
    #expect(HTMLText.plain("a < b and c > d & e") == "a < b and c > d & e")
  }

  @Test func `text between markup is copied whole, whatever its characters`() {
    #expect(HTMLText.plain("Zoë 👩‍👩‍👧 &amp; e\u{301}cole<br>next &lt;3") == "Zoë 👩‍👩‍👧 & e\u{301}cole\nnext <3")
    // A `<` with a combining mark on it is a character of its own, not a tag.
    #expect(HTMLText.plain("a <\u{301}b> &amp;") == "a <\u{301}b> &")
    // After a prepended mark (U+0600), `<` is part of that character: kept as it was.
    #expect(HTMLText.plain("\u{600}<b>x &amp;") == "\u{600}<b>x &")
  }
}
