import Dispatch
import Foundation
import ScenarioKit

/// A campaign over several weeks (MODEL.md §9): every compared strategy at every consent rate of
/// a sweep, week by week, with the campaign totals of §9.4.
///
/// Customers are independent but for segment statistics. One pass regenerates every customer from
/// their own streams and follows them through all weeks under every strategy but segment, while
/// gathering each week's segment statistics; it keeps of segment's customers only what segment
/// needs (`SegmentJobs`: p per offer, one bit per week and offer for w < p), so that segment can
/// follow them once its weekly releases are known. Consent sets nest in every week, so the pass
/// serves all rates.
/// With one week every figure equals `Engine`'s (tested); `Engine` stays the one-shot path.
public enum WeeklyCampaign {
    /// Figures for every rate of `rates`, in order, each with its `weeks`; `k` and `epsilon`
    /// override the scenario's. nil when `control` was cancelled before the campaign finished.
    public static func sweep(scenario: Scenario, rates: [Double], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             chunkSize: Int = 16_384, k kOverride: Int? = nil, epsilon epsilonOverride: Double?? = nil,
                             control: WorkControl? = nil) -> [RateResult]? {
        guard !rates.isEmpty else { return [] }
        let levels = Array(Set(rates)).sorted()
        let run = CampaignRun(scenario: scenario, levels: levels, k: kOverride ?? scenario.privacy.k,
                              epsilon: epsilonOverride ?? scenario.privacy.epsilon, threads: max(1, threads), chunkSize: max(1, chunkSize))
        guard let results = run.run(control: control) else { return nil }
        return rates.map { rate in
            var result = results[levels.firstIndex(of: rate)!]
            result.consentRate = rate
            return result
        }
    }

    /// Peak bytes a campaign of `scenario` may need: the records `personalized` holds per week
    /// (at most one per customer and week), per-worker sums and the release tables.
    public static func estimatedPeakBytes(_ scenario: Scenario, rates: Int, threads: Int) -> Int {
        let weeks = scenario.campaign.weeks
        let layout = WeekLayout(offers: scenario.offers.count, levels: rates, weeks: weeks)
        let records = scenario.totalCustomers * weeks * MemoryLayout<ClassRecord>.stride
        let organic = scenario.hasOrganicConversions
        let jobs = scenario.totalCustomers * SegmentJobs.bytesPerCustomer(offers: scenario.offers.count, weeks: weeks, organic: organic)
        return records + records / 2 + jobs + threads * 8 * layout.size + 64 << 20
    }
}

/// One campaign run: the pass, segment's follow-up, the weekly class tables and the assembly of the figures.
struct CampaignRun {
    let scenario: Scenario
    let context: ModelContext
    let levels: [Double]
    let k: Int
    let epsilon: Double?
    let threads: Int
    let chunkSize: Int
    let weeks: Int
    let layout: WeekLayout
    let rules: DecisionRules
    let generator: CustomerGenerator

    init(scenario: Scenario, levels: [Double], k: Int, epsilon: Double?, threads: Int, chunkSize: Int, learning: Bool = false) {
        self.scenario = scenario
        self.levels = levels
        self.k = k
        self.epsilon = epsilon
        self.threads = threads
        self.chunkSize = chunkSize
        context = ModelContext(scenario: scenario)
        weeks = scenario.campaign.weeks
        layout = WeekLayout(offers: context.offers.count, levels: levels.count, weeks: weeks, learning: learning)
        rules = DecisionRules(context: context, weeks: weeks)
        generator = CustomerGenerator(context: context)
    }

    var chunks: Int { (context.customers + chunkSize - 1) / chunkSize }

    func range(_ chunk: Int) -> Range<Int> {
        let start = chunk * chunkSize
        return start..<min(context.customers, start + chunkSize)
    }

    /// A worker's sums, records, segment statistics, segment's customers and scratch.
    private final class Worker {
        var totals: [UInt64]
        var records: [[ClassRecord]]
        var segmentTotals: [UInt64]
        var jobs: SegmentJobs
        let scratch: WeekPass.Scratch
        init(size: Int, segmentSize: Int, offers: Int, weeks: Int, organic: Bool, scratch: WeekPass.Scratch) {
            totals = .init(repeating: 0, count: size)
            records = .init(repeating: [], count: weeks)
            segmentTotals = .init(repeating: 0, count: segmentSize)
            jobs = SegmentJobs(offers: offers, weeks: weeks, organic: organic)
            self.scratch = scratch
        }
    }

