import CampaignEngine
import ScenarioKit

/// Plausible worlds (MODEL.md §8.2): which conclusions survive the uncertainty of the scenario's
/// own parameters. Worlds are drawn by Latin hypercube sampling from the ranges; every world uses
/// the same population seed, so worlds differ by their parameters alone.
public enum Robustness {
    /// The most worlds a run may ask for.
    public static let maximumWorlds = 10_000

    /// The 5 %, 50 % and 95 % quantiles and the mean of a figure over worlds.
    public struct Spread: Sendable, Equatable {
        public var mean: Double
        public var p5: Double
        public var p50: Double
        public var p95: Double

        /// Quantiles by linear interpolation between order statistics (h = (n − 1)·q).
        public init(_ values: [Double]) {
            let sorted = values.sorted()
            func quantile(_ q: Double) -> Double {
                let h = Double(sorted.count - 1) * q
                let i = Int(h.rounded(.down))
                return i + 1 < sorted.count ? sorted[i] + (h - Double(i)) * (sorted[i + 1] - sorted[i]) : sorted[i]
            }
            var sum = 0.0
            for v in values { sum += v }
            mean = sum / Double(values.count)
            p5 = quantile(0.05)
            p50 = quantile(0.5)
            p95 = quantile(0.95)
        }
    }

    /// One strategy over the worlds.
    public struct StrategySpread: Sendable {
        public var strategy: StrategyName
        public var expectedProfit: Spread
        public var expectedConversions: Spread
        /// nil for oracle (no privacy figures).
        public var exposure: Spread?
        /// Share of worlds in which it has the highest expected profit among compliant strategies (ties split); nil for the others.
        public var pBest: Double?
    }

    /// One tornado bar: the difference A − B with one parameter at its 10 % and its 90 % quantile.
    public struct Bar: Sendable, Equatable {
        public var path: String
        public var atP10: Double
        public var atP90: Double
        /// |d₉₀ − d₁₀|, the bar's length.
        public var swing: Double { abs(atP90 - atP10) }
    }

    /// Everything `robustness` reports.
    public struct Result: Sendable {
        public var worlds: Int
        /// The rate every world is evaluated at, or nil when it is drawn from consent.rate's range.
        public var fixedRate: Double?
        public var parameters: [ParameterRange]
        public var strategies: [StrategySpread]
        /// wins[a][b]: the share of worlds with a's expected profit above b's.
        public var wins: [StrategyName: [StrategyName: Double]]
        public var compare: (StrategyName, StrategyName)?
        /// profit(A) − profit(B) in the central world.
        public var central: Double
        /// Sorted by swing, largest first.
        public var bars: [Bar]

        /// The compliant strategy most often best, with its share.
        public var mostOftenBest: (StrategyName, Double)? {
            strategies.compactMap { s in s.pBest.map { (s.strategy, $0) } }.max { $0.1 < $1.1 }
        }
    }

    /// The parameters that vary: the scenario's ranges, without consent.rate's when the rate is fixed.
    public static func parameters(_ scenario: Scenario, fixedRate: Double?) -> [ParameterRange] {
        scenario.uncertain.filter { fixedRate == nil || $0.target != .consentRate }
    }

    /// The probability of world `w` for parameter `p` in a Latin hypercube of `worlds` strata: each
    /// parameter's strata are shuffled independently, and one draw falls inside each stratum.
    public static func latinHypercube(seed: UInt64, parameters: Int, worlds: Int) -> [[Double]] {
        (0..<parameters).map { p in
            var rng = RandomStream(seed: seed, 0x1A7_1CE, UInt64(p))
            var strata = Array(0..<worlds)
            for i in stride(from: worlds - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                strata.swapAt(i, j)
            }
            return strata.map { (Double($0) + rng.uniform()) / Double(worlds) }
        }
    }

    /// The scenario of one world: each parameter at its value.
    static func world(_ scenario: Scenario, _ parameters: [ParameterRange], values: [Double]) -> Scenario {
        var world = scenario
        for (range, value) in zip(parameters, values) { range.apply(value, to: &world) }
        return world
    }

