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

    public let scenario: Scenario
    public let context: ModelContext
    public let population: Population
    public let threads: Int
    /// The last sweeps' per-level totals and consent thresholds, which do not depend on k or ε:
    /// a k or ε change at the same rates needs only the class pass and the assembly. One of
    /// several rates and one of a single rate, so the TUI's consent steps do not push out its grid.
    private let lastSweeps = Mutex<[SweepCache]>([])

    /// What a sweep leaves for the next one at the same levels.
    private final class SweepCache: @unchecked Sendable {
        let levels: [Double]
        let totals: [RateTotals]
        let thresholds: SharedBuffer<UInt16>
        init(levels: [Double], totals: [RateTotals], thresholds: consuming SharedBuffer<UInt16>) {
            self.levels = levels
            self.totals = totals
            self.thresholds = thresholds
        }
    }

    /// Builds the population of `scenario` on `threads` workers (default: all cores).
    public convenience init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 16_384) {
        self.init(scenario: scenario, threads: threads, chunkSize: chunkSize, control: nil)
    }

    private init(scenario: Scenario, threads: Int, chunkSize: Int, control: WorkControl?) {
        self.scenario = scenario
        self.threads = max(1, threads)
        context = ModelContext(scenario: scenario)
        population = Population(context: context, threads: self.threads, chunkSize: chunkSize, control: control)
    }

    /// Builds the engine under `control`: its progress counts the population's chunks, and nil
    /// comes back when the build was cancelled before it finished.
    public static func build(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             chunkSize: Int = 16_384, control: WorkControl) -> Engine? {
        let engine = Engine(scenario: scenario, threads: threads, chunkSize: chunkSize, control: control)
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
        // The rate pass does not depend on k or ε: the same levels reuse the last sweep's.
        let cache: SweepCache
        if let cached = lastSweeps.withLock({ $0.first { $0.levels == levels } }) {
            cache = cached
        } else {
            // Each customer's consent threshold, written by the rate pass and read by the class pass.
            let thresholds = SharedBuffer<UInt16>(zeroed: population.count)
            let totals = levelTotals(levels, thresholds: thresholds)
            cache = SweepCache(levels: levels, totals: totals, thresholds: thresholds)
            // One entry for a sweep of several rates, one for a single rate: each replaces its own kind.
            lastSweeps.withLock { caches in
                caches.removeAll { ($0.levels.count > 1) == (levels.count > 1) }
                caches.append(cache)
            }
        }
        let totals = cache.totals
        let classes = classFigures(levels: levels, k: k, thresholds: cache.thresholds)
        let assembler = FigureAssembler(scenario: scenario, context: context, summary: population.summary)
        return rates.map { rate in
            let level = levels.firstIndex(of: rate)!
            return assembler.assemble(rate: rate, total: totals[level], classes: classes[level], k: k, epsilon: epsilon)
        }
    }

    /// Figures of every compared strategy at consent rate `rate`; `k` and `epsilon` override the scenario's.
    public func evaluate(rate: Double, k: Int? = nil, epsilon: Double?? = nil) -> RateResult {
        sweep([rate], k: k, epsilon: epsilon)[0]
    }

    /// A worker's deltas; each chunk moves them into a local while it runs (no exclusivity checks).
    private final class RateWorker {
        var deltas: RateDeltas
        init(_ deltas: RateDeltas) { self.deltas = deltas }
    }

    /// Per-level totals from one pass over the population.
    private func levelTotals(_ levels: [Double], thresholds: borrowing SharedBuffer<UInt16>) -> [RateTotals] {
        let pop = population
        let cohortLevels = RateDeltas.cohortLevels(levels, context: context)
        let empty = RateDeltas(levels: levels.count, offers: context.offers.count, segments: context.segmentCount,
                               categories: context.categoryCount)
        let workers = PerWorker(count: max(1, min(threads, pop.chunks))) { RateWorker(empty) }
        Parallel.run(workers: workers.count, chunks: pop.chunks) { w, chunk in
            let worker = workers[w]
            var deltas = worker.deltas
            worker.deltas = empty
            let start = chunk * pop.chunkSize
            deltas.add(pop.columns, start..<min(pop.count, start + pop.chunkSize), events: pop.chunkEvents[chunk],
                       cohortLevels: cohortLevels, thresholds: thresholds)
            worker.deltas = deltas
        }
        var deltas = workers[0].deltas
        for worker in workers.all.dropFirst() { deltas.add(worker.deltas) }
        return deltas.levelTotals()
    }

    /// Re-identification classes at every level: for each class, its members' consent thresholds
    /// give its size at each level (members are listed by class, so this is one pass).
    private func classFigures(levels: [Double], k: Int, thresholds: borrowing SharedBuffer<UInt16>) -> [ClassFigures] {
        let pop = population
        let count = levels.count
        var sizes = ClassSizes(levels: count, k: k, halfExposure: scenario.model.exposureHalf)
        var atLevel = [Int](repeating: 0, count: count + 1)
        atLevel.withUnsafeMutableBufferPointer { atLevel in
            for c in 0..<pop.classLinkedCount.count {
                var first = count
                for m in pop.classMembers(c) {
                    let t = Int(thresholds[Int(m)])
                    atLevel[t] += 1
                    first = min(first, t)
                }
                sizes.addClass(linked: Int(pop.classLinkedCount[c]), firstConsenting: UnsafePointer(atLevel.baseAddress!), from: first)
                for level in first...count { atLevel[level] = 0 }
            }
        }
        return sizes.figures()
    }
}
