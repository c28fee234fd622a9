import Testing

@testable import RekindleModel

struct CaseHashingTests {
  @Test func `each case of the model's enums hashes apart from the others, and equal cases alike`() {
    func distinct<T: Hashable & CaseIterable>(_ type: T.Type) -> Bool {
      Set(T.allCases.map(\.hashValue)).count == T.allCases.count
    }
    #expect(distinct(Platform.self))
    #expect(distinct(NativeIDKind.self))
    #expect(distinct(InteractionKind.self))
    #expect(Direction.sent.hashValue != Direction.received.hashValue)
    #expect(Platform(rawValue: "linkedin")!.hashValue == Platform.linkedin.hashValue)
    let key = IdentityKey(platform: .instagram, nativeId: "zoë.t", kind: .username)
    let same = IdentityKey(platform: .instagram, nativeId: "zoë.t", kind: .accountID)
    let other = IdentityKey(platform: .facebook, nativeId: "zoë.t", kind: .username)
    #expect(Set([key, same, other]).count == 2)
  }
}
