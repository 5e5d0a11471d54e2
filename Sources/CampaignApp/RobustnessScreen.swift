import CampaignEngine
import CampaignStatistics
import Lessons
import Localization
import ScenarioKit

/// The plausible-worlds screen: the result, filled in when all worlds are done, and progress.
public struct RobustnessScreen: Sendable {
    /// The result once every world is done.
    public var result: Robustness.Result?
    /// The worlds done so far, while the rest are drawn: the conclusion forming, no tornado yet.
    public var partial: Robustness.Result?
    /// Worlds finished so far.
    public var done = 0
    /// Worlds asked for.
    public var total = 0
    /// The snapshot generation the worlds were asked for.
    public var generation = -1

    /// Worlds the screen draws (fewer than the command's default 200, to stay quick at 200k customers).
    public static let worlds = 100
}
