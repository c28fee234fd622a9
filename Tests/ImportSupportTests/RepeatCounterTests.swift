import Testing

@testable import ImportSupport

struct RepeatCounterTests {
  @Test func `the n-th of identical records gets its own key; the first keeps the plain one`() {
    var counter = RepeatCounter<String>()
    let keys = (0..<3).map { _ in counter.key("thumbs", at: "thread|14:05") }
    #expect(keys[0] == "thumbs")
    #expect(Set(keys).count == 3)
    #expect(counter.key("ok", at: "thread|14:05") == "ok")
    // The same burst read again (a re-import) gets the same keys.
    var again = RepeatCounter<String>()
    #expect((0..<3).map { _ in again.key("thumbs", at: "thread|14:05") } == keys)
    // A new moment starts counting afresh.
    #expect(counter.key("thumbs", at: "thread|14:06") == "thumbs")
  }
}
