import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The strategy detail's sample customers.
public struct DetailScreen: Sendable {
    /// The inspected sample customers of the current page.
    public var samples: [CustomerInspection] = []
    /// The snapshot generation the samples were inspected under; samples of other figures are not shown.
    public var generation = -1
    /// The page of sample customers shown (0-based).
    public var page = 0
    /// The sample customer whose full explanation the screen shows.
    public var index = 0
    /// The first line of the explanation shown, when it is longer than its box.
    public var scroll = 0
}
