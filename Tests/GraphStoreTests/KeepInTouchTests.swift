import Foundation
import RekindleModel
import TestSupport
import Testing

@testable import GraphStore

/// Priya has a LinkedIn and a Facebook identity (one person); Hannah only LinkedIn; Mina never
/// wrote.
private struct CadenceStore {
  let database: GraphDatabase
  static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
  let priyaLinkedIn = IdentityKey(
    platform: .linkedin, nativeId: "https://www.linkedin.com/in/priya", kind: .profileURL)
  let priyaFacebook = IdentityKey(platform: .facebook, nativeId: "Priya Natarajan", kind: .displayName)
  let hannah = IdentityKey(
    platform: .linkedin, nativeId: "https://www.linkedin.com/in/hannah", kind: .profileURL)
  let mina = IdentityKey(platform: .linkedin, nativeId: "https://www.linkedin.com/in/mina", kind: .profileURL)

  init() throws {
    database = try GraphDatabase(
      path: ZipBuilder.temporaryDirectory().appendingPathComponent("c.sqlite").path)
  }

  static func day(_ day: Int) -> Date { start.addingTimeInterval(Double(day) * 86_400) }

  /// Stores a message with `identity` on `day`.
  func message(_ identity: IdentityKey, onDay day: Int, platform: Platform) throws {
    _ = try database.storeArchive { sink in
      for key in [priyaLinkedIn, priyaFacebook, hannah, mina] {
        try sink.identity(
          IdentityRecord(key: key, displayName: key.platform == .facebook ? "Priya Natarajan" : nil))
      }
      try sink.interaction(
        InteractionRecord(
          platform: platform, kind: .message, direction: .received, timestamp: Self.day(day),
          counterpart: identity,
          participants: [identity], text: "hi", sourceKey: "\(identity.nativeId)-\(day)"))
      return ImportSummary(archive: "test", platform: platform)
    }
    let ids = try database.identitiesForResolution()
    let priya = ids.filter { $0.record.key == priyaLinkedIn || $0.record.key == priyaFacebook }.map(\.id)
    let others = ids.map(\.id).filter { !priya.contains($0) }.map { [$0] }
    try database.assignPersons(
      groups: [priya] + others,
      links: [PersonLink]())
  }
}

struct KeepInTouchTests {
  @Test func `a cadence restarts on a Facebook message after a LinkedIn one`() throws {
    let store = try CadenceStore()
    try store.message(store.priyaLinkedIn, onDay: 0, platform: .linkedin)
    try store.database.setCadence(days: 30, for: store.priyaLinkedIn)
    let onDay35 = try #require(try store.database.keepInTouch(asOf: CadenceStore.day(35)).first)
    #expect(onDay35.overdueDays == 5)
    #expect(onDay35.isOverdue)
    // A message on Facebook, with the person's other identity, restarts the clock.
    try store.message(store.priyaFacebook, onDay: 20, platform: .facebook)
    let after = try #require(try store.database.keepInTouch(asOf: CadenceStore.day(35)).first)
    #expect(after.lastPlatform == .facebook)
    #expect(after.due == CadenceStore.day(50))
    #expect(after.overdueDays == -15)
    #expect(!after.isOverdue)
  }

  @Test func `tags give cadences; a person's own wins, then the shortest tag's`() throws {
    let store = try CadenceStore()
    try store.message(store.hannah, onDay: 0, platform: .linkedin)
    try store.message(store.priyaLinkedIn, onDay: 0, platform: .linkedin)
    try store.database.setTag("family", for: store.hannah)
    try store.database.setTag("mentor", for: store.hannah)
    try store.database.setTag("family", for: store.priyaFacebook)
    try store.database.setCadence(days: 14, forTag: "family")
    try store.database.setCadence(days: 90, forTag: "mentor")
    try store.database.setCadence(days: 60, for: store.priyaLinkedIn)
    let list = try store.database.keepInTouch(asOf: CadenceStore.day(20))
    let hannah = try #require(list.first { $0.cadenceSource.hasPrefix("tag") })
    #expect(hannah.cadenceDays == 14)
    #expect(hannah.cadenceSource == "tag:family")
    #expect(hannah.tags == ["family", "mentor"])
    let priya = try #require(list.first { $0.cadenceSource == "person" })
    #expect(priya.cadenceDays == 60)
    // Most overdue first.
    #expect(list.map(\.cadenceDays) == [14, 60])
    try store.database.setCadence(days: nil, forTag: "family")
    #expect(
      try store.database.keepInTouch(asOf: CadenceStore.day(20)).first { $0.tags.contains("mentor") }?
        .cadenceDays == 90)
  }

  @Test func `someone never in touch is due at once, and interactions after the date do not count`() throws {
    let store = try CadenceStore()
    try store.message(store.hannah, onDay: 10, platform: .linkedin)
    try store.database.setCadence(days: 7, for: store.mina)
    try store.database.setCadence(days: 7, for: store.hannah)
    let list = try store.database.keepInTouch(asOf: CadenceStore.day(5))
    #expect(list.count == 2)
    #expect(list.allSatisfy { $0.lastInteraction == nil && $0.isOverdue })
  }
}