    func run(control: WorkControl?) -> [RateResult]? {
        var pass = WeekPass(context: context, rules: rules, generator: generator, layout: layout,
                            segmentLayout: SegmentLayout(segments: context.segmentCount, categories: context.categoryCount,
                                                         levels: levels.count, weeks: weeks),
                            levelTable: LevelTable(levels, context: context),
                            withdrawal: scenario.consent.withdrawalWeekly, retention: scenario.privacy.retentionWeeks)
        let workerCount = max(1, min(threads, chunks))
        let makeScratch = { WeekPass.Scratch(context: context, weeks: weeks, levels: levels.count) }

        // One pass over the customers: every strategy but segment, week by week, each week's
        // segment statistics, and what segment needs of its customers.
        let following = pass
        let segmentSize = pass.segmentLayout.size, offers = context.offers.count
        let workers = PerWorker(count: workerCount) {
            Worker(size: layout.size, segmentSize: segmentSize, offers: offers, weeks: weeks, organic: context.hasOrganic, scratch: makeScratch())
        }
        Parallel.run(workers: workerCount, chunks: chunks, control: control) { w, chunk in
            let worker = workers[w]
            var totals = worker.totals, records = worker.records, segmentTotals = worker.segmentTotals, jobs = worker.jobs
            worker.totals = []
            worker.records = []
            worker.segmentTotals = []
            worker.jobs = SegmentJobs(offers: 0, weeks: 0)
            totals.withUnsafeMutableBufferPointer { t in
                segmentTotals.withUnsafeMutableBufferPointer { g in
                    following.follow(range(chunk), scratch: worker.scratch, into: t.baseAddress!, records: &records,
                                     segmentTotals: g.baseAddress!, jobs: &jobs)
                }
            }
            worker.totals = totals
            worker.records = records
            worker.segmentTotals = segmentTotals
            worker.jobs = jobs
        }
        if control?.isCancelled == true { return nil }
        var segmentTotals = workers[0].segmentTotals
        for worker in workers.all.dropFirst() {
            for i in segmentTotals.indices { segmentTotals[i] &+= worker.segmentTotals[i] }
        }
        let release = SegmentRelease(run: self, totals: segmentTotals, layout: pass.segmentLayout)
        pass.segmentOffer = release.offer
        pass.segmentHasStatistics = release.hasStatistics
        pass.segmentRisky = release.risky
        // Segment follows its customers from the releases; each worker adds to its own sums.
        let releasing = pass
        DispatchQueue.concurrentPerform(iterations: workers.count) { w in
            let worker = workers[w]
            var totals = worker.totals
            worker.totals = []
            totals.withUnsafeMutableBufferPointer { releasing.applySegments(worker.jobs, scratch: worker.scratch, into: $0.baseAddress!) }
            worker.totals = totals
            worker.jobs = SegmentJobs(offers: 0, weeks: 0)
        }
        var totals = workers[0].totals
        for worker in workers.all.dropFirst() {
            for i in totals.indices { totals[i] &+= worker.totals[i] }
        }
        let classes = weeklyClasses(workers.all.map(\.records))
        let resolved = (0...weeks).map { layout.resolve(totals, week: $0) }
        return (0..<levels.count).map { assemble(level: $0, resolved: resolved, classes: classes, release: release) }
    }

    /// Re-identification figures of `personalized` per week and level: the week's records grouped
    /// by key (sorted, so the grouping does not depend on how workers split the customers).
    private func weeklyClasses(_ parts: [[[ClassRecord]]]) -> [[ClassFigures]] {
        let count = levels.count, k = self.k, half = scenario.model.exposureHalf
        // Each week writes its own slot (see `SharedBuffer`).
        let slots = SharedBuffer<[ClassFigures]>(count: weeks, initial: [])
        DispatchQueue.concurrentPerform(iterations: weeks) { week in
            var records: [ClassRecord] = []
            records.reserveCapacity(parts.reduce(0) { $0 + $1[week].count })
            for part in parts { records.append(contentsOf: part[week]) }
            records.sort { $0.key < $1.key }
            var sizes = ClassSizes(levels: count, k: k, halfExposure: half, extraPoints: context.channel.address)
            var members = [UInt32](repeating: 0, count: count + 1)
            var reached = [UInt32](repeating: 0, count: count + 1)
            var i = 0
            while i < records.count {
                var j = i, first = count
                while j < records.count && records[j].key == records[i].key {
                    let level = records[j].level
                    members[level] += 1
                    if records[j].contacted { reached[level] += 1 }
                    first = min(first, level)
                    j += 1
                }
                members.withUnsafeBufferPointer { m in
                    reached.withUnsafeBufferPointer { r in
                        sizes.addClass(linked: min(records[i].linked, Int(UInt16.max)), firstConsenting: m.baseAddress!, from: first,
                                       contacted: r.baseAddress!)
                    }
                }
                for level in first...count { members[level] = 0; reached[level] = 0 }
                i = j
            }
            slots[week] = sizes.figures()
        }
        return (0..<weeks).map { slots[$0] }
    }
}
