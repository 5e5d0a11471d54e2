import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The timeline screen of a campaign over several weeks (MODEL.md §9): the week shown and its chart.
public struct TimelineScreen: Sendable, Equatable {
    /// 1 … T.
    public var week = 1
    /// What the right-hand chart plots.
    /// Regret first: where the firm learns that is the story; elsewhere it shows re-identification risk.
    public var metric: TimelineMetric = .regret
}
