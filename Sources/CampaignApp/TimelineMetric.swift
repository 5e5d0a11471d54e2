import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// What the timeline's right-hand chart plots week by week.
public enum TimelineMetric: Sendable, Equatable, CaseIterable {
    /// Learning regret (only where the firm learns, MODEL.md §12), re-identification risk, stored
    /// events, or consenting customers.
    case regret, reidRisk, storedEvents, consenting

    /// The metric shown for `learning`: without learning there is no regret, and risk stands in.
    public func shown(learning: Bool) -> TimelineMetric { self == .regret && !learning ? .reidRisk : self }

    /// The next metric `m` moves to from the one shown.
    public func next(learning: Bool) -> TimelineMetric {
        let all = Self.allCases.filter { learning || $0 != .regret }
        let current = shown(learning: learning)
        return all[(all.firstIndex(of: current)! + 1) % all.count]
    }
}
