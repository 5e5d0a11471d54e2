import Foundation
import ScenarioKit

/// The synthetic population in compact struct-of-arrays form, with everything that does not
/// depend on the consent rate, k or ε already computed (MODEL.md §2–§4).
///
/// Building it is the expensive step; `Engine.evaluate` then needs one light pass per rate.
public final class Population: @unchecked Sendable {
    /// Flags per customer.
    struct Flag {
        static let minor: UInt8 = 1
        static let vulnerable: UInt8 = 2
        /// Not on the suppression list: compliant strategies contact this customer.
        static let contacted: UInt8 = 4
        /// Non-minor, non-vulnerable and contacted: `personalized` may profile them with consent.
        static let profileable: UInt8 = 8
        static let personalConverts: UInt8 = 16
        static let fallbackConverts: UInt8 = 32
    }

    public let context: ModelContext
    public let count: Int
    /// Customers per chunk; also the unit of parallel work.
    public let chunkSize: Int
    var chunks: Int { (count + chunkSize - 1) / chunkSize }

    // Per customer.
    let consentDraw: SharedBuffer<Float>
    let cohort: SharedBuffer<UInt8>
    let flags: SharedBuffer<UInt8>
    let segment: SharedBuffer<UInt16>
    /// Events a non-minor contributes to segment statistics (the first history_clip).
    let clippedCount: SharedBuffer<UInt16>
    let personalOffer: SharedBuffer<UInt8>
    let fallbackOffer: SharedBuffer<UInt8>
    let personalProbability: SharedBuffer<UInt32>
    let fallbackProbability: SharedBuffer<UInt32>
    /// Σh′ᵢ, the linked events of a profileable customer.
    let linkedCount: SharedBuffer<UInt16>
    /// Equivalence class of (age band, region, h′) for re-identification.
    let reidClass: SharedBuffer<UInt32>
    /// Categories of the clipped events, chunk by chunk, in customer order.
    let chunkEvents: SharedBuffer<[UInt8]>

    /// Σh′ of each re-identification class (all its members share it).
    private(set) var classLinkedCount: [UInt16] = []
    /// Members of each class, class by class in customer order: class c is classMemberList[classStart[c]..<classStart[c + 1]].
    private(set) var classStart: [UInt32] = []
    private(set) var classMemberList: [UInt32] = []

    // Consent-independent results.
    public private(set) var broadcast: Tally
    public private(set) var contextual: Tally
    public private(set) var unconstrained: Tally
    public private(set) var oracle: Tally
    /// `personalized` for contacted customers it may never profile (minors, vulnerable without suppression).
    public private(set) var personalizedFixed: Tally
    /// `segment` for contacted minors, served by the fallback.
    public private(set) var segmentMinors: Tally
    /// Per (segment, offer): contacted non-minors' counts, conversions and Σp, flattened.
    private(set) var segmentContacted: [Int]
    private(set) var segmentConversions: [Int]
    private(set) var segmentExpected: [UInt64]
    /// Contacted non-minors per segment.
    private(set) var segmentReach: [Int]
    /// Standard Laplace draws per (segment, category), scaled by history_clip/ε when ε is on.
    public let segmentNoise: [Double]

    public private(set) var minors = 0
    public private(set) var vulnerable = 0
    public private(set) var unconstrainedDataPoints = 0
    public private(set) var unconstrainedExposure: UInt64 = 0

    /// The per-customer strategy rules, shared with single-customer inspection.
    public let rules: DecisionRules
    /// The broadcast offers for adults and minors.
    public var broadcastOffer: (adult: Int, minor: Int?) { rules.broadcastOffer }

