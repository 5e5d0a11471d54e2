import Foundation
import ScenarioKit

/// A sweep that never holds the whole population: each worker generates a chunk of customers,
/// applies the strategy rules, adds the chunk's consent deltas and re-identification classes to
/// its sums and reuses the chunk's memory for the next one.
///
/// Memory grows with the number of distinct re-identification classes, not with the number of
/// customers, so national populations fit. The per-customer work is `ChunkBuilder` and
/// `RateDeltas`, the same as the in-memory `Engine`, and every sum is an integer: the figures are
/// byte-identical to `Engine.sweep` for any thread count and chunk size.
public enum StreamingSweep {
    /// Consent levels handled by one pass over the population; a sweep with more takes more passes.
    public static let levelsPerPass = 16

    /// Passes over the population a sweep of `rates` takes.
    public static func passes(for rates: [Double]) -> Int {
        (Set(rates).count + levelsPerPass - 1) / levelsPerPass
    }

    /// Figures for every rate of the list, in order; `k` and `epsilon` override the scenario's.
    public static func sweep(scenario: Scenario, rates: [Double], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             chunkSize: Int = 16_384, k kOverride: Int? = nil, epsilon epsilonOverride: Double?? = nil,
                             control: WorkControl? = nil) -> [RateResult] {
        guard !rates.isEmpty else { return [] }
        let k = kOverride ?? scenario.privacy.k
        let epsilon = epsilonOverride ?? scenario.privacy.epsilon
        let context = ModelContext(scenario: scenario)
        let rules = DecisionRules(context: context)
        let generator = CustomerGenerator(context: context)
        let noise = PopulationSummary.laplaceNoise(context: context)
        let levels = Array(Set(rates)).sorted()
        var totals: [RateTotals] = []
        var classes: [ClassFigures] = []
        var buildTotals = BuildTotals(offers: context.offers.count, segments: context.segmentCount)
        for first in stride(from: 0, to: levels.count, by: levelsPerPass) {
            let passLevels = Array(levels[first..<min(levels.count, first + levelsPerPass)])
            let pass = Pass(context: context, generator: generator, rules: rules, levels: passLevels, k: k,
                            threads: max(1, threads), chunkSize: max(1, chunkSize), control: control)
            totals += pass.levelTotals
            classes += pass.classFigures
            buildTotals = pass.buildTotals
        }
        let summary = PopulationSummary(count: context.customers, totals: buildTotals, segmentNoise: noise, rules: rules)
        let assembler = FigureAssembler(scenario: scenario, context: context, summary: summary)
        return rates.map { rate in
            let level = levels.firstIndex(of: rate)!
            return assembler.assemble(rate: rate, total: totals[level], classes: classes[level], k: k, epsilon: epsilon)
        }
    }

    /// Estimated peak bytes of a streaming sweep: a fixed overhead, each worker's chunk buffers, and
    /// the re-identification class tables (from a generous estimate of the number of classes).
    public static func estimatedPeakBytes(_ scenario: Scenario, threads: Int, chunkSize: Int = 16_384) -> Int {
        let workers = max(1, min(threads, (scenario.totalCustomers + chunkSize - 1) / max(1, chunkSize)))
        let organic = scenario.hasOrganicConversions ? CustomerColumns.organicBytesPerCustomer : 0
        let perChunk = chunkSize * (CustomerColumns.bytesPerCustomer + organic + 8 + 2 + 2 * scenario.privacy.historyClip)
        let levels = min(levelsPerPass, max(1, scenario.consent.sweep.count))
        // A table is between a quarter and half full; the merge adds one more table.
        let tableBytes = 3 * ClassTable.bytesPerSlot(levels: levels) * expectedClasses(scenario)
        return MemoryEstimate.baseBytes + workers * perChunk + (workers + 1) * tableBytes
    }

    /// A generous estimate of the distinct (age band, region, h′) classes. Short histories allow
    /// few distinct h′ vectors, and classes grow slowly with n: measured with 10 M customers,
    /// 0.19 M to 0.77 M classes across the shipped scenarios, so at least 400·√n is assumed.
    /// Long histories over many categories make nearly every customer a class of their own: each
    /// cohort counts at most the number of count vectors its typical history can form per segment.
    static func expectedClasses(_ scenario: Scenario) -> Int {
        let n = scenario.totalCustomers
        let categories = Double(scenario.categories.count)
        var byHistory = 0.0
        for cohort in scenario.cohorts {
            let linked = cohort.historyMean * scenario.privacy.pseudonymLinkage
            let total = linked + 4 * linked.squareRoot() + 1
            // Count vectors with this total: C(total + C − 1, C − 1), through log-gamma to avoid overflow.
            let vectors = exp(lgamma(total + categories) - lgamma(total + 1) - lgamma(categories))
            let cells = Double(AgeBand.allCases.count * max(1, cohort.regions.count))
            byHistory += min(Double(cohort.size), cells * vectors)
        }
        return min(n, max(Int(400 * Double(n).squareRoot()), Int(min(byHistory, Double(n)))))
    }

