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
    "hotmail.co.uk", "hotmail.fr", "hotmail.de", "outlook.de", "btinternet.com",
  ]

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