    /// Builds the population of `context` on `threads` workers.
    public init(context: ModelContext, threads: Int, chunkSize: Int = 16_384) {
        self.context = context
        count = context.customers
        self.chunkSize = max(1, chunkSize)
        let n = count
        consentDraw = .init(count: n, initial: 0)
        cohort = .init(count: n, initial: 0)
        flags = .init(count: n, initial: 0)
        segment = .init(count: n, initial: 0)
        clippedCount = .init(count: n, initial: 0)
        personalOffer = .init(count: n, initial: 0)
        fallbackOffer = .init(count: n, initial: 0)
        personalProbability = .init(count: n, initial: 0)
        fallbackProbability = .init(count: n, initial: 0)
        linkedCount = .init(count: n, initial: 0)
        reidClass = .init(count: n, initial: 0)
        chunkEvents = .init(count: (n + self.chunkSize - 1) / self.chunkSize, initial: [])
        let offers = context.offers.count
        broadcast = Tally(offers: offers)
        contextual = broadcast; unconstrained = broadcast; oracle = broadcast
        personalizedFixed = broadcast; segmentMinors = broadcast
        let segments = context.segmentCount
        segmentContacted = .init(repeating: 0, count: segments * offers)
        segmentConversions = segmentContacted
        segmentExpected = .init(repeating: 0, count: segments * offers)
        segmentReach = .init(repeating: 0, count: segments)
        rules = DecisionRules(context: context)
        var noise: [Double] = []
        noise.reserveCapacity(segments * context.categoryCount)
        for s in 0..<segments {
            for c in 0..<context.categoryCount {
                var rng = RandomStream(seed: context.scenario.seed, 0x5E6_4E7, UInt64(s * context.categoryCount + c))
                let u = rng.uniformOpen() - 0.5
                noise.append(-(u < 0 ? -1.0 : 1.0) * log(1 - 2 * abs(u)))
            }
        }
        segmentNoise = noise
        build(threads: threads)
    }

    deinit {
        consentDraw.free(); cohort.free(); flags.free(); segment.free(); clippedCount.free()
        personalOffer.free(); fallbackOffer.free(); personalProbability.free(); fallbackProbability.free()
        linkedCount.free(); reidClass.free(); chunkEvents.free()
    }

    /// Approximate bytes held per customer by the arrays above (events counted by their average).
    public var bytesPerCustomer: Double {
        let fixed = 4 + 1 + 1 + 2 + 2 + 1 + 1 + 4 + 4 + 2 + 4
        var events = 0
        for c in 0..<chunkEvents.count { events += chunkEvents[c].count }
        let classes = classLinkedCount.count * 2 + classStart.count * 4 + classMemberList.count * 4
        return Double(fixed) + Double(events + classes) / Double(max(count, 1))
    }

    // MARK: - Build

    /// What one worker accumulates; merged after the pass (integer sums, so order does not matter).
    struct BuildTotals {
        var broadcast, contextual, unconstrained, oracle, personalizedFixed, segmentMinors: Tally
        var segmentContacted: [Int], segmentConversions: [Int], segmentExpected: [UInt64], segmentReach: [Int]
        var minors = 0, vulnerable = 0, dataPoints = 0
        var exposure: UInt64 = 0
        init(offers: Int, segments: Int) {
            broadcast = Tally(offers: offers)
            contextual = broadcast; unconstrained = broadcast; oracle = broadcast
            personalizedFixed = broadcast; segmentMinors = broadcast
            segmentContacted = .init(repeating: 0, count: segments * offers)
            segmentConversions = segmentContacted
            segmentExpected = .init(repeating: 0, count: segments * offers)
            segmentReach = .init(repeating: 0, count: segments)
        }
    }

    /// A worker's totals and scratch buffers. Each chunk moves them into locals while it runs:
    /// mutating arrays through a class property costs a dynamic exclusivity check per access.
    private final class Accumulator: @unchecked Sendable {
        var totals: BuildTotals
        var scratch: CustomerGenerator.Scratch
        var probability: [Double]
        init(offers: Int, segments: Int, categories: Int) {
            totals = BuildTotals(offers: offers, segments: segments)
            scratch = .init(categories: categories)
            probability = .init(repeating: 0, count: offers)
        }
    }

