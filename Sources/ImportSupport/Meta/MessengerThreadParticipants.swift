/// The participants of a thread file, read without decoding its messages: what inferring the
/// owner's name needs (``MessengerThreadReader/inferOwnerName(threadFiles:context:)``).
///
/// The messages are skipped, not built into strings: inferring the owner from the first 25 threads
/// decoded them whole before, which for an archive of a few long threads was reading most of its
/// messages twice (Instagram's benchmark archive: a third of its reading time). Like a whole
/// thread, a file without `messages` is an error.
struct MessengerThreadParticipants: JSONScannable {
  /// The participants' names, repaired as the thread reader repairs them; names that are missing
  /// are left out.
  var names: [String]

  init(scanning scanner: inout JSONScanner) throws {
    var participants: [MessengerThread.Participant] = []
    var hasMessages = false
    try scanner.readObject { scanner, key in
      if key == "participants" {
        participants = try scanner.readList(of: MessengerThread.Participant.self) ?? []
      } else {
        if key == "messages" { hasMessages = true }
        try scanner.skipValue()
      }
    }
    guard hasMessages else { throw JSONEntryFailure(message: "missing key 'messages' at the top level") }
    names = participants.compactMap { MetaText.repair($0.name) }
  }
}
