import Foundation

/// How the owner kept in touch with each made-up person of the resolution benchmark: messages on
/// one or two platforms over some years, and meetings in the calendar (in person at a place, or a
/// video call). The reports are scored on them: whom the dormant and meet-in-person reports list
/// when identities are resolved, against what they list when identities are grouped by the truth.
struct ResolutionContacts {
  struct Plan {
    /// Messages each way on each platform of ``platforms`` (0: never written to).
    var eachWay = 0
    /// The platforms written on, the usual one first (`linkedin`, `facebook`, `twitter`).
    var platforms: [String] = []
    /// The first and last message, in seconds since 1970.
    var first = 0
    var last = 0
    /// A meeting in the calendar: its time, and whether at a place (else a video call).
    var meeting: (time: Int, inPerson: Bool)?
  }

  let plans: [Plan]

  /// 40 % of persons written to (2 to 8 messages each way, last between 2016 and late 2026), 18 %
  /// met in person and 4 % in a video call only, mostly among those written to.
  init(count: Int, generator: inout SeededGenerator) {
    plans = (0..<count).map { _ in
      var plan = Plan()
      let writes = Double.random(in: 0..<1, using: &generator) < 0.4
      if writes {
        plan.eachWay = Int.random(in: 2...8, using: &generator)
        var platforms = ["linkedin", "facebook", "twitter"]
        platforms.shuffle(using: &generator)
        plan.platforms = Array(platforms.prefix(Double.random(in: 0..<1, using: &generator) < 0.3 ? 2 : 1))
        plan.last = Int.random(in: 1_451_606_400...1_793_000_000, using: &generator)  // 2016 to Oct 2026
        plan.first = plan.last - Int.random(in: 30...1_500, using: &generator) * 86_400
      }
      let roll = Double.random(in: 0..<1, using: &generator)
      let metShare = writes ? 0.32 : 0.06
      if roll < metShare || roll > 1 - (writes ? 0.07 : 0.01) {
        plan.meeting = (Int.random(in: 1_483_228_800...1_790_000_000, using: &generator), roll < metShare)
      }
      return plan
    }
  }

  /// The times of a person's messages on one platform, oldest first, alternating who wrote
  /// (`true`: the owner).
  func messages(of person: Int) -> [(time: Int, sent: Bool)] {
    let plan = plans[person]
    let count = plan.eachWay * 2
    guard count > 0 else { return [] }
    let step = max(1, (plan.last - plan.first) / max(1, count - 1))
    return (0..<count).map { (plan.first + $0 * step, $0 % 2 == 0) }
  }

  /// The calendar: one event per meeting, the person an attendee by e-mail and name.
  static func calendar(
    _ meetings: [(person: ResolutionPeople.Person, time: Int, inPerson: Bool, email: String, name: String)]
  ) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:alex.rivera@gmail.com", "X-WR-TIMEZONE:UTC",
    ]
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
    func stamp(_ seconds: Int) -> String {
      formatter.string(from: Date(timeIntervalSince1970: Double(seconds))).replacingOccurrences(
        of: "-", with: ""
      )
      .replacingOccurrences(of: ":", with: "")
    }
    for meeting in meetings {
      lines += [
        "BEGIN:VEVENT", "DTSTART:\(stamp(meeting.time))", "DTEND:\(stamp(meeting.time + 3600))",
        "DTSTAMP:20261122T120000Z", "ORGANIZER;CN=alex.rivera@gmail.com:mailto:alex.rivera@gmail.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\(meeting.name):mailto:\(meeting.email)",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=alex.rivera@gmail.com:mailto:alex.rivera@gmail.com",
        meeting.inPerson
          ? "LOCATION:Café Central\\, Rua Augusta 10\\, Lisboa"
          : "LOCATION:https://meet.example.com/abc-defg-hij",
        "STATUS:CONFIRMED", "UID:meeting-\(meeting.person.index)@example.com",
        "SUMMARY:\(meeting.inPerson ? "Coffee" : "Call") with \(meeting.name)", "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}
