/// Union-find with path halving and union by size.
struct DisjointSets {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  var count: Int { parent.count }

  mutating func find(_ element: Int) -> Int {
    var current = element
    while parent[current] != current {
      parent[current] = parent[parent[current]]
      current = parent[current]
    }
    return current
  }

  /// Joins the sets of `a` and `b`; false when they were already one.
  @discardableResult
  mutating func union(_ a: Int, _ b: Int) -> Bool {
    var rootA = find(a)
    var rootB = find(b)
    guard rootA != rootB else { return false }
    if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
    parent[rootB] = rootA
    size[rootA] += size[rootB]
    return true
  }
}
