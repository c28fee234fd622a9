import Foundation
import RekindleModel

/// A person's interactions over time: counts per platform and year, and every meeting.
public struct PersonTimeline: Sendable, Equatable {
  /// The interactions of one year on one platform.
  public struct Year: Sendable, Equatable {
    public var platform: Platform
    public var year: Int
    public var sent: Int
    public var received: Int
    public var calls: Int
  }

  /// One meeting the person was invited to.
  public struct Meeting: Sendable, Equatable {
    public var date: Date
    public var platform: Platform
    /// Whether it had a physical place (`false` for a video call, `nil` when unknown).
    public var inPerson: Bool?
    public var location: String?
    public var title: String?
  }

  public var years: [Year]
  public var meetings: [Meeting]
}
