import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// Intervals for the dashboard's headline figures (MODEL.md §8.1), filled in as replications arrive.
public struct IntervalState: Sendable {
    /// Replications asked for: 1 (off) or `IntervalState.defaultCount`.
    public var count = 1
    /// The replications so far, for the snapshot of `generation`.
    public var result: ReplicatedResult?
    /// Replications finished so far.
    public var done = 0
    /// The snapshot generation the replications belong to.
    public var generation = -1

    /// Replications the `r` key asks for.
    public static let defaultCount = 20

    /// Whether intervals are wanted.
    public var isOn: Bool { count > 1 }
}
