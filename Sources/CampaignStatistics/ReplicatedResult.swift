import CampaignEngine
import ScenarioKit

/// All strategies at one consent rate, over replications.
public struct ReplicatedResult: Sendable {
    public var consentRate: Double
    public var strategies: [ReplicatedFigures]
    public var replications: Int

    /// The figures of `strategy`, if compared.
    public subscript(strategy: StrategyName) -> ReplicatedFigures? { strategies.first { $0.strategy == strategy } }
}
