/// Canonical e-mail addresses, so that two spellings of one mailbox compare equal.
public enum EmailAddress {
  /// Providers that deliver `name+tag@` to `name@`.
  static let plusAddressing: Set<String> = [
    "gmail.com", "outlook.com", "hotmail.com", "live.com", "icloud.com", "me.com", "mac.com", "fastmail.com",
    "protonmail.com", "proton.me",
  ]

  /// Mailbox providers anyone can sign up with: an address there names a person, not an employer.
  public static let personalProviders: Set<String> = [
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com",
    "me.com",
    "mac.com", "yahoo.com", "ymail.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.com",
    "gmx.de",
    "gmx.net", "web.de", "mail.com", "fastmail.com", "zoho.com", "yandex.com", "yandex.ru", "mail.ru",
    "qq.com",
    "163.com", "naver.com", "hey.com", "tutanota.com", "free.fr", "orange.fr", "laposte.net", "libero.it",
    "t-online.de", "seznam.cz", "wp.pl", "onet.pl", "o2.pl", "yahoo.co.uk", "yahoo.fr", "yahoo.de",
    "hotmail.co.uk", "hotmail.fr", "hotmail.de", "outlook.de", "btinternet.com", "duck.com", "posteo.de",
    "mailbox.org", "hushmail.com", "inbox.ru", "rambler.ru", "hanmail.net", "daum.net", "126.com", "sina.com",
    "foxmail.com", "rediffmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "comcast.net", "verizon.net",
    "att.net", "sbcglobal.net", "sky.com", "virginmedia.com", "bigpond.com", "optusnet.com.au", "interia.pl",
    "centrum.cz", "freenet.de", "arcor.de", "wanadoo.fr", "sfr.fr", "virgilio.it", "alice.it", "tiscali.it",
    "telenet.be", "skynet.be", "ziggo.nl", "xs4all.nl", "kpnmail.nl", "bluewin.ch",
  ]

  /// Providers with a domain in many countries (`yahoo.co.jp`, `gmx.at`, `hotmail.es`): any
  /// domain of theirs is personal.
  static let personalProviderNames: Set<String> = [
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "rocketmail", "aol",
    "icloud", "proton", "protonmail", "tutanota", "tuta", "gmx", "yandex", "zoho", "fastmail",
  ]

  /// Second-level labels under which a country's registry lets companies register (`co.uk`,
  /// `com.au`, `co.jp`): the organization's name is the label before them.
  static let secondLevelLabels: Set<String> = [
    "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "gob", "gouv", "ltd", "plc",
  ]

  /// The name of the organization a mail domain belongs to: `contoso` for `contoso.com`,
  /// `mail.contoso.co.uk` and `contoso.com.au`; `nil` for a provider anyone can sign up with
  /// (`gmail.com`, `yahoo.co.jp`, `proton.me`) or a domain without a name.
  public static func organizationName(ofDomain domain: String) -> String? {
    let domain = domain.lowercased()
    let labels = domain.split(separator: ".").map(String.init)
    guard labels.count >= 2 else { return nil }
    let hasCountrySecondLevel =
      labels.count >= 3 && labels[labels.count - 1].count == 2
      && secondLevelLabels.contains(labels[labels.count - 2])
    let name = labels[labels.count - (hasCountrySecondLevel ? 3 : 2)]
    let registered = labels.suffix(hasCountrySecondLevel ? 3 : 2).joined(separator: ".")
    guard !personalProviders.contains(registered), !personalProviderNames.contains(name) else { return nil }
    return name
  }

  /// True when `address` (canonical) is at a provider anyone can sign up with.
  public static func isPersonal(_ address: String) -> Bool {
    guard let at = address.lastIndex(of: "@") else { return false }
    return personalProviders.contains(String(address[address.index(after: at)...]))
  }

  /// The canonical form: trimmed and lowercased; `googlemail.com` as `gmail.com`; Gmail's dots in
  /// the local part removed; `+tags` removed for providers that honour them. `nil` when the text is
  /// not an address.
  ///
  /// Dots are removed for Gmail only: Google Workspace domains and other providers may treat them
  /// as significant.
  public static func canonical(_ text: String) -> String? {
    var address = text.trimmingWhitespace.lowercased()
    if address.hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("." as Character), !parts[1].hasPrefix("."),
      !address.contains(" " as Character)
    else { return nil }
    var local = String(parts[0])
    var domain = String(parts[1])
    if domain == "googlemail.com" { domain = "gmail.com" }
    if plusAddressing.contains(domain), let plus = local.firstIndex(of: "+") {
      local = String(local[..<plus])
    }
    if domain == "gmail.com" { local.removeAll { $0 == "." } }
    guard !local.isEmpty else { return nil }
    return local + "@" + domain
  }
}
