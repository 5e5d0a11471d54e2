import CampaignEngine
import ScenarioKit

/// One replication's figures at one rate, as plain values: what a shard writes and `merge` reads.
public struct UnitFigures: Sendable, Equatable {
    /// The figures kept per strategy, in this order: every figure, derived ones included, but those
    /// of MODEL.md §11.3, which follow (`causalKeys`) only where some cohort buys without contact,
    /// so a v2 scenario's shards are what they were.
    public static let keys: [FigureKey] = FigureKey.allCases.filter { !FigureKey.causal.contains($0) }
    /// `keys` followed by the §11.3 figures.
    public static let causalKeys: [FigureKey] = keys + FigureKey.causal

    /// The keys `values` hold, told by their number.
    public var keys: [FigureKey] { values.first?.count == Self.causalKeys.count ? Self.causalKeys : Self.keys }

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
        let keys = result.strategies.contains { $0.causal != nil } ? Self.causalKeys : Self.keys
        values = result.strategies.map { f in keys.map { $0.value(of: f) } }
    }
}
