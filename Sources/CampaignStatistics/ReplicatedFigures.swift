import CampaignEngine
import ScenarioKit

/// One strategy's figures over replications: each figure's estimate (nil where it is null in
/// any replication) and the paired differences to broadcast.
public struct ReplicatedFigures: Sendable {
    /// The strategy.
    public var strategy: StrategyName
    /// Mean and interval of each figure; absent where it is null in any replication.
    public var estimates: [FigureKey: Estimate]
    /// For `ReplicatedFigures.pairedKeys`: the mean and interval of f(strategy) − f(broadcast),
    /// taken within each replication. Empty when broadcast is not compared.
    public var vsBroadcast: [FigureKey: Estimate]

    /// The figures whose difference to broadcast is reported (MODEL.md §7 v2).
    public static let pairedKeys: [FigureKey] = [.expectedConversions, .conversions, .expectedProfitEUR, .profitEUR, .exposureIndex, .dataPoints]
    /// Where some cohort buys without contact, also these differences of what the campaign causes (MODEL.md §11.3).
    public static let causalPairedKeys: [FigureKey] = [.expectedIncrementalConversions, .incrementalConversions,
                                                        .expectedIncrementalProfitEUR, .incrementalProfitEUR]

    /// The estimate of `key`, or nil where the figure does not apply.
    public subscript(key: FigureKey) -> Estimate? { estimates[key] }
}
