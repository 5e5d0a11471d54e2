import CampaignEngine
import ScenarioKit

/// One replication's figures at one rate, as plain values: what a shard writes and `merge` reads.
public struct UnitFigures: Sendable, Equatable {
    /// The figures kept per strategy, in this order: every figure, derived ones included.
    public static let keys: [FigureKey] = FigureKey.allCases

    /// The population consent rate r.
    public var consentRate: Double
    /// The compared strategies, in the scenario's order.
    public var strategies: [StrategyName]
    /// `values[s][i]` is `keys[i]` of `strategies[s]`, nil where the figure does not apply.
    public var values: [[Double?]]

    /// Figures given as plain values.
    public init(consentRate: Double, strategies: [StrategyName], values: [[Double?]]) {
        self.consentRate = consentRate
        self.strategies = strategies
        self.values = values
    }

    /// The values of one engine result.
    public init(_ result: RateResult) {
        consentRate = result.consentRate
        strategies = result.strategies.map(\.strategy)
        values = result.strategies.map { f in Self.keys.map { $0.value(of: f) } }
    }
}
