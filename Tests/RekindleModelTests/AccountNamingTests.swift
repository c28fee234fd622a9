import Testing

@testable import RekindleModel

struct DisplayNameTests {
  @Test(arguments: [
    "\u{206F}\u{206F}\u{206F}", "\u{200B}\u{200C}\u{200D}", "\u{2060}\u{FEFF}",
    "\u{200E}\u{200F}\u{202A}\u{202E}",
    "\u{3164}", "\u{2800}\u{2800}", "\u{115F}\u{1160}", "  \u{00A0} ", "",
  ])
  func `a name of invisible characters is no name`(name: String) {
    #expect(DisplayName.cleaned(name) == nil)
    #expect(DisplayName.isBlank(name))
  }

  @Test func `invisible characters go, what shows stays`() {
    #expect(DisplayName.cleaned("  Zoë Lindqvist ") == "Zoë Lindqvist")
    #expect(DisplayName.cleaned("\u{200E}Mateo\u{200B} García\u{202C}") == "Mateo García")
    #expect(DisplayName.cleaned("kai ✺ ❖") == "kai ✺ ❖")
    // A zero-width joiner inside an emoji sequence is part of what is shown.
    #expect(DisplayName.cleaned("Ana 👩\u{200D}💻") == "Ana 👩\u{200D}💻")
    #expect(DisplayName.cleaned(nil) == nil)
  }
}

struct PlaceholderAccountTests {
  @Test(arguments: [
    (Platform.linkedin, "LinkedIn Member"), (.linkedin, "linkedin member"), (.facebook, "Facebook user"),
    (.facebook, "Utilisateur Facebook"), (.facebook, "Usuario de Facebook"), (.facebook, "Facebook-Nutzer"),
    (.facebook, ""), (.facebook, "\u{206F}"), (.instagram, "Instagram User"),
  ])
  func `masked and deleted accounts are placeholders`(platform: Platform, name: String) {
    #expect(PlaceholderAccount.isPlaceholder(name: name, on: platform))
  }

  @Test func `real names, and another platform's placeholder, are not`() {
    #expect(!PlaceholderAccount.isPlaceholder(name: "Priya Natarajan", on: .linkedin))
    #expect(!PlaceholderAccount.isPlaceholder(name: "LinkedIn Member", on: .facebook))
    #expect(PlaceholderAccount.isPlaceholder(username: "__deleted__8842137", on: .instagram))
    #expect(!PlaceholderAccount.isPlaceholder(username: "deleted_scenes", on: .instagram))
    #expect(PlaceholderAccount.isPlaceholder(accountID: "-1", on: .twitter))
    #expect(!PlaceholderAccount.isPlaceholder(accountID: "1457220033", on: .twitter))
    #expect(
      PlaceholderAccount.skipReason("messages", on: .linkedin) == "messages with members LinkedIn masks")
  }
}

struct ProfileLinkTests {
  private func url(_ platform: Platform, _ nativeId: String, _ kind: NativeIDKind, handle: String? = nil)
    -> String?
  {
    ProfileLink.url(for: IdentityKey(platform: platform, nativeId: nativeId, kind: kind), handle: handle)
  }

  @Test func `each platform's public profile address`() {
    #expect(
      url(.linkedin, "https://www.linkedin.com/in/priya-natarajan-4b7a21", .profileURL)
        == "https://www.linkedin.com/in/priya-natarajan-4b7a21")
    #expect(url(.linkedin, "priya@example.com", .email) == nil)
    #expect(url(.instagram, "zoe.lindqvist", .username) == "https://www.instagram.com/zoe.lindqvist")
    #expect(
      url(.instagram, "Zoë Lindqvist", .displayName, handle: "zoe.lindqvist")
        == "https://www.instagram.com/zoe.lindqvist")
    #expect(url(.twitter, "1457220033", .accountID) == "https://x.com/i/user/1457220033")
    #expect(url(.twitter, "1457220033", .accountID, handle: "@bobmueller84") == "https://x.com/bobmueller84")
    #expect(url(.mastodon, "zoelq@fosstodon.org", .username) == "https://fosstodon.org/@zoelq")
    #expect(url(.telegram, "6099887766", .accountID, handle: "mina_okafor") == "https://t.me/mina_okafor")
    #expect(url(.telegram, "6099887766", .accountID) == nil)
    #expect(url(.facebook, "Kevin Marsh", .displayName) == nil)
    #expect(
      ProfileLink.url(
        for: IdentityKey(platform: .contacts, nativeId: "uid-1", kind: .contactUID), handle: nil,
        profileURLs: ["javascript:alert(1)", "https://example.org/ana"]) == "https://example.org/ana")
  }
}

struct IdentityLabelTests {
  @Test func `a label is never blank`() {
    let twitter = IdentityKey(platform: .twitter, nativeId: "1457220033", kind: .accountID)
    #expect(
      IdentityLabel.label(for: twitter, displayName: nil, handle: nil) == "Twitter/X account 1457220033")
    #expect(IdentityLabel.label(for: twitter, displayName: "\u{200B}", handle: "matt_silva") == "@matt_silva")
    #expect(IdentityLabel.label(for: twitter, displayName: "Matt", handle: "matt_silva") == "Matt")
    let unnamed = ThreadParticipant.key(
      platform: .facebook, threadID: "1016789012345678", rawName: "\u{206F}")
    #expect(
      IdentityLabel.label(for: unnamed, displayName: nil, handle: nil)
        == "unnamed Facebook account (thread 1016789012345678)")
    #expect(IdentityLabel.accountID(inLabel: "Twitter/X account 1457220033") == "1457220033")
    #expect(IdentityLabel.accountID(inLabel: "Priya Natarajan") == nil)
  }

  @Test func `a person is shown by the first real name of their accounts`() {
    var label = PersonLabel()
    label.offer(
      IdentityKey(platform: .twitter, nativeId: "1", kind: .accountID), displayName: nil, handle: nil)
    #expect(label.text == "Twitter/X account 1")
    #expect(!label.isName)
    label.offer(
      IdentityKey(platform: .contacts, nativeId: "a@b.org", kind: .email), displayName: "a@b.org", handle: nil
    )
    #expect(label.text == "Twitter/X account 1")
    label.offer(
      IdentityKey(platform: .linkedin, nativeId: "Robert Müller", kind: .displayName),
      displayName: "Robert Müller",
      handle: nil)
    label.offer(
      IdentityKey(platform: .facebook, nativeId: "Bob", kind: .displayName), displayName: "Bob", handle: nil)
    #expect(label.text == "Robert Müller")
    #expect(label.isName)
  }
}

struct PlatformWordingTests {
  @Test func `an export is named with the right article`() {
    #expect(Platform.contacts.anExport == "an address book export")
    #expect(Platform.instagram.anExport == "an Instagram export")
    #expect(Platform.linkedin.anExport == "a LinkedIn export")
  }
}
