import CampaignCompliance
import CampaignEngine
import CampaignStatistics
import Foundation
import ScenarioKit

/// Everything the views show at one moment, all of it computed by the engine.
public struct Snapshot: Sendable {
    /// The scenario with the snapshot's parameters applied.
    public var scenario: Scenario
    /// The dials the figures were computed with.
    public var parameters: Parameters
    /// Figures at the current consent rate.
    public var current: RateResult
    /// Figures over the scenario's sweep grid, for the charts.
    public var sweep: [RateResult]
    /// Indices into `current.strategies` on the profit–exposure efficient frontier (oracle excluded).
    public var frontier: [Int]
    /// Milliseconds the last recompute took.
    public var recomputeMilliseconds: Double
    /// Each strategy's standing with the obligations catalogue, in strategy order.
    public var obligations: [[ObligationStatus]]
    /// Where the firm learns (MODEL.md §12): the same campaign at the current rate with the
    /// response known, the reference of the learning curve; nil otherwise.
    public var known: RateResult? = nil
}
