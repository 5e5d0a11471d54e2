import CampaignEngine
import ScenarioKit

/// All strategies at one consent rate, over replications.
public struct ReplicatedResult: Sendable {
    /// The population consent rate r.
    public var consentRate: Double
    /// In the scenario's strategy order.
    public var strategies: [ReplicatedFigures]
    /// Replications the estimates are taken over.
    public var replications: Int

    /// The figures of `strategy`, if compared.
    public subscript(strategy: StrategyName) -> ReplicatedFigures? { strategies.first { $0.strategy == strategy } }
}
