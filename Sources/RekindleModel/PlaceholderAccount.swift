/// The names and ids platforms write instead of a person: members they mask, accounts deleted or
/// unavailable. Several different people hide behind each, so none of them is ever an identity.
///
/// The one list, per platform and in every language the exports are made in (documented in
/// `docs/formats/placeholders.md`); importers ask it before they record anyone.
public enum PlaceholderAccount {
  /// The names each platform writes for a masked or deleted account, lowercased, in the
  /// languages its exports come in.
  public static let names: [Platform: Set<String>] = [
    .linkedin: [
      "linkedin member", "linkedin-mitglied", "membre de linkedin", "membre linkedin", "miembro de linkedin",
      "membro do linkedin", "membro di linkedin", "linkedin-lid", "anggota linkedin", "linkedin üyesi",
      "członek linkedin", "użytkownik linkedin", "thành viên linkedin",
    ],
    .facebook: [
      "facebook user", "facebook-nutzer", "facebook-nutzerin", "utilisateur facebook",
      "utilisatrice facebook",
      "usuario de facebook", "usuário do facebook", "utente facebook", "utente di facebook",
      "facebook-gebruiker", "pengguna facebook", "người dùng facebook", "facebook kullanıcısı",
      "użytkownik facebooka", "użytkownik facebook",
    ],
    .instagram: [
      "instagram user", "instagram-nutzer", "utilisateur instagram", "usuario de instagram",
      "usuário do instagram", "utente instagram", "instagram-gebruiker", "pengguna instagram",
      "người dùng instagram", "instagram kullanıcısı", "użytkownik instagrama", "użytkownik instagram",
    ],
  ]

  /// True when `name` is what `platform` writes for a masked, deleted or unavailable account, or
  /// shows nothing at all (an empty participant name is Meta's deleted account).
  public static func isPlaceholder(name: String, on platform: Platform) -> Bool {
    guard let visible = DisplayName.cleaned(name) else { return true }
    guard let known = names[platform] else { return false }
    return known.contains(visible.lowercased())
  }

  /// True when `username` is an account the platform deleted (Instagram's `__deleted__…`).
  public static func isPlaceholder(username: String, on platform: Platform) -> Bool {
    switch platform {
    case .instagram: username.hasPrefix("__deleted__")
    default: false
    }
  }

  /// True when `id` stands for no account (Twitter/X writes `-1` for an account that no longer
  /// exists).
  public static func isPlaceholder(accountID id: String, on platform: Platform) -> Bool {
    id.isEmpty || id == "-1" || id == "0"
  }

  /// The reason an import summary counts records left out for placeholders under, such as
  /// "messages with members LinkedIn masks".
  public static func skipReason(_ records: String, on platform: Platform) -> String {
    switch platform {
    case .linkedin: "\(records) with members LinkedIn masks"
    case .twitter: "\(records) with Twitter/X accounts that no longer exist"
    default: "\(records) with deleted or unavailable \(platform.displayName) accounts"
    }
  }
}
