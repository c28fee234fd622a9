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
}
