import Foundation
import TestSupport
import Testing

@testable import ImportSupport

struct MessengerThreadParticipantsTests {
  /// Every fixture thread names the participants the whole thread names, repaired alike.
  @Test func `the participants of every fixture thread, as the whole thread gives them`() throws {
    let files = Fixture.messengerThreadFiles()
    #expect(files.count >= 10)
    for file in files {
      let data = try Data(contentsOf: file)
      let thread = try JSONEntryReader().scan(MessengerThread.self, from: data)
      let participants = try JSONEntryReader().scan(MessengerThreadParticipants.self, from: data)
      #expect(participants.names == MessengerThreadReader.participantNames(thread), "\(file.path)")
    }
  }

  @Test func `messages are skipped whatever they hold; a file without them is an error`() throws {
    let json = #"""
      {"messages": [{"sender_name": "x", "content": "{[\"\u00c3\u00ab", "reactions": [{"a": [1, {}]}]}],
       "participants": [{"name": "Zo\u00c3\u00ab Tanaka"}, {"name": null}, {"name": "Ana"}], "title": "t"}
      """#
    let participants = try JSONEntryReader().scan(MessengerThreadParticipants.self, from: Data(json.utf8))
    #expect(participants.names == ["Zoë Tanaka", "Ana"])
    #expect(throws: JSONEntryFailure.self) {
      try JSONEntryReader().scan(
        MessengerThreadParticipants.self, from: Data(#"{"participants": [{"name": "Ana"}]}"#.utf8))
    }
  }
}
