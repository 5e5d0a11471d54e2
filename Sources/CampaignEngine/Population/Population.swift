import Foundation
import ScenarioKit

/// The synthetic population in compact struct-of-arrays form, with everything that does not
/// depend on the consent rate, k or ε already computed (MODEL.md §2–§4).
///
/// Building it is the expensive step; `Engine.evaluate` then needs one light pass per rate.
///
/// `@unchecked Sendable` because its arrays are `private(set) var`s filled by the build. What makes
/// it safe: they are assigned only inside `init` (through `build` and `assignClasses`, whose
/// parallel workers have all joined before `init` returns), and nothing mutates them afterwards, so
/// once a population exists every thread only reads it.
public final class Population: @unchecked Sendable {
    /// The scenario's constants the population was drawn from.
    public let context: ModelContext
    /// Number of customers.
    public let count: Int
    /// Customers per chunk; also the unit of parallel work.
    public let chunkSize: Int
    var chunks: Int { (count + chunkSize - 1) / chunkSize }

    /// Per customer, indexed by customer id.
    let columns: CustomerColumns
    /// Equivalence class of (age band, region, h′) for re-identification.
    let reidClass: SharedBuffer<UInt32>
    /// Categories of the clipped events, chunk by chunk, in customer order.
    let chunkEvents: SharedBuffer<[UInt8]>

    /// Σh′ of each re-identification class (all its members share it).
    private(set) var classLinkedCount: [UInt16] = []
    /// Members of each class, class by class in customer order: class c is classMemberList[classStart[c]..<classStart[c + 1]].
    private(set) var classStart: [UInt32] = []
    private(set) var classMemberList: [UInt32] = []
    /// The consent draw and cohort of each class member, in `classMemberList`'s order: the class
    /// pass computes every member's consent level from them in one sequential read.
    private(set) var memberConsentDraw: [Float] = []
    private(set) var memberCohort: [UInt8] = []
    /// Consecutive ranges of classes of about 65,536 members each: the class pass's units of work.
    private(set) var classRanges: [Range<Int>] = []

    /// Consent-independent totals, segment noise and rules.
    private(set) var summary: PopulationSummary

    /// Draws customers; shared by the build and single-customer inspection.
    public let generator: CustomerGenerator
    /// The per-customer strategy rules, shared with single-customer inspection.
    public var rules: DecisionRules { summary.rules }
    /// The broadcast offers for adults and minors.
    public var broadcastOffer: (adult: Int, minor: Int?) { rules.broadcastOffer }
    /// Number of minors in the population.
    public var minors: Int { summary.minors }
    /// Number of vulnerable customers in the population.
    public var vulnerable: Int { summary.vulnerable }

    /// Builds the population of `context` on `threads` workers; a cancelled `control` stops the
    /// build early and leaves the population incomplete (`Engine.build` then returns nil).
    /// With `draws` that fit `context`, customers come from them rather than from their streams.
    public init(context: ModelContext, threads: Int, chunkSize: Int = 16_384, control: WorkControl? = nil, draws: WorldDraws? = nil) {
        self.context = context
        count = context.customers
        self.chunkSize = max(1, chunkSize)
        columns = CustomerColumns(count: count, organic: context.hasOrganic)
        reidClass = .init(zeroed: count)
        chunkEvents = .init(count: (count + self.chunkSize - 1) / self.chunkSize, initial: [])
        let rules = DecisionRules(context: context)
        generator = CustomerGenerator(context: context)
        summary = PopulationSummary(count: count, totals: BuildTotals(offers: context.offers.count, segments: context.segmentCount),
                                    segmentNoise: PopulationSummary.laplaceNoise(context: context), rules: rules)
        build(threads: threads, rules: rules, control: control, draws: draws.flatMap { $0.fits(generator) ? $0 : nil })
    }

    /// Approximate bytes held per customer by the arrays above (events counted by their average).
    public var bytesPerCustomer: Double {
        let fixed = CustomerColumns.bytesPerCustomer + 4 + (columns.organicProbability.count > 0 ? CustomerColumns.organicBytesPerCustomer : 0)
        var events = 0
        for c in 0..<chunkEvents.count { events += chunkEvents[c].count }
        let classes = classLinkedCount.count * 2 + classStart.count * 4 + classMemberList.count * (4 + 4 + 1)
        return Double(fixed) + Double(events + classes) / Double(max(count, 1))
    }

