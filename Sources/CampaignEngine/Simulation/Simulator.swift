import Foundation
import ScenarioKit
import Synchronization

/// The one way in to the engines: it alone decides whether a scenario runs on the in-memory
/// one-shot engine, the streamed one or the weekly one, and returns their figures.
///
/// The calls without a `WorkControl` cannot be cancelled and return figures, never nil; the calls
/// with one throw `WorkCancelled` once it was cancelled, so no caller unwraps an optional result.
/// An in-memory simulator builds its population once and answers every sweep, evaluation,
/// inspection and census from it; a weekly or streamed one regenerates its customers in each
/// pass, and builds an in-memory population only when asked for something that needs one (the
/// census, a customer's inspection, stored records), once.
public final class Simulator: Sendable {
    /// The scenario as run.
    public let scenario: Scenario
    /// Worker threads of every pass.
    public let threads: Int
    /// The engine this simulator runs.
    public let kind: EngineKind
    /// Draws recorded from another population of the same customers (plausible worlds).
    private let draws: WorldDraws?
    /// The in-memory engine: built at once for `.inMemory`, on first use for the other kinds.
    private let memory: Mutex<Engine?>

    /// Customers above which `.auto` streams the population instead of holding it.
    public static let streamingThreshold = 2_000_000

    /// The engine for `scenario` under `mode`: the weekly one for a campaign of several weeks,
    /// else the streamed one when the mode or the size asks for it, else the in-memory one.
    public static func kind(for scenario: Scenario, mode: PopulationMode) -> EngineKind {
        if scenario.model.learning == .thompson { return .learning }
        if scenario.campaign.weeks > 1 { return .weekly }
        switch mode {
        case .memory: return .inMemory
        case .stream: return .streamed
        case .auto: return scenario.totalCustomers > streamingThreshold ? .streamed : .inMemory
        }
    }

    /// Peak bytes a run of `scenario` under `mode` may need, for a sweep of about `rates` rates.
    public static func estimatedPeakBytes(_ scenario: Scenario, mode: PopulationMode, rates: Int, threads: Int) -> Int {
        switch kind(for: scenario, mode: mode) {
        case .weekly: return WeeklyCampaign.estimatedPeakBytes(scenario, rates: rates, threads: threads)
        case .learning: return LearningCampaign.estimatedPeakBytes(scenario, rates: rates, threads: threads)
        case .streamed: return StreamingSweep.estimatedPeakBytes(scenario, threads: threads)
        case .inMemory: return MemoryEstimate.peakBytes(scenario)
        }
    }

