import RekindleModel
import Testing

@testable import IdentityResolution

struct IdentityResolverTests {
  private func input(
    _ id: Int64, _ platform: Platform, _ nativeId: String, _ kind: NativeIDKind, name: String?,
    emails: [String] = [], phones: [String] = [], urls: [String] = []
  ) -> IdentityResolver.Input {
    .init(
      id: id,
      record: IdentityRecord(
        key: IdentityKey(platform: platform, nativeId: nativeId, kind: kind), displayName: name,
        emails: emails,
        phones: phones, profileURLs: urls))
  }

  @Test func `shared e-mails, phones and handles merge across platforms, transitively`() {
    let result = IdentityResolver(defaultRegion: "DE").resolve([
      input(
        1, .linkedin, "https://www.linkedin.com/in/robert-mueller-1a2b3c", .profileURL, name: "Robert Müller"),
      input(
        2, .contacts, "r.mueller@gmail.com", .email, name: "Bob Mueller", phones: ["0151 23456789"],
        urls: ["https://www.linkedin.com/in/robert-mueller-1a2b3c"]),
      input(3, .whatsapp, "+4915123456789", .phone, name: nil),
      input(4, .calendar, "rmueller@googlemail.com", .email, name: "Robert M."),
      input(5, .facebook, "Priya Natarajan", .displayName, name: "Priya Natarajan"),
    ])
    #expect(result.groups == [[1, 2, 3, 4], [5]])
    #expect(
      Set(result.links.map(\.evidence.text)) == [
        "linkedin:robert-mueller-1a2b3c", "phone:+4915123456789", "email:rmueller@gmail.com",
      ])
  }

  @Test func `a shared family line does not merge people with different first names`() {
    let result = IdentityResolver(defaultRegion: "US").resolve([
      input(1, .contacts, "anna@example.com", .email, name: "Anna Berg", phones: ["(415) 555-0100"]),
      input(2, .contacts, "erik@example.com", .email, name: "Erik Berg", phones: ["415-555-0100"]),
    ])
    #expect(result.groups == [[1], [2]])
  }

  @Test func `a key shared by many identities is not evidence`() {
    let people = (1...6).map { index in
      input(Int64(index), .calendar, "p\(index)@example.com", .email, name: nil, emails: ["team@example.com"])
    }
    #expect(IdentityResolver().resolve(people).groups.count == 6)
  }
}
