/// Recognizes the links of video-call services in an event's location, description or URL.
enum VideoCallLink {
  /// Host fragments of video-call services.
  static let hosts = [
    "meet.google.com", "hangouts.google.com", "zoom.us", "zoom.com", "zoomgov.com", "teams.microsoft.com",
    "teams.live.com", "webex.com", "whereby.com", "gotomeeting.com", "gotomeet.me", "bluejeans.com",
    "chime.aws", "join.skype.com", "meet.jit.si", "8x8.vc", "discord.gg", "discord.com/channels",
    "around.co", "meet.lync.com", "facetime.apple.com", "signal.group", "wa.me",
  ]

  /// True when `text` carries a video-call link.
  static func isPresent(in text: String?) -> Bool {
    guard let lowered = text?.lowercased(), !lowered.isEmpty else { return false }
    return hosts.contains { lowered.contains($0) }
  }

  /// True when `location` names a physical place: not empty and not only a link or a phone number.
  static func isPhysicalPlace(_ location: String?) -> Bool {
    guard let location = location?.trimmingCharacters(in: .whitespacesAndNewlines), !location.isEmpty else {
      return false
    }
    let lowered = location.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || isPresent(in: lowered) {
      return false
    }
    let letters = location.filter(\.isLetter).count
    return letters >= 2
  }
}
