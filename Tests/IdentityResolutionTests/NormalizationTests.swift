import Testing

@testable import IdentityResolution

struct EmailAddressTests {
  @Test(arguments: [
    ("R.Mueller@Gmail.com", "rmueller@gmail.com"),
    ("r.mueller+linkedin@googlemail.com", "rmueller@gmail.com"),
    ("mailto:Jane.Doe+news@outlook.com", "jane.doe@outlook.com"),
    ("jane.doe+x@example.com", "jane.doe+x@example.com"),
    ("  Priya.N@Example.COM ", "priya.n@example.com"),
  ])
  func `canonical forms`(text: String, expected: String) {
    #expect(EmailAddress.canonical(text) == expected)
  }

  @Test(arguments: ["not an email", "@example.com", "jane@", "jane@localhost", "a b@example.com"])
  func `what is not an address`(text: String) {
    #expect(EmailAddress.canonical(text) == nil)
  }
}

struct PhoneNumberTests {
  @Test(arguments: [
    ("+49 151 2345 6789", "DE", "+4915123456789"), ("0151 23456789", "DE", "+4915123456789"),
    ("0049 151 23456789", "US", "+4915123456789"), ("(415) 555-0142", "US", "+14155550142"),
    ("1-415-555-0142", "US", "+14155550142"), ("tel:+1-418-656-9254;ext=102", "US", "+14186569254"),
    ("06 12 34 56 78", "FR", "+33612345678"), ("06 1234 5678", "IT", "+390612345678"),
    ("+351 912 345 678", "PT", "+351912345678"), ("011 44 20 7946 0958", "US", "+442079460958"),
    ("4915123456789", "DE", "+4915123456789"),
  ])
  func `E.164 forms`(text: String, region: String, expected: String) {
    #expect(PhoneNumber.e164(text, defaultRegion: region) == expected)
  }

  @Test(arguments: ["12345", "call me", "555-0142", "+1 234"])
  func `what is not a full number`(text: String) {
    #expect(PhoneNumber.e164(text, defaultRegion: "US") == nil)
  }
}

struct PersonNameTests {
  @Test func `diacritics, scripts, credentials and pronouns`() {
    #expect(PersonName("Robert Müller").normalized == "robert muller")
    #expect(PersonName("Łukasz Żółć").normalized == "lukasz zolc")
    #expect(PersonName("Владимир Иванов").normalized == "vladimir ivanov")
    #expect(PersonName("Samira O'Connell, CPA").normalized == "samira oconnell")
    #expect(PersonName("Jordan Lee (He/Him)").normalized == "jordan lee")
    #expect(PersonName("Dr. Luis Gómez, MBA").normalized == "luis gomez")
  }

  @Test func `family names keep their particles`() {
    #expect(PersonName("Pieter van der Berg").family == "van der berg")
    #expect(PersonName("Juan de la Cruz").family == "de la cruz")
    #expect(PersonName("Priya Natarajan").first == "priya")
    #expect(PersonName("Madonna").family == nil)
  }

  @Test func `umlauts written out`() {
    #expect(PersonName.umlautVariant("Müller") == "mueller")
    #expect(PersonName.umlautVariant("Straße") == "strasse")
  }
}

struct NicknamesTests {
  @Test(arguments: [
    ("bob", "robert"), ("liz", "elizabeth"), ("bill", "william"), ("pepe", "jose"), ("bob", "rob"),
  ])
  func `variants of one name`(first: String, second: String) {
    #expect(Nicknames.areVariants(first, second))
  }

  @Test func `different names are not variants`() {
    #expect(!Nicknames.areVariants("robert", "william"))
    #expect(!Nicknames.areVariants("priya", "zoe"))
  }

  @Test func `the table holds the whole English list`() {
    #expect(Nicknames.variants(of: "bob").isSuperset(of: ["bob", "robert", "rob", "bobby"]))
    #expect(Nicknames.related.count > 2_000)
  }
}

struct ProfileHandleTests {
  @Test(arguments: [
    ("https://www.linkedin.com/in/robert-mueller-1a2b3c/", "linkedin:robert-mueller-1a2b3c"),
    ("http://twitter.com/zoelq", "twitter:zoelq"), ("https://x.com/ZoeLQ?lang=en", "twitter:zoelq"),
    ("https://www.instagram.com/_u/funke.fu", "instagram:funke.fu"), ("twitter:zoelq", "twitter:zoelq"),
    ("x-apple:zoe.lindqvist", "apple:zoe.lindqvist"),
    ("https://fosstodon.org/@zoelq", "mastodon:zoelq@fosstodon.org"),
    ("https://github.com/kenji-tanaka-example", "github:kenji-tanaka-example"),
  ])
  func `platform-qualified keys`(text: String, expected: String) {
    #expect(ProfileHandle.key(text) == expected)
  }

  @Test(arguments: ["https://zoe.example.se", "https://twitter.com/intent/user?user_id=1", "skype"])
  func `links that name no account`(text: String) {
    #expect(ProfileHandle.key(text) == nil)
  }

  @Test func `names embedded in handles and slugs`() {
    #expect(ProfileHandle.nameWords("robert-mueller-1a2b3c") == ["robert", "mueller"])
    #expect(ProfileHandle.nameWords("bob.mueller84") == ["bob", "mueller"])
    #expect(ProfileHandle.nameWords("zoe_lindqvist@fosstodon.org") == ["zoe", "lindqvist"])
  }
}