    /// A simulator of `scenario` on `threads` workers (default: all cores); an in-memory one builds
    /// its population here, from `draws` when they fit (the same bits, faster).
    public convenience init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                            mode: PopulationMode = .memory, draws: WorldDraws? = nil) {
        let kind = Self.kind(for: scenario, mode: mode)
        let engine = kind == .inMemory ? Engine(scenario: scenario, threads: threads, draws: draws) : nil
        self.init(scenario: scenario, threads: threads, kind: kind, draws: draws, engine: engine)
    }

    /// As `init`, with the build under `control`: throws `WorkCancelled` when it was cancelled.
    public static func build(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             mode: PopulationMode = .memory, draws: WorldDraws? = nil, control: WorkControl) throws(WorkCancelled) -> Simulator {
        let kind = Self.kind(for: scenario, mode: mode)
        var engine: Engine?
        if kind == .inMemory {
            guard let built = Engine.build(scenario: scenario, threads: threads, control: control, draws: draws) else { throw WorkCancelled() }
            engine = built
        }
        return Simulator(scenario: scenario, threads: threads, kind: kind, draws: draws, engine: engine)
    }

    /// A simulator of `scenario` that shares `engine`'s population: the caller vouches that
    /// `scenario` differs from the engine's only in what builds no population (the campaign's
    /// length, withdrawal, retention, consent), as the TUI's dials do.
    public convenience init(scenario: Scenario, sharing engine: Engine) {
        self.init(scenario: scenario, threads: engine.threads, kind: Self.kind(for: scenario, mode: .memory), draws: nil, engine: engine)
    }

    private init(scenario: Scenario, threads: Int, kind: EngineKind, draws: WorldDraws?, engine: Engine?) {
        self.scenario = scenario
        self.threads = max(1, threads)
        self.kind = kind
        self.draws = draws
        memory = Mutex(engine)
    }

    /// The in-memory engine of this scenario, built on first use for a weekly or streamed simulator.
    public var engine: Engine {
        memory.withLock { engine in
            if let engine { return engine }
            let built = Engine(scenario: scenario, threads: threads, draws: draws)
            engine = built
            return built
        }
    }

    /// Figures for every rate of `rates`, in order; `k` and `epsilon` override the scenario's.
    public func sweep(_ rates: [Double], k: Int? = nil, epsilon: Double?? = nil) -> [RateResult] {
        // Without a control nothing can cancel the run, so it always returns figures.
        guard let results = try? run(rates, k: k, epsilon: epsilon, control: nil) else { preconditionFailure("an uncancellable run was cancelled") }
        return results
    }

    /// As `sweep(_:k:epsilon:)` under `control`: throws `WorkCancelled` once it was cancelled.
    public func sweep(_ rates: [Double], k: Int? = nil, epsilon: Double?? = nil, control: WorkControl) throws(WorkCancelled) -> [RateResult] {
        try run(rates, k: k, epsilon: epsilon, control: control)
    }

    /// Figures of every compared strategy at consent rate `rate`.
    public func evaluate(rate: Double, k: Int? = nil, epsilon: Double?? = nil) -> RateResult {
        sweep([rate], k: k, epsilon: epsilon)[0]
    }

    /// As `evaluate(rate:k:epsilon:)` under `control`: throws `WorkCancelled` once it was cancelled.
    public func evaluate(rate: Double, k: Int? = nil, epsilon: Double?? = nil, control: WorkControl) throws(WorkCancelled) -> RateResult {
        try run([rate], k: k, epsilon: epsilon, control: control)[0]
    }

    private func run(_ rates: [Double], k: Int?, epsilon: Double??, control: WorkControl?) throws(WorkCancelled) -> [RateResult] {
        switch kind {
        case .weekly:
            guard let results = WeeklyCampaign.sweep(scenario: scenario, rates: rates, threads: threads, k: k, epsilon: epsilon, control: control)
            else { throw WorkCancelled() }
            return results
        case .learning:
            guard let results = LearningCampaign.sweep(scenario: scenario, rates: rates, threads: threads, k: k, epsilon: epsilon, control: control)
            else { throw WorkCancelled() }
            return results
        case .streamed:
            let results = StreamingSweep.sweep(scenario: scenario, rates: rates, threads: threads, k: k, epsilon: epsilon, control: control)
            // A cancelled stream stops claiming chunks, so its sums are partial: never return them.
            if control?.isCancelled == true { throw WorkCancelled() }
            return results
        case .inMemory:
            if control?.isCancelled == true { throw WorkCancelled() }
            let engine = self.engine
            let results = engine.sweep(rates, k: k, epsilon: epsilon)
            // An engine shared from another scenario (a dial that needs no new population) assessed
            // the fines for that scenario's business: restate them for this one's.
            guard engine.scenario.company != scenario.company else { return results }
            return results.map { $0.withFineCaps(for: scenario.company) }
        }
    }

    /// Who is in the population (customers, minors, vulnerable).
    public var census: Census {
        let population = engine.population
        return Census(customers: population.count, minors: population.minors, vulnerable: population.vulnerable)
    }

    /// How the strategies treat customers `ids`, as `result` (a result of this simulator) saw
    /// them; for a campaign of several weeks, as week `week` sees them.
    public func inspect(customers ids: [Int], result: RateResult, week: Int = 1) -> [CustomerInspection] {
        guard kind == .weekly else {
            let engine = self.engine
            return ids.map { engine.inspect(customer: $0, result: result) }
        }
        return weekTraces(customers: ids, result: result, week: week).map(\.inspection)
    }

    /// Customers `ids` followed week by week up to week `week` of a campaign of several weeks.
    public func weekTraces(customers ids: [Int], result: RateResult, week: Int) -> [WeekInspection] {
        WeeklyCampaign.inspect(scenario: scenario, customers: ids, result: result, week: week)
    }

    /// The records `strategy` keeps at `result` (one-shot; a result of this simulator).
    public func storedRecords(_ strategy: StrategyName, result: RateResult) -> StoredRecords? {
        engine.storedRecords(strategy, result: result)
    }
}
