import CampaignEngine
import ScenarioKit

/// One replication's figures at one rate, as plain values: what a shard writes and `merge` reads.
public struct UnitFigures: Sendable, Equatable {
    /// The figures kept per strategy, in this order: every figure, derived ones included, but those
    /// of MODEL.md §11.3, which follow (`causalKeys`) only where some cohort buys without contact,
    /// so a v2 scenario's shards are what they were.
    /// The §12.3 figures follow last, only where the firm learns.
    public static let keys: [FigureKey] = FigureKey.allCases.filter { !FigureKey.causal.contains($0) && !FigureKey.learning.contains($0) }
    /// `keys` followed by the §11.3 figures.
    public static let causalKeys: [FigureKey] = keys + FigureKey.causal
    /// Every shape a unit may have: with or without §11.3, with or without §12.3 (their counts differ).
    public static let shapes: [[FigureKey]] = [keys, causalKeys, keys + FigureKey.learning, causalKeys + FigureKey.learning]

    /// The keys of a strategy's values, told by their number; nil for a number no unit has.
    public static func keys(count: Int) -> [FigureKey]? { shapes.first { $0.count == count } }

    /// The keys `values` hold, told by their number.
    public var keys: [FigureKey] { values.first.flatMap { Self.keys(count: $0.count) } ?? Self.keys }

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
        let keys = (result.strategies.contains { $0.causal != nil } ? Self.causalKeys : Self.keys)
            + (result.strategies.contains { $0.learning != nil } ? FigureKey.learning : [])
        values = result.strategies.map { f in keys.map { $0.value(of: f) } }
    }
}
