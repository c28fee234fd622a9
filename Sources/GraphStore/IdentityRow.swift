import RekindleModel

extension IdentityKey {
  /// The key of an identity row: its platform, native id and id kind as the store writes them
  /// (an unknown id kind reads as a display name, an unknown platform as no key).
  init?(platform: String, nativeId: String, idKind: String?) {
    guard let platform = Platform(rawValue: platform) else { return nil }
    self.init(
      platform: platform, nativeId: nativeId,
      kind: idKind.flatMap(NativeIDKind.init(rawValue:)) ?? .displayName)
  }
}

extension IdentityLabel {
  /// The label of an identity row (see ``IdentityLabel/label(for:displayName:handle:)``).
  static func label(
    platform: String, nativeId: String, idKind: String?, displayName: String?, handle: String?
  )
    -> String
  {
    guard let key = IdentityKey(platform: platform, nativeId: nativeId, idKind: idKind) else {
      return DisplayName.cleaned(displayName) ?? nativeId
    }
    return label(for: key, displayName: displayName, handle: handle)
  }
}

extension PersonLabel {
  /// Considers an identity row.
  mutating func offer(
    platform: String, nativeId: String, idKind: String?, displayName: String?, handle: String?
  ) {
    if let key = IdentityKey(platform: platform, nativeId: nativeId, idKind: idKind) {
      offer(key, displayName: displayName, handle: handle)
    } else {
      offer(
        IdentityKey(platform: .graph, nativeId: nativeId, kind: .displayName), displayName: displayName,
        handle: handle)
    }
  }
}
