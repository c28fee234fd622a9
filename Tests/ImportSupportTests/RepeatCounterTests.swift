import RekindleModel
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

  @Test func `repeats are counted for every key of a moment, not only its first, and forgotten after it`() {
    var counter = RepeatCounter<Int64>()
    let keys = ["a", "b", "b", "a", "c", "b"].map { counter.key($0, at: 7) }
    #expect(keys[0] == "a" && keys[1] == "b" && keys[4] == "c")
    #expect(keys[2] == StableHash.hex("b", "#2"))
    #expect(keys[3] == StableHash.hex("a", "#2"))
    #expect(keys[5] == StableHash.hex("b", "#3"))
    #expect(counter.key("b", at: 8) == "b")
    #expect(counter.key("a", at: 8) == "a")
    #expect(counter.key("b", at: 8) == StableHash.hex("b", "#2"))
  }
}