    // MARK: - Build

    /// A worker's builder and totals. Each chunk moves them into locals while it runs: mutating
    /// arrays through a class property costs a dynamic exclusivity check per access.
    private final class Worker {
        var builder: ChunkBuilder
        var totals: BuildTotals
        init(context: ModelContext, generator: CustomerGenerator, rules: DecisionRules) {
            builder = ChunkBuilder(generator: generator, rules: rules)
            totals = BuildTotals(offers: context.offers.count, segments: context.segmentCount)
        }
    }

    private func build(threads: Int, rules: DecisionRules, control: WorkControl?, draws: WorldDraws?) {
        let workers = PerWorker(count: max(1, min(threads, chunks))) { Worker(context: context, generator: generator, rules: rules) }
        let classKeys = SharedBuffer<UInt64>(zeroed: count)
        let chunkSize = self.chunkSize, count = self.count
        // The columns are borrowed from self (they cannot be copied); workers write disjoint ranges.
        Parallel.run(workers: workers.count, chunks: chunks, control: control) { [self] w, chunk in
            let worker = workers[w]
            var builder = worker.builder
            var totals = worker.totals
            worker.totals = BuildTotals(offers: 0, segments: 0)
            let start = chunk * chunkSize
            chunkEvents[chunk] = builder.build(start..<min(count, start + chunkSize), into: columns, at: start,
                                               classKeys: classKeys, totals: &totals, draws: draws)
            worker.builder = builder
            worker.totals = totals
        }
        var totals = workers[0].totals
        for worker in workers.all.dropFirst() { totals.add(worker.totals) }
        summary = PopulationSummary(count: count, totals: totals, segmentNoise: summary.segmentNoise, rules: rules)
        if control?.isCancelled == true { return }
        assignClasses(classKeys)
    }

    /// Numbers the equivalence classes in customer order with an open-addressing table.
    private func assignClasses(_ hashes: borrowing SharedBuffer<UInt64>) {
        let flags = columns.flags.base
        let profileableFlag = CustomerColumns.Flag.profileable
        var profileable = 0
        for i in 0..<count where flags[i] & profileableFlag != 0 { profileable += 1 }
        var capacity = 16
        while capacity < profileable * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var ids = [UInt32](repeating: 0, count: capacity)
        var linked: [UInt16] = []
        for i in 0..<count where flags[i] & profileableFlag != 0 {
            let key = hashes[i]
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                ids[slot] = UInt32(linked.count)
                linked.append(columns.linkedCount[i])
            }
            reidClass[i] = ids[slot]
        }
        classLinkedCount = linked
        // Counting sort of profileable customers by class.
        var start = [UInt32](repeating: 0, count: linked.count + 1)
        for i in 0..<count where flags[i] & profileableFlag != 0 { start[Int(reidClass[i]) + 1] += 1 }
        for c in 0..<linked.count { start[c + 1] += start[c] }
        var next = start
        var members = [UInt32](repeating: 0, count: profileable)
        var draws = [Float](repeating: 0, count: profileable)
        var cohorts = [UInt8](repeating: 0, count: profileable)
        for i in 0..<count where flags[i] & profileableFlag != 0 {
            let c = Int(reidClass[i])
            let at = Int(next[c])
            members[at] = UInt32(i)
            draws[at] = columns.consentDraw[i]
            cohorts[at] = columns.cohort[i]
            next[c] += 1
        }
        classStart = start
        classMemberList = members
        memberConsentDraw = draws
        memberCohort = cohorts
        classRanges = cutClasses(members: 65_536)
    }

    /// Where class `c`'s members sit in the member-order arrays.
    func classMemberRange(_ c: Int) -> Range<Int> { Int(classStart[c])..<Int(classStart[c + 1]) }

    /// The classes cut into consecutive ranges of at least `members` members each (the last may
    /// hold fewer): units of parallel work for the class pass.
    private func cutClasses(members: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var from = 0
        while from < classLinkedCount.count {
            var to = from + 1
            let limit = Int(classStart[from]) + members
            while to < classLinkedCount.count && Int(classStart[to]) < limit { to += 1 }
            ranges.append(from..<to)
            from = to
        }
        return ranges
    }
}
