import CampaignEngine
import ScenarioKit

/// Plausible worlds (MODEL.md §8.2): which conclusions survive the uncertainty of the scenario's
/// own parameters. Worlds are drawn by Latin hypercube sampling from the ranges; every world uses
/// the same population seed, so worlds differ by their parameters alone.
public enum Robustness {
    /// The draws every world of `scenario` shares (MODEL.md §8.2: common random numbers): recorded
    /// for a one-shot campaign; none for a campaign of several weeks, whose pass regenerates its
    /// customers, or when `control` was cancelled.
    public static func sharedDraws(_ scenario: Scenario, threads: Int, control: WorkControl? = nil) -> WorldDraws? {
        Simulator.kind(for: scenario, mode: .memory) == .inMemory ? WorldDraws(scenario: scenario, threads: threads, control: control) : nil
    }

    /// The most worlds a run may ask for.
    public static let maximumWorlds = 10_000

    /// The 5 %, 50 % and 95 % quantiles and the mean of a figure over worlds.
    public struct Spread: Sendable, Equatable {
        /// The mean over worlds.
        public var mean: Double
        /// The 5 % quantile.
        public var p5: Double
        /// The median.
        public var p50: Double
        /// The 95 % quantile.
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
        /// The strategy.
        public var strategy: StrategyName
        /// Expected profit over worlds, in euros.
        public var expectedProfit: Spread
        /// Expected conversions over worlds.
        public var expectedConversions: Spread
        /// nil for oracle (no privacy figures).
        public var exposure: Spread?
        /// Share of worlds in which it has the highest expected profit among compliant strategies (ties split); nil for the others.
        public var pBest: Double?
    }

    /// One tornado bar: the difference A − B with one parameter at its 10 % and its 90 % quantile.
    public struct Bar: Sendable, Equatable {
        /// The parameter's path in the scenario.
        public var path: String
        /// A − B with the parameter at its 10 % quantile, in euros.
        public var atP10: Double
        /// A − B with the parameter at its 90 % quantile, in euros.
        public var atP90: Double
        /// |d₉₀ − d₁₀|, the bar's length.
        public var swing: Double { abs(atP90 - atP10) }
    }

    /// Everything `robustness` reports.
    public struct Result: Sendable {
        /// Worlds drawn.
        public var worlds: Int
        /// The rate every world is evaluated at, or nil when it is drawn from consent.rate's range.
        public var fixedRate: Double?
        /// The scenario's uncertain parameters the worlds were drawn from.
        public var parameters: [ParameterRange]
        /// Each strategy's spread, in the scenario's strategy order.
        public var strategies: [StrategySpread]
        /// wins[a][b]: the share of worlds with a's expected profit above b's.
        public var wins: [StrategyName: [StrategyName: Double]]
        /// Strategies A and B of the tornado bars: as asked, else the two best compliant in the central world.
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

    /// The parameter values of every unit of a run (MODEL.md §8.3: units can be sharded): the W
    /// Latin-hypercube worlds, then the central world, then each parameter alone at its 10 % and
    /// its 90 % quantile with the others central (the tornado).
    public static func units(_ scenario: Scenario, worlds count: Int, fixedRate: Double?) -> [[Double]] {
        let parameters = parameters(scenario, fixedRate: fixedRate)
        let grid = latinHypercube(seed: scenario.seed, parameters: parameters.count, worlds: count)
        var units = (0..<count).map { w in parameters.indices.map { parameters[$0].quantile(grid[$0][w]) } }
        let central = parameters.map(\.central)
        units.append(central)
        for (i, range) in parameters.enumerated() {
            var low = central, high = central
            low[i] = range.quantile(0.1)
            high[i] = range.quantile(0.9)
            units += [low, high]
        }
        return units
    }

    /// The scenario and consent rate of one unit.
    public static func world(_ scenario: Scenario, fixedRate: Double?, values: [Double]) -> (scenario: Scenario, rate: Double) {
        let world = world(scenario, parameters(scenario, fixedRate: fixedRate), values: values)
        return (world, fixedRate ?? world.consent.rate)
    }

    /// Evaluates `worlds` plausible worlds (and the tornado's one-at-a-time worlds) of `scenario`.
    /// `evaluate` computes a world's figures at a rate.
    public static func run(_ scenario: Scenario, worlds count: Int, fixedRate: Double?, compare: (StrategyName, StrategyName)?,
                           evaluate: (Scenario, Double) -> RateResult) -> Result {
        // Nothing here can stop a world, so every world has figures.
        guard let result = run(scenario, worlds: count, fixedRate: fixedRate, compare: compare, evaluateOrStop: { evaluate($0, $1) },
                               proceed: { _, _ in true }) else { preconditionFailure("an unstoppable run stopped") }
        return result
    }