    /// One pass over the population for up to `levelsPerPass` consent levels.
    private struct Pass {
        var levelTotals: [RateTotals] = []
        var classFigures: [ClassFigures] = []
        var buildTotals: BuildTotals

        init(context: ModelContext, generator: CustomerGenerator, rules: DecisionRules, levels: [Double], k: Int, threads: Int,
             chunkSize: Int, control: WorkControl?) {
            let count = context.customers
            let chunks = (count + chunkSize - 1) / chunkSize
            let levelTable = LevelTable(levels, context: context)
            let workers = PerWorker(count: max(1, min(threads, chunks))) {
                Worker(context: context, generator: generator, rules: rules, levels: levels.count, chunkSize: min(chunkSize, max(1, count)))
            }
            // A control counts chunks for progress and stops handing them out when cancelled; the
            // caller then discards the figures (see `sweep`'s `control`).
            Parallel.run(workers: workers.count, chunks: chunks, control: control) { w, chunk in
                let start = chunk * chunkSize
                workers[w].run(start..<min(count, start + chunkSize), levels: levelTable)
            }
            var build = workers[0].build
            var deltas = workers[0].deltas
            for worker in workers.all.dropFirst() {
                build.add(worker.build)
                deltas.add(worker.deltas)
            }
            buildTotals = build
            levelTotals = deltas.levelTotals()
            classFigures = Pass.classFigures(tables: workers.all.map(\.table), levels: levels.count, k: k,
                                             halfExposure: context.scenario.model.exposureHalf, extraPoints: context.channel.address)
            for worker in workers.all { worker.table = ClassTable(levels: 0, capacity: 16) }
        }

        /// Merges the workers' class tables and sums class sizes, in parallel: each thread takes one
        /// partition of the class keys from every table (a class lies wholly in one partition), and
        /// the partitions' integer sums are added at the end, so the result is the same for any split.
        static func classFigures(tables: [ClassTable], levels: Int, k: Int, halfExposure: Double, extraPoints: Int) -> [ClassFigures] {
            final class Partial { var sizes: ClassSizes? }
            let parts = tables.count
            let partials = PerWorker(count: parts) { Partial() }
            let expected = tables.map(\.count).reduce(0, +) / parts
            Parallel.run(workers: parts, chunks: parts) { _, part in
                var merged = ClassTable(levels: levels, capacity: 2 * expected + 16)
                for table in tables { merged.merge(table, part: part, of: parts) }
                var sizes = ClassSizes(levels: levels, k: k, halfExposure: halfExposure, extraPoints: extraPoints)
                merged.accumulate(into: &sizes)
                partials[part].sizes = sizes
            }
            var sizes = partials[0].sizes!
            for partial in partials.all.dropFirst() { sizes.add(partial.sizes!) }
            return sizes.figures()
        }
    }

    /// One worker's chunk buffers and sums.
    private final class Worker {
        var builder: ChunkBuilder
        var build: BuildTotals
        var deltas: RateDeltas
        var table: ClassTable
        let columns: CustomerColumns
        let classKeys: SharedBuffer<UInt64>
        let thresholds: SharedBuffer<UInt16>

        init(context: ModelContext, generator: CustomerGenerator, rules: DecisionRules, levels: Int, chunkSize: Int) {
            builder = ChunkBuilder(generator: generator, rules: rules)
            build = BuildTotals(offers: context.offers.count, segments: context.segmentCount)
            deltas = RateDeltas(levels: levels, offers: context.offers.count, segments: context.segmentCount,
                                categories: context.categoryCount)
            table = ClassTable(levels: levels)
            columns = CustomerColumns(count: chunkSize, organic: context.hasOrganic)
            classKeys = .init(count: chunkSize, initial: 0)
            thresholds = .init(count: chunkSize, initial: 0)
        }

        /// Builds customers `range` into the chunk buffers and adds them to the sums. The sums move
        /// into locals while the chunk runs: mutating a class's arrays costs an exclusivity check per access.
        func run(_ range: Range<Int>, levels: LevelTable) {
            var builder = self.builder, build = self.build, deltas = self.deltas, table = self.table
            // Leave empty values behind so the moved arrays stay uniquely referenced (no copies).
            self.build = BuildTotals(offers: 0, segments: 0)
            self.deltas = RateDeltas(levels: 0, offers: 0, segments: 0, categories: 0)
            self.table = ClassTable(levels: 0, capacity: 16)
            defer { self.builder = builder; self.build = build; self.deltas = deltas; self.table = table }
            let events = builder.build(range, into: columns, at: 0, classKeys: classKeys, totals: &build)
            deltas.add(columns, 0..<range.count, events: events, levels: levels, thresholds: thresholds.base)
            table.add(0..<range.count, keys: classKeys, columns: columns, thresholds: thresholds)
        }
    }
}