    /// Evaluates `worlds` plausible worlds (and the tornado's one-at-a-time worlds) of `scenario`.
    /// `evaluate` computes a world's figures at a rate; worlds are independent units (MODEL.md §8.3).
    public static func run(_ scenario: Scenario, worlds count: Int, fixedRate: Double?, compare: (StrategyName, StrategyName)?,
                           evaluate: (Scenario, Double) -> RateResult) -> Result {
        run(scenario, worlds: count, fixedRate: fixedRate, compare: compare, evaluateOrStop: { evaluate($0, $1) }, proceed: { _, _ in true })!
    }

    /// As `run`, reporting after each world evaluated (`proceed(done, total)`); it stops and returns
    /// nil as soon as `proceed` answers false or `evaluateOrStop` gives no figures (cancellation).
    public static func run(_ scenario: Scenario, worlds count: Int, fixedRate: Double?, compare: (StrategyName, StrategyName)?,
                           evaluateOrStop: (Scenario, Double) -> RateResult?, proceed: (Int, Int) -> Bool) -> Result? {
        let parameters = parameters(scenario, fixedRate: fixedRate)
        let grid = latinHypercube(seed: scenario.seed, parameters: parameters.count, worlds: count)
        let total = count + 1 + 2 * parameters.count
        var done = 0
        var stopped = false
        func figures(_ values: [Double]) -> RateResult? {
            guard !stopped else { return nil }
            let world = world(scenario, parameters, values: values)
            guard let result = evaluateOrStop(world, fixedRate ?? world.consent.rate) else { stopped = true; return nil }
            done += 1
            if !proceed(done, total) { stopped = true }
            return result
        }
        var results: [RateResult] = []
        for w in 0..<count {
            guard let r = figures(parameters.indices.map { parameters[$0].quantile(grid[$0][w]) }) else { return nil }
            results.append(r)
        }
        let names = scenario.strategies
        func profit(_ r: RateResult, _ s: StrategyName) -> Double { r[s]!.expectedProfitEUR }
        let compliant = names.filter(\.isCompliant)
        var best = [StrategyName: Double]()
        for r in results {
            let top = compliant.map { profit(r, $0) }.max() ?? 0
            let winners = compliant.filter { profit(r, $0) == top }
            for s in winners { best[s, default: 0] += 1 / Double(winners.count) }
        }
        let spreads = names.map { s in
            StrategySpread(strategy: s, expectedProfit: Spread(results.map { profit($0, s) }),
                           expectedConversions: Spread(results.map { $0[s]!.expectedConversions }),
                           exposure: s == .oracle ? nil : Spread(results.map { $0[s]!.privacy?.exposureIndex ?? 0 }),
                           pBest: s.isCompliant ? (best[s] ?? 0) / Double(count) : nil)
        }
        var wins: [StrategyName: [StrategyName: Double]] = [:]
        for a in names {
            for b in names where b != a {
                wins[a, default: [:]][b] = Double(results.filter { profit($0, a) > profit($0, b) }.count) / Double(count)
            }
        }
        // The tornado: the central world, then each parameter alone at its 10 % and 90 % quantiles.
        let centralValues = parameters.map(\.central)
        guard let centralWorld = figures(centralValues) else { return nil }
        let pair = compare ?? {
            let ranked = compliant.sorted { profit(centralWorld, $0) > profit(centralWorld, $1) }
            return ranked.count >= 2 ? (ranked[0], ranked[1]) : nil
        }()
        var bars: [Bar] = []
        var central = 0.0
        if let (a, b) = pair {
            func difference(_ r: RateResult) -> Double { profit(r, a) - profit(r, b) }
            central = difference(centralWorld)
            for (i, range) in parameters.enumerated() {
                var low = centralValues, high = centralValues
                low[i] = range.quantile(0.1)
                high[i] = range.quantile(0.9)
                guard let atLow = figures(low), let atHigh = figures(high) else { return nil }
                bars.append(Bar(path: range.path, atP10: difference(atLow), atP90: difference(atHigh)))
            }
            // Largest swing first; equal swings keep the file's order.
            bars = bars.enumerated().sorted { $0.element.swing != $1.element.swing ? $0.element.swing > $1.element.swing : $0.offset < $1.offset }.map(\.element)
        }
        return Result(worlds: count, fixedRate: fixedRate, parameters: parameters, strategies: spreads, wins: wins,
                      compare: pair, central: central, bars: bars)
    }
}