    /// As `run`, reporting after each unit evaluated (`proceed(done, total)`); it stops and returns
    /// nil as soon as `proceed` answers false or `evaluateOrStop` gives no figures (cancellation).
    /// `partial`, where given, receives the summary of the worlds done so far every `every` worlds
    /// (no tornado yet: its runs come after the worlds), so a screen can show the conclusion forming.
    public static func run(_ scenario: Scenario, worlds count: Int, fixedRate: Double?, compare: (StrategyName, StrategyName)?,
                           evaluateOrStop: (Scenario, Double) -> RateResult?, proceed: (Int, Int) -> Bool,
                           every: Int = 10, partial: ((Result) -> Void)? = nil) -> Result? {
        let plan = units(scenario, worlds: count, fixedRate: fixedRate)
        var figures: [UnitFigures] = []
        for values in plan {
            let (world, rate) = world(scenario, fixedRate: fixedRate, values: values)
            guard let result = evaluateOrStop(world, rate) else { return nil }
            figures.append(UnitFigures(result))
            if let partial, figures.count <= count, figures.count % max(1, every) == 0 {
                partial(summarize(scenario, worlds: figures.count, fixedRate: fixedRate, compare: compare, units: figures))
            }
            if !proceed(figures.count, plan.count) { return nil }
        }
        return summarize(scenario, worlds: count, fixedRate: fixedRate, compare: compare, units: figures)
    }

    /// The result from every unit's figures, in unit order (the same whether computed here or merged from shards).
    public static func summarize(_ scenario: Scenario, worlds count: Int, fixedRate: Double?, compare: (StrategyName, StrategyName)?,
                                 units: [UnitFigures]) -> Result {
        let parameters = parameters(scenario, fixedRate: fixedRate)
        let names = scenario.strategies
        let profitKey = UnitFigures.keys.firstIndex(of: .expectedProfitEUR)!
        let conversionsKey = UnitFigures.keys.firstIndex(of: .expectedConversions)!
        let exposureKey = UnitFigures.keys.firstIndex(of: .exposureIndex)!
        func value(_ u: UnitFigures, _ s: StrategyName, _ key: Int) -> Double? { u.strategies.firstIndex(of: s).flatMap { u.values[$0][key] } }
        func profit(_ u: UnitFigures, _ s: StrategyName) -> Double { value(u, s, profitKey) ?? 0 }
        let results = Array(units.prefix(count))
        let compliant = names.filter(\.isCompliant)
        var best = [StrategyName: Double]()
        for r in results {
            let top = compliant.map { profit(r, $0) }.max() ?? 0
            let winners = compliant.filter { profit(r, $0) == top }
            for s in winners { best[s, default: 0] += 1 / Double(winners.count) }
        }
        let spreads = names.map { s in
            StrategySpread(strategy: s, expectedProfit: Spread(results.map { profit($0, s) }),
                           expectedConversions: Spread(results.map { value($0, s, conversionsKey) ?? 0 }),
                           exposure: !s.info.hasPrivacyFigures ? nil : Spread(results.map { value($0, s, exposureKey) ?? 0 }),
                           pBest: s.isCompliant ? (best[s] ?? 0) / Double(count) : nil)
        }
        var wins: [StrategyName: [StrategyName: Double]] = [:]
        for a in names {
            for b in names where b != a {
                wins[a, default: [:]][b] = Double(results.filter { profit($0, a) > profit($0, b) }.count) / Double(count)
            }
        }
        // A partial summary (worlds only, as they stream in) has no central world and no tornado yet.
        guard units.count > count + 2 * parameters.count else {
            return Result(worlds: count, fixedRate: fixedRate, parameters: parameters, strategies: spreads, wins: wins,
                          compare: nil, central: 0, bars: [])
        }
        let centralWorld = units[count]
        let pair = compare ?? {
            let ranked = compliant.sorted { profit(centralWorld, $0) > profit(centralWorld, $1) }
            return ranked.count >= 2 ? (ranked[0], ranked[1]) : nil
        }()
        var bars: [Bar] = []
        var central = 0.0
        if let (a, b) = pair {
            func difference(_ u: UnitFigures) -> Double { profit(u, a) - profit(u, b) }
            central = difference(centralWorld)
            for (i, range) in parameters.enumerated() {
                bars.append(Bar(path: range.path, atP10: difference(units[count + 1 + 2 * i]), atP90: difference(units[count + 2 + 2 * i])))
            }
            // Largest swing first; equal swings keep the file's order.
            bars = bars.enumerated().sorted { $0.element.swing != $1.element.swing ? $0.element.swing > $1.element.swing : $0.offset < $1.offset }.map(\.element)
        }
        return Result(worlds: count, fixedRate: fixedRate, parameters: parameters, strategies: spreads, wins: wins,
                      compare: pair, central: central, bars: bars)
    }
}
