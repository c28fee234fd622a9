import RekindleModel
import Testing

@testable import IdentityResolution

struct IdentityFeaturesTests {
  @Test func `a Google contact and a LinkedIn connection share hard keys`() {
    let contact = IdentityFeatures(
      IdentityRecord(
        key: IdentityKey(platform: .contacts, nativeId: "r.mueller@gmail.com", kind: .email),
        displayName: "Robert Müller", emails: ["R.Mueller@Gmail.com"], phones: ["0151 23456789"],
        profileURLs: ["https://www.linkedin.com/in/robert-mueller-1a2b3c"]), defaultRegion: "DE")
    let connection = IdentityFeatures(
      IdentityRecord(
        key: IdentityKey(
          platform: .linkedin, nativeId: "https://www.linkedin.com/in/robert-mueller-1a2b3c",
          kind: .profileURL),
        displayName: "Robert Müller", emails: ["rmueller+work@googlemail.com"]))
    #expect(contact.emails == ["rmueller@gmail.com"])
    #expect(contact.phones == ["+4915123456789"])
    #expect(!contact.hardKeys.isDisjoint(with: connection.hardKeys))
    #expect(
      contact.hardKeys.intersection(connection.hardKeys) == [
        "email:rmueller@gmail.com", "linkedin:robert-mueller-1a2b3c",
      ])
    #expect(contact.name.normalized == "robert muller")
  }

  @Test func `names come from handles when nothing else names the account`() {
    let follower = IdentityFeatures(
      IdentityRecord(key: IdentityKey(platform: .instagram, nativeId: "bob.mueller84", kind: .username)))
    #expect(follower.handles == ["instagram:bob.mueller84"])
    #expect(follower.name.tokens == ["bob", "mueller"])
    let twitter = IdentityFeatures(
      IdentityRecord(
        key: IdentityKey(platform: .twitter, nativeId: "2000481516", kind: .accountID), displayName: "Bob M",
        handle: "BobMueller84"))
    #expect(twitter.handles == ["twitter:bobmueller84"])
    #expect(twitter.name.first == "bob")
  }
}
