import Foundation
import ImportSupport
import RekindleModel

/// A graph sink that keeps every record, for tests.
public final class RecordingSink: GraphSink {
  public var owners: [OwnerAccount] = []
  public var identities: [IdentityRecord] = []
  public var interactions: [InteractionRecord] = []
  public var connections: [ConnectionRecord] = []
  public var ties: [TieRecord] = []
  public var summary = ImportSummary(archive: "")

  public init() {}

  public func owner(_ owner: OwnerAccount) throws { owners.append(owner) }
  public func identity(_ identity: IdentityRecord) throws { identities.append(identity) }
  public func interaction(_ interaction: InteractionRecord) throws { interactions.append(interaction) }
  public func connection(_ connection: ConnectionRecord) throws { connections.append(connection) }
  public func tie(_ tie: TieRecord) throws { ties.append(tie) }

  /// The distinct identity keys emitted.
  public var identityKeys: Set<IdentityKey> { Set(identities.map(\.key)) }

  /// The last record emitted for `nativeId`, merged as the store would merge it.
  public func identity(_ nativeId: String) -> IdentityRecord? {
    let records = identities.filter { $0.key.nativeId == nativeId }
    guard var merged = records.first else { return nil }
    for record in records.dropFirst() {
      merged.displayName = record.displayName ?? merged.displayName
      merged.handle = record.handle ?? merged.handle
      merged.company = record.company ?? merged.company
      merged.title = record.title ?? merged.title
      merged.emails = Array(Set(merged.emails + record.emails)).sorted()
      merged.profileURLs = Array(Set(merged.profileURLs + record.profileURLs)).sorted()
    }
    return merged
  }

  /// The interactions whose text contains `text`.
  public func interactions(containing text: String) -> [InteractionRecord] {
    interactions.filter { $0.text?.contains(text) == true }
  }

  /// The connections of the identity with `nativeId`.
  public func connections(of nativeId: String) -> [ConnectionRecord] {
    connections.filter { $0.identity.nativeId == nativeId }
  }
}

extension Date {
  /// The date as `2024-12-18T09:15:42Z`, for readable expectations.
  public var iso: String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: self)
  }
}
