import CampaignEngine
import ScenarioKit

/// Replications of MODEL.md §8.1: the same scenario on R fresh synthetic populations.
public enum Replications {
    /// The most replications a run may ask for.
    public static let maximum = 1000

    /// The seed of replication `j`: s₀ is the scenario's own seed, so one replication is exactly
    /// the one-shot run; for j ≥ 1 it is SplitMix64's finaliser of (seed XOR the finaliser of
    /// j + 0x5EED), a fixed function documented in docs/model.md.
    public static func seed(_ base: UInt64, replication j: Int) -> UInt64 {
        guard j > 0 else { return base }
        return mix(base ^ mix(UInt64(j) &+ 0x5EED))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The scenario of replication `j`.
    public static func scenario(_ scenario: Scenario, replication j: Int) -> Scenario {
        var copy = scenario
        copy.seed = seed(scenario.seed, replication: j)
        return copy
    }
}

/// A mean with its 95 % interval (Student's t over replications).
public struct Estimate: Sendable, Equatable {
    public var mean: Double
    public var low: Double
    public var high: Double

    /// Whether the interval excludes zero (for differences: the strategies are distinguishable).
    public var excludesZero: Bool { low > 0 || high < 0 }

    /// The mean and interval of `values`, in their order (so the result never depends on how the
    /// replications were scheduled). One value gives a zero-width interval.
    public init(_ values: [Double]) {
        let n = Double(values.count)
        var sum = 0.0
        for v in values { sum += v }
        mean = sum / n
        guard values.count > 1 else { low = mean; high = mean; return }
        var squares = 0.0
        for v in values { squares += (v - mean) * (v - mean) }
        let sd = (squares / (n - 1)).squareRoot()
        let half = StudentT.quantile975(degreesOfFreedom: values.count - 1) * sd / n.squareRoot()
        low = mean - half
        high = mean + half
    }

    /// Half the interval's width.
    public var halfWidth: Double { (high - low) / 2 }
}

/// One strategy's figures over replications: each figure's estimate (nil where it is null in
/// any replication) and the paired differences to broadcast.
public struct ReplicatedFigures: Sendable {
    public var strategy: StrategyName
    public var estimates: [FigureKey: Estimate]
    /// For `ReplicatedFigures.pairedKeys`: the mean and interval of f(strategy) − f(broadcast),
    /// taken within each replication. Empty when broadcast is not compared.
    public var vsBroadcast: [FigureKey: Estimate]

    /// The figures whose difference to broadcast is reported (MODEL.md §7 v2).
    public static let pairedKeys: [FigureKey] = [.expectedConversions, .conversions, .expectedProfitEUR, .profitEUR, .exposureIndex, .dataPoints]

    /// The estimate of `key`, or nil where the figure does not apply.
    public subscript(key: FigureKey) -> Estimate? { estimates[key] }
}

/// All strategies at one consent rate, over replications.
public struct ReplicatedResult: Sendable {
    public var consentRate: Double
    public var strategies: [ReplicatedFigures]
    public var replications: Int

    /// The figures of `strategy`, if compared.
    public subscript(strategy: StrategyName) -> ReplicatedFigures? { strategies.first { $0.strategy == strategy } }
}

/// One replication's figures at one rate, as plain values: what a shard writes and `merge` reads.
public struct UnitFigures: Sendable, Equatable {
    /// The figures kept per strategy, in this order: every figure, derived ones included.
    public static let keys: [FigureKey] = FigureKey.allCases

    public var consentRate: Double
    public var strategies: [StrategyName]
    /// `values[s][i]` is `keys[i]` of `strategies[s]`, nil where the figure does not apply.
    public var values: [[Double?]]

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

extension ReplicatedResult {
    /// Summarises R replications (`runs[j]` holds replication j's results, one per rate, in the
    /// same order): means, intervals, and paired differences to broadcast.
    public static func summarize(_ runs: [[RateResult]]) -> [ReplicatedResult] {
        summarize(units: runs.map { $0.map(UnitFigures.init) })
    }

    /// The same from plain values (a merged sharded run): the same numbers in the same order.
    public static func summarize(units runs: [[UnitFigures]]) -> [ReplicatedResult] {
        guard let first = runs.first else { return [] }
        let keys = UnitFigures.keys
        return first.indices.map { r in
            let broadcast = first[r].strategies.firstIndex(of: .broadcast)
            let strategies = first[r].strategies.indices.map { s -> ReplicatedFigures in
                var estimates: [FigureKey: Estimate] = [:]
                for (i, key) in keys.enumerated() {
                    let values = runs.map { $0[r].values[s][i] }
                    if values.allSatisfy({ $0 != nil }) { estimates[key] = Estimate(values.map { $0! }) }
                }
                var paired: [FigureKey: Estimate] = [:]
                if let b = broadcast {
                    for key in ReplicatedFigures.pairedKeys {
                        let i = keys.firstIndex(of: key)!
                        let differences = runs.map { run -> Double? in
                            guard let v = run[r].values[s][i], let base = run[r].values[b][i] else { return nil }
                            return v - base
                        }
                        if differences.allSatisfy({ $0 != nil }) { paired[key] = Estimate(differences.map { $0! }) }
                    }
                }
                return ReplicatedFigures(strategy: first[r].strategies[s], estimates: estimates, vsBroadcast: paired)
            }
            return ReplicatedResult(consentRate: first[r].consentRate, strategies: strategies, replications: runs.count)
        }
    }
}
