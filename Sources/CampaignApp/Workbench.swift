import CampaignCompliance
import CampaignEngine
import CampaignStatistics
import Foundation
import ScenarioKit

/// Owns the engine for the open scenario and recomputes only what a parameter change needs:
/// a consent change re-evaluates one rate, a k or ε change re-evaluates the sweep, and a change
/// of linkage, fallback, suppression, relevance or size rebuilds the population.
///
/// Not thread-safe: the app's `EffectWorker` owns it and uses it from one job at a time.
public final class Workbench {
    /// The scenario as opened, before any dial is turned.
    public private(set) var base: Scenario
    /// The engine for the current population.
    public private(set) var engine: Engine
    /// Worker threads the engine uses.
    public let threads: Int
    private var engineParameters: Parameters
    /// The parameters (consent aside) the cached sweep was computed with.
    private var sweepKey: Parameters?
    private var sweepCache: [RateResult] = []
    /// A campaign of several weeks: figures at consent rates off the grid, for these parameters.
    private var offGrid: [Double: RateResult] = [:]
    /// The scenario with the last snapshot's parameters: its weeks, withdrawal and retention
    /// change no population, so the engine's own scenario may not have them.
    private var shownScenario: Scenario?
    /// The population's draws, recorded in the background after a build (`prepareDraws`): a
    /// linkage, relevance, fallback or suppression change then rebuilds from them, the same bits
    /// about twice as fast. A size change needs new draws.
    private var draws: WorldDraws?
    /// Populations above this size keep no draws (about 130 bytes per customer).
    public static let drawsLimit = 1_000_000

    /// Loads `scenario` and builds its population.
    public convenience init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.init(scenario: scenario, engine: Engine(scenario: scenario, threads: threads), threads: threads)
    }

    private init(scenario: Scenario, engine: Engine, threads: Int, parameters: Parameters? = nil) {
        base = scenario
        self.threads = threads
        engineParameters = parameters ?? Parameters(scenario: scenario)
        self.engine = engine
    }

    /// Loads `scenario` and builds its population under `control`, with `parameters` applied
    /// (default: the scenario's own); nil when cancelled.
    public static func open(scenario: Scenario, parameters: Parameters? = nil, threads: Int, control: WorkControl) -> Workbench? {
        let built = parameters.map { $0.apply(to: scenario) } ?? scenario
        return Engine.build(scenario: built, threads: threads, control: control)
            .map { Workbench(scenario: scenario, engine: $0, threads: threads, parameters: parameters) }
    }

    /// Figures for `parameters`, rebuilding or re-evaluating as little as possible.
    public func snapshot(_ parameters: Parameters) -> Snapshot {
        // A fresh control is never cancelled, so the snapshot always comes back.
        guard let snapshot = snapshot(parameters, control: WorkControl()) else { preconditionFailure("an uncancelled snapshot failed") }
        return snapshot
    }

    /// As `snapshot(_:)`, under `control`: nil when it was cancelled during a rebuild, which then
    /// leaves the previous engine in place.
    public func snapshot(_ parameters: Parameters, control: WorkControl) -> Snapshot? {
        let start = DispatchTime.now().uptimeNanoseconds
        if parameters.needsRebuild(from: engineParameters) {
            guard let rebuilt = Engine.build(scenario: parameters.apply(to: base), threads: threads, control: control, draws: draws)
            else { return nil }
            engine = rebuilt
            engineParameters = parameters
        }
        var current: RateResult?
        var key = parameters
        key.consentRate = 0
        let scenario = parameters.apply(to: base)
        shownScenario = scenario
        // The simulator picks the engine: weekly for a campaign of several weeks (MODEL.md §9),
        // else the one-shot engine over this population.
        let simulator = Simulator(scenario: scenario, sharing: engine)
        do {
            if sweepKey != key {
                // The grid and the current rate in one pass over the population.
                let grid = base.consent.sweep
                let all = try simulator.sweep(grid + [parameters.consentRate], k: parameters.k, epsilon: .some(parameters.epsilon), control: control)
                sweepCache = Array(all.prefix(grid.count))
                current = all.last
                sweepKey = key
                offGrid = [:]
            }
            if current == nil, let found = sweepCache.first(where: { $0.consentRate == parameters.consentRate }) ?? offGrid[parameters.consentRate] {
                current = found
            }
            if current == nil {
                let found = try simulator.evaluate(rate: parameters.consentRate, k: parameters.k, epsilon: .some(parameters.epsilon), control: control)
                // One-shot rates off the grid cost one light pass; only a weekly one is worth keeping.
                if simulator.kind == .weekly || simulator.kind == .learning { offGrid[parameters.consentRate] = found }
                current = found
            }
        } catch {
            return nil
        }
        guard let result = current else { return nil }
        let candidates = result.strategies.indices.filter { result.strategies[$0].privacy != nil }
        let chosen = EfficientFrontier.indices(exposure: candidates.map { result.strategies[$0].privacy!.exposureIndex },
                                               profit: candidates.map { result.strategies[$0].expectedProfitEUR })
        let census = simulator.census
        // The one legal assessment the report and `report --format json` read too.
        let obligations = LegalAssessment(scenario: scenario, result: result, minors: census.minors, vulnerable: census.vulnerable)
            .strategies.map(\.statuses)
        // A learning firm's curve is drawn against the same campaign with the response known.
        var known: RateResult?
        if scenario.model.learning == .thompson {
            var knowing = scenario
            knowing.model.learning = .known
            known = try? Simulator(scenario: knowing, sharing: engine).evaluate(rate: parameters.consentRate, k: parameters.k,
                                                                                 epsilon: .some(parameters.epsilon), control: control)
            if known == nil { return nil }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return Snapshot(scenario: scenario, parameters: parameters, current: result, sweep: sweepCache,
                        frontier: chosen.map { candidates[$0] }, recomputeMilliseconds: elapsed, obligations: obligations, known: known)
    }

    /// Whether a rebuild of this population could use recorded draws that are not there yet.
    public var wantsDraws: Bool {
        engine.population.count <= Self.drawsLimit && !(draws?.fits(engine.population.generator) ?? false)
    }

    /// Records the population's draws for later rebuilds; a cancelled `control` leaves none.
    public func prepareDraws(control: WorkControl) {
        guard wantsDraws else { return }
        draws = nil
        draws = WorldDraws(engine: engine, threads: threads, limit: Self.drawsLimit, control: control)
    }

    /// Figures of replication `j` (MODEL.md §8.1) at `parameters`: a population of its own, built
    /// and dropped here; nil when cancelled.
    public func replication(_ j: Int, parameters: Parameters, control: WorkControl) -> RateResult? {
        try? Replications.figures(of: parameters.apply(to: base), replication: j, rates: [parameters.consentRate], threads: threads,
                                  k: parameters.k, epsilon: .some(parameters.epsilon), control: control)[0]
    }

    /// Customer inspections for the detail screen: `count` customers starting at sample page `page`.
    public func samples(page: Int, count: Int, result: RateResult) -> [CustomerInspection] {
        let n = engine.population.count
        guard n > 0 else { return [] }
        // Spread samples over the whole population (cohorts are contiguous), shifting with the page.
        let stride = max(1, n / count)
        let ids = (0..<min(count, n)).map { (($0 * stride + page * 7919) % n) }
        // A campaign of several weeks: the customers as week 1 sees them, with week 1's segment release.
        let scenario = result.weeks.isEmpty ? engine.scenario : shownScenario ?? engine.scenario
        return Simulator(scenario: scenario, sharing: engine).inspect(customers: ids, result: result, week: 1)
    }
}
