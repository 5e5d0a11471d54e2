import Foundation
import ScenarioKit
import Synchronization

/// Evaluates all strategies of a scenario at any consent rate (MODEL.md §4–§5).
///
/// The population is built once; each `evaluate` is one light pass over it, so a sweep of
/// eleven rates costs little more than one. Output is identical for any thread count.
public final class Engine: Sendable {
    /// The model version in every machine-readable output: it changes whenever a sampler or the
    /// order of draws changes, which changes figures within sampling error but never the model.
    /// "2": ziggurat normals (v1 drew them by Box–Muller).
    public static let modelVersion = "2"

    /// The scenario the engine evaluates.
    public let scenario: Scenario
    /// The scenario's constants derived once for the engine.
    public let context: ModelContext
    /// The customers, built once.
    public let population: Population
    /// Worker threads used for building and evaluating (at least 1).
    public let threads: Int
    /// The last sweeps' per-level deltas and totals, which do not depend on k or ε: a k or ε change
    /// at the same rates needs only the class pass and the assembly, and a single rate off a cached
    /// grid needs only the customers between its neighbours. One cache of several rates and one of a
    /// single rate, so the TUI's consent steps do not push out its grid.
    private let lastSweeps = Mutex<[SweepCache]>([])

    /// What a sweep leaves for the next one.
    private final class SweepCache: Sendable {
        let levels: [Double]
        let table: LevelTable
        let deltas: RateDeltas
        let totals: [RateTotals]
        init(levels: [Double], table: LevelTable, deltas: RateDeltas) {
            self.levels = levels
            self.table = table
            self.deltas = deltas
            totals = deltas.levelTotals()
        }
    }

