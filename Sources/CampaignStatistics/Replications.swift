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

extension ReplicatedResult {
    /// Summarises R replications (`runs[j]` holds replication j's results, one per rate, in the
    /// same order): means, intervals, and paired differences to broadcast.
    public static func summarize(_ runs: [[RateResult]]) -> [ReplicatedResult] {
        summarize(units: runs.map { $0.map(UnitFigures.init) })
    }

    /// The same from plain values (a merged sharded run): the same numbers in the same order.
    public static func summarize(units runs: [[UnitFigures]]) -> [ReplicatedResult] {
        guard let first = runs.first else { return [] }
        let keys = first.first?.keys ?? UnitFigures.keys
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
                    let causal = keys.contains(.sureThings)
                    for key in ReplicatedFigures.pairedKeys + (causal ? ReplicatedFigures.causalPairedKeys : []) {
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