    private func build(threads: Int) {
        let context = self.context
        let offers = context.offers.count
        let segments = context.segmentCount
        let workers = max(1, min(threads, chunks))
        let accumulators = (0..<workers).map { _ in Accumulator(offers: offers, segments: segments, categories: context.categoryCount) }
        let classHash = SharedBuffer<UInt64>(count: count, initial: 0)
        defer { classHash.free() }
        Parallel.run(workers: workers, chunks: chunks) { worker, chunk in
            self.buildChunk(chunk, into: accumulators[worker], classHash: classHash)
        }
        for a in accumulators.map(\.totals) {
            broadcast.add(a.broadcast); contextual.add(a.contextual); unconstrained.add(a.unconstrained)
            oracle.add(a.oracle); personalizedFixed.add(a.personalizedFixed); segmentMinors.add(a.segmentMinors)
            for i in segmentContacted.indices {
                segmentContacted[i] += a.segmentContacted[i]
                segmentConversions[i] += a.segmentConversions[i]
                segmentExpected[i] &+= a.segmentExpected[i]
            }
            for s in segmentReach.indices { segmentReach[s] += a.segmentReach[s] }
            minors += a.minors; vulnerable += a.vulnerable
            unconstrainedDataPoints += a.dataPoints
            unconstrainedExposure &+= a.exposure
        }
        _ = segments
        _ = offers
        assignClasses(classHash)
    }

    private func buildChunk(_ chunk: Int, into worker: Accumulator, classHash: SharedBuffer<UInt64>) {
        // Move the worker's state into locals (leaving empty values behind, so the arrays stay unique).
        var totals = worker.totals
        var scratch = worker.scratch
        var probability = worker.probability
        worker.totals = BuildTotals(offers: 0, segments: 0)
        worker.scratch = .init(categories: 0)
        worker.probability = []
        defer {
            worker.totals = totals
            worker.scratch = scratch
            worker.probability = probability
        }
        let context = self.context
        let generator = CustomerGenerator(context: context)
        let scenario = context.scenario
        let offerCount = context.offers.count
        let rules = self.rules
        let regionCount = context.regions.count
        let clip = scenario.privacy.historyClip
        let halfExposure = scenario.model.exposureHalf
        let start = chunk * chunkSize
        let end = min(count, start + chunkSize)
        var events: [UInt8] = []
        var k = generator.cohortIndex(of: start)
        for id in start..<end {
            while id >= context.cohorts[k].offset + context.cohorts[k].size { k += 1 }
            let draw = generator.generate(cohort: k, index: id - context.cohorts[k].offset, scratch: &scratch, keepEvents: true)
            let minor = draw.age == 0
            let vulnerable = draw.vulnerable
            let w = draw.w
            for o in 0..<offerCount {
                probability[o] = generator.probability(offer: o, draw: draw, logTheta: scratch.logTheta)
            }
            let choice = rules.choices(draw: draw, scratch: scratch, probability: probability)
            Population.record(&totals.oracle, choice.oracle, probability[choice.oracle], w)
            Population.record(&totals.unconstrained, choice.unconstrained, probability[choice.unconstrained], w)
            let d = Double(2 + draw.eventCount)
            totals.dataPoints += 2 + draw.eventCount
            totals.exposure &+= Tally.fixed(d / (d + halfExposure))
            if minor { totals.minors += 1 }
            if vulnerable { totals.vulnerable += 1 }

            let seg = draw.age * regionCount + draw.region
            var flag: UInt8 = (minor ? Flag.minor : 0) | (vulnerable ? Flag.vulnerable : 0)
            if !choice.suppressed {
                flag |= Flag.contacted
                if let o = choice.broadcast { Population.record(&totals.broadcast, o, probability[o], w) }
                if let o = choice.contextual { Population.record(&totals.contextual, o, probability[o], w) }
                if minor {
                    if let o = choice.fallback { Population.record(&totals.segmentMinors, o, probability[o], w) }
                } else {
                    totals.segmentReach[seg] += 1
                    let base = seg * offerCount
                    for o in 0..<offerCount {
                        let p = probability[o]
                        totals.segmentContacted[base + o] += 1
                        totals.segmentConversions[base + o] += w < p ? 1 : 0
                        totals.segmentExpected[base + o] &+= Tally.fixed(p)
                    }
                }
                if let personal = choice.personal, let fallback = choice.fallback {
                    flag |= Flag.profileable
                    let pp = probability[personal], pf = probability[fallback]
                    personalOffer[id] = UInt8(personal)
                    fallbackOffer[id] = UInt8(fallback)
                    personalProbability[id] = UInt32(Tally.fixed(pp))
                    fallbackProbability[id] = UInt32(Tally.fixed(pf))
                    if w < pp { flag |= Flag.personalConverts }
                    if w < pf { flag |= Flag.fallbackConverts }
                    linkedCount[id] = UInt16(min(draw.linkedCount, Int(UInt16.max)))
                    classHash[id] = Population.classKey(age: draw.age, region: draw.region, linked: scratch.linkedHistory)
                } else if let fallback = choice.fallback {
                    Population.record(&totals.personalizedFixed, fallback, probability[fallback], w)
                }
            }
            // Segment statistics use the first history_clip events of consenting non-minors.
            if !minor {
                let clipped = min(draw.eventCount, clip)
                for e in 0..<clipped { events.append(UInt8(scratch.events[e])) }
                clippedCount[id] = UInt16(clipped)
            }
            consentDraw[id] = Float(draw.u)
            cohort[id] = UInt8(k)
            flags[id] = flag
            segment[id] = UInt16(seg)
        }
        chunkEvents[chunk] = events
    }