    /// Builds the population of `scenario` on `threads` workers (default: all cores).
    /// With `draws` that fit the scenario (a plausible world of the scenario they were recorded
    /// from), the population is rebuilt from them instead of drawn again: the same bits, faster.
    public convenience init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 16_384,
                            draws: WorldDraws? = nil) {
        self.init(scenario: scenario, threads: threads, chunkSize: chunkSize, control: nil, draws: draws)
    }

    private init(scenario: Scenario, threads: Int, chunkSize: Int, control: WorkControl?, draws: WorldDraws?) {
        self.scenario = scenario
        self.threads = max(1, threads)
        context = ModelContext(scenario: scenario)
        population = Population(context: context, threads: self.threads, chunkSize: chunkSize, control: control, draws: draws)
    }

    /// Builds the engine under `control`: its progress counts the population's chunks, and nil
    /// comes back when the build was cancelled before it finished.
    public static func build(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             chunkSize: Int = 16_384, control: WorkControl, draws: WorldDraws? = nil) -> Engine? {
        let engine = Engine(scenario: scenario, threads: threads, chunkSize: chunkSize, control: control, draws: draws)
        return control.isCancelled ? nil : engine
    }

    /// Figures for every rate of the list, in order, from one pass over the population.
    ///
    /// Consent sets are nested as the rate grows, so each customer only needs the index of the
    /// first rate at which they consent: their contributions go into per-threshold deltas, and
    /// prefix sums turn those into per-rate totals. All sums are integers, so this gives exactly
    /// what evaluating each rate on its own gives.
    public func sweep(_ rates: [Double], k kOverride: Int? = nil, epsilon epsilonOverride: Double?? = nil) -> [RateResult] {
        guard !rates.isEmpty else { return [] }
        let k = kOverride ?? scenario.privacy.k
        let epsilon = epsilonOverride ?? scenario.privacy.epsilon
        let levels = Array(Set(rates)).sorted()
        let table = LevelTable(levels, context: context)
        let cache = sweepCache(levels, table: table)
        let classes = classFigures(levels: table, k: k)
        let assembler = FigureAssembler(scenario: scenario, context: context, summary: population.summary)
        return rates.map { rate in
            let level = levels.firstIndex(of: rate)!
            return assembler.assemble(rate: rate, total: cache.totals[level], classes: classes[level], k: k, epsilon: epsilon)
        }
    }

    /// Figures of every compared strategy at consent rate `rate`; `k` and `epsilon` override the scenario's.
    public func evaluate(rate: Double, k: Int? = nil, epsilon: Double?? = nil) -> RateResult {
        sweep([rate], k: k, epsilon: epsilon)[0]
    }

    /// The rate pass's deltas at `levels`: cached, derived from a cached grid, or from a pass.
    private func sweepCache(_ levels: [Double], table: LevelTable) -> SweepCache {
        let cached = lastSweeps.withLock { caches in (caches.first { $0.levels == levels }, caches.first { $0.levels.count > 1 }) }
        if let same = cached.0 { return same }
        let deltas: RateDeltas
        if levels.count == 1, let grid = cached.1, let derived = insert(levels[0], into: grid, table: table) {
            deltas = derived
        } else {
            deltas = levelDeltas(table)
        }
        let cache = SweepCache(levels: levels, table: table, deltas: deltas)
        // One entry for a sweep of several rates, one for a single rate: each replaces its own kind.
        lastSweeps.withLock { caches in
            caches.removeAll { ($0.levels.count > 1) == (levels.count > 1) }
            caches.append(cache)
        }
        return cache
    }

    /// The deltas of the single level `rate` from a grid's: a pass that adds only the customers
    /// between the grid level below `rate` and `rate` itself. Nil when the cohorts' rates at the grid
    /// and at `rate` do not interleave exactly as the grid's (then a full pass decides).
    private func insert(_ rate: Double, into grid: SweepCache, table single: LevelTable) -> RateDeltas? {
        guard !grid.levels.contains(rate) else { return nil }
        let place = grid.levels.firstIndex { $0 > rate } ?? grid.levels.count
        var combined = grid.levels
        combined.insert(rate, at: place)
        let joint = LevelTable(combined, context: context)
        for k in context.cohorts.indices {
            var rates = joint.rates(cohort: k)
            guard rates[place] == single.first(cohort: k) else { return nil }
            rates.remove(at: place)
            guard rates == grid.table.rates(cohort: k) else { return nil }
        }
        // The band of cohort k is [rate at the grid level below, rate): −∞ below the first level.
        let lower = LevelTable(oneLevel: context.cohorts.indices.map { place == 0 ? -Double.infinity : joint.rate(cohort: $0, level: place - 1) })
        let upper = LevelTable(oneLevel: context.cohorts.indices.map { joint.rate(cohort: $0, level: place) })
        let band = pass(levels: 1) { deltas, columns, range, events in deltas.addBand(columns, range, events: events, lower: lower, upper: upper) }
        return grid.deltas.single(insertedAt: place, band: band)
    }

    /// A worker's deltas; each chunk moves them into a local while it runs (no exclusivity checks).
    private final class RateWorker {
        var deltas: RateDeltas
        init(_ deltas: RateDeltas) { self.deltas = deltas }
    }

    /// Per-level deltas from one pass over the population.
    private func levelDeltas(_ table: LevelTable) -> RateDeltas {
        pass(levels: table.levels) { deltas, columns, range, events in deltas.add(columns, range, events: events, levels: table, thresholds: nil) }
    }

    /// Runs `add` on every chunk of the population into per-worker deltas of `levels` levels, summed.
    private func pass(levels: Int, _ add: @Sendable (inout RateDeltas, borrowing CustomerColumns, Range<Int>, [UInt8]) -> Void) -> RateDeltas {
        let pop = population
        let empty = RateDeltas(levels: levels, offers: context.offers.count, segments: context.segmentCount,
                               categories: context.categoryCount)
        let workers = PerWorker(count: max(1, min(threads, pop.chunks))) { RateWorker(empty) }
        Parallel.run(workers: workers.count, chunks: pop.chunks) { w, chunk in
            let worker = workers[w]
            var deltas = worker.deltas
            worker.deltas = empty
            let start = chunk * pop.chunkSize
            add(&deltas, pop.columns, start..<min(pop.count, start + pop.chunkSize), pop.chunkEvents[chunk])
            worker.deltas = deltas
        }
        var deltas = workers[0].deltas
        for worker in workers.all.dropFirst() { deltas.add(worker.deltas) }
        return deltas
    }

    /// A worker's class sums.
    private final class ClassWorker {
        var sizes: ClassSizes
        init(_ sizes: ClassSizes) { self.sizes = sizes }
    }

    /// Re-identification classes at every level: each member's consent draw and cohort, listed by
    /// class, give the class's size at each level. Classes are split into ranges of about equal
    /// membership for the workers; the sums are integers (and minima), so any split gives the same.
    private func classFigures(levels table: LevelTable, k: Int) -> [ClassFigures] {
        let pop = population
        let count = table.levels
        let empty = ClassSizes(levels: count, k: k, halfExposure: scenario.model.exposureHalf,
                               extraPoints: context.channel.address)
        let ranges = pop.classRanges
        let workers = PerWorker(count: max(1, min(threads, ranges.count))) { ClassWorker(empty) }
        Parallel.run(workers: workers.count, chunks: ranges.count) { w, chunk in
            let worker = workers[w]
            var sizes = worker.sizes
            worker.sizes = empty
            var atLevel = [Int](repeating: 0, count: count + 1)
            pop.memberConsentDraw.withUnsafeBufferPointer { draws in pop.memberCohort.withUnsafeBufferPointer { cohorts in
                atLevel.withUnsafeMutableBufferPointer { atLevel in
                    for c in ranges[chunk] {
                        let members = pop.classMemberRange(c)
                        var first = count
                        for m in members {
                            let t = table.threshold(draws[m], cohort: Int(cohorts[m]))
                            atLevel[t] += 1
                            first = min(first, t)
                        }
                        sizes.addClass(linked: Int(pop.classLinkedCount[c]), firstConsenting: UnsafePointer(atLevel.baseAddress!), from: first)
                        for level in first...count { atLevel[level] = 0 }
                    }
                }
            } }
            worker.sizes = sizes
        }
        var sizes = workers[0].sizes
        for worker in workers.all.dropFirst() { sizes.add(worker.sizes) }
        return sizes.figures()
    }
}