    /// Adds one contact with true probability `p` and conversion draw `w` to a tally.
    @inline(__always)
    static func record(_ tally: inout Tally, _ offer: Int, _ p: Double, _ w: Double) {
        tally.add(offer: offer, probability: Tally.fixed(p), converted: w < p)
    }

    /// A 64-bit key of (age band, region, h′). Distinct keys collide with probability about
    /// n²/2⁶⁵, far below one in a million at 100 M customers.
    static func classKey(age: Int, region: Int, linked: [Double]) -> UInt64 {
        var h = RandomStream.mix(UInt64(age) << 32 | UInt64(region) | 1 << 62)
        for (c, value) in linked.enumerated() where value > 0 {
            h = RandomStream.mix(h ^ (UInt64(c) << 40 | UInt64(value)))
        }
        return h | 1 // 0 marks "no class"
    }

    /// Numbers the equivalence classes in customer order with an open-addressing table.
    private func assignClasses(_ hashes: SharedBuffer<UInt64>) {
        var profileable = 0
        for i in 0..<count where flags[i] & Flag.profileable != 0 { profileable += 1 }
        var capacity = 16
        while capacity < profileable * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var ids = [UInt32](repeating: 0, count: capacity)
        var linked: [UInt16] = []
        for i in 0..<count where flags[i] & Flag.profileable != 0 {
            let key = hashes[i]
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = key
                ids[slot] = UInt32(linked.count)
                linked.append(linkedCount[i])
            }
            reidClass[i] = ids[slot]
        }
        classLinkedCount = linked
        // Counting sort of profileable customers by class.
        var start = [UInt32](repeating: 0, count: linked.count + 1)
        for i in 0..<count where flags[i] & Flag.profileable != 0 { start[Int(reidClass[i]) + 1] += 1 }
        for c in 0..<linked.count { start[c + 1] += start[c] }
        var next = start
        var members = [UInt32](repeating: 0, count: profileable)
        for i in 0..<count where flags[i] & Flag.profileable != 0 {
            let c = Int(reidClass[i])
            members[Int(next[c])] = UInt32(i)
            next[c] += 1
        }
        classStart = start
        classMemberList = members
    }

    /// The customers in re-identification class `c`.
    func classMembers(_ c: Int) -> ArraySlice<UInt32> {
        classMemberList[Int(classStart[c])..<Int(classStart[c + 1])]
    }

    // MARK: - Access for the engine

    func segmentTally(segment s: Int, offer o: Int) -> (contacted: Int, conversions: Int, expected: UInt64) {
        let i = s * context.offers.count + o
        return (segmentContacted[i], segmentConversions[i], segmentExpected[i])
    }

    func reach(ofSegment s: Int) -> Int { segmentReach[s] }
}
