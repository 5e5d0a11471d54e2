import ScenarioKit

/// Generates a range of customers, applies every strategy's rule to each and keeps what does not
/// depend on the consent rate: tallies into `BuildTotals`, the rest into `CustomerColumns`.
///
/// Shared by the in-memory population and the streaming sweep, so both count exactly the same.
struct ChunkBuilder {
    let context: ModelContext
    let rules: DecisionRules
    let generator: CustomerGenerator
    let scratch: CustomerGenerator.Scratch
    /// Each offer's pᵢ(o), and in 2⁻³² units, computed once per customer for every tally that needs it.
    let offerScratch: OfferScratch
    /// The exposure term d/(d + d½) of `unconstrained` in 2⁻³² units for d = 2 + n (plus the address
    /// on e-mail), n < 256 events.
    let exposureByEvents: [UInt64]

    init(generator: CustomerGenerator, rules: DecisionRules) {
        let context = generator.context
        self.context = context
        self.rules = rules
        self.generator = generator
        scratch = .init(categories: context.categoryCount)
        offerScratch = OfferScratch(offers: context.offers.count)
        let half = context.scenario.model.exposureHalf
        let address = context.channel.address
        exposureByEvents = (0..<256).map { n in
            let d = Double(2 + address + n)
            return Tally.fixed(d / (d + half))
        }
    }

    /// Builds customers `range`, storing customer `id` at column index `id - range.lowerBound + base`
    /// and its re-identification class key (0 for none) in `classKeys` at the same index.
    /// Returns the categories of the events that feed segment statistics, in customer order.
    /// With `draws`, customers are replayed from them (they must fit the generator).
    mutating func build(_ range: Range<Int>, into columns: borrowing CustomerColumns, at base: Int, classKeys: borrowing SharedBuffer<UInt64>,
                        totals: inout BuildTotals, draws: WorldDraws? = nil) -> [UInt8] {
        let context = self.context
        let generator = self.generator
        let rules = self.rules
        let offerCount = context.offers.count
        let regionCount = context.regions.count
        let clip = context.scenario.privacy.historyClip
        let halfExposure = context.scenario.model.exposureHalf
        let address = context.channel.address
        let organicColumn = columns.organicProbability.count > 0
        let layout = totals.layout
        let scratch = self.scratch
        // Plain pointers: arrays captured in the loop's closures cost a retain and release per customer.
        let probability = offerScratch.probability, fixed = offerScratch.fixed
        let exposureByEvents = self.exposureByEvents
        var events: [UInt8] = []
        events.reserveCapacity(range.count * min(clip, 8))
        guard !range.isEmpty else { return events }
        var k = generator.cohortIndex(of: range.lowerBound)
        var cohortStart = context.cohorts[k].offset
        var cohortEnd = cohortStart + context.cohorts[k].size
        totals.storage.withUnsafeMutableBufferPointer { storage in
            let t = storage.baseAddress!
            for id in range {
                while id >= cohortEnd {
                    k += 1
                    cohortStart = context.cohorts[k].offset
                    cohortEnd = cohortStart + context.cohorts[k].size
                }
                let draw = if let draws {
                    generator.replay(id, cohort: k, draws: draws, scratch: scratch, clip: clip)
                } else {
                    generator.generate(cohort: k, index: id - cohortStart, scratch: scratch, keepEvents: false, clip: clip)
                }
                let minor = draw.age == 0
                let vulnerable = draw.vulnerable
                let w = draw.w
                for o in 0..<offerCount {
                    probability[o] = generator.probability(offer: o, draw: draw, scratch: scratch)
                    fixed[o] = Tally.fixed(probability[o])
                }
                let choice = rules.choices(draw: draw, scratch: scratch, probability: UnsafeBufferPointer(start: probability, count: offerCount))
                // From here on the tallies count πᵢ(o) = qᵢ + (1 − qᵢ)·pᵢ(o), the chance of buying when
                // contacted (MODEL.md §11.1); the choices above used pᵢ. Nothing changes where qᵢ = 0.
                let q = draw.organic
                let sure = w < q
                let organicFixed = q > 0 ? Tally.fixed(q) : 0
                if q > 0 {
                    for o in 0..<offerCount {
                        probability[o] = q + (1 - q) * probability[o]
                        fixed[o] = Tally.fixed(probability[o])
                    }
                    if sure { t[layout.buyAnyway] &+= 1 }
                }
                let at = id - range.lowerBound + base
                /// Adds one contact of offer `o` to a part's tally.
                func record(_ part: BuildTotals.Part, _ o: Int) {
                    BuildTotals.record(t, layout: layout, part: part, offer: o, fixed: fixed[o], converted: w < probability[o],
                                       sure: sure, organic: organicFixed)
                }
                if let o = choice.oracle { record(.oracle, o) }
                record(.unconstrained, choice.unconstrained)
                if draw.eventCount < exposureByEvents.count {
                    t[layout.exposure] &+= exposureByEvents[draw.eventCount]
                } else {
                    let d = Double(2 + address + draw.eventCount)
                    t[layout.exposure] &+= Tally.fixed(d / (d + halfExposure))
                }
                t[layout.dataPoints] &+= UInt64(2 + address + draw.eventCount)
                if minor {
                    t[layout.minors] &+= 1
                    if context.offers[choice.unconstrained].sponsored { t[layout.minorsSponsored] &+= 1 }
                }
                if vulnerable { t[layout.vulnerable] &+= 1 }

                let seg = draw.age * regionCount + draw.region
                var flag: UInt8 = (minor ? CustomerColumns.Flag.minor : 0) | (vulnerable ? CustomerColumns.Flag.vulnerable : 0)
                var classKey: UInt64 = 0
                if !choice.suppressed {
                    flag |= CustomerColumns.Flag.contacted
                    if let o = choice.broadcast { record(.broadcast, o) }
                    if let o = choice.contextual { record(.contextual, o) }
                    if minor {
                        if let o = choice.fallback { record(.segmentMinors, o) }
                    } else {
                        t[layout.segmentReach + seg] &+= 1
                        if sure { t[layout.segmentSure + seg] &+= 1 }
                        t[layout.segmentOrganic + seg] &+= organicFixed
                        let conversions = t + layout.segmentConversions + seg * offerCount
                        let expected = t + layout.segmentExpected + seg * offerCount
                        for o in 0..<offerCount {
                            conversions[o] &+= w < probability[o] ? 1 : 0
                            expected[o] &+= fixed[o]
                        }
                    }
                    if let personal = choice.personal, let fallback = choice.fallback {
                        flag |= CustomerColumns.Flag.profileable
                        let pp = probability[personal], pf = probability[fallback]
                        columns.personalOffer[at] = UInt8(personal)
                        columns.fallbackOffer[at] = UInt8(fallback)
                        columns.personalProbability[at] = UInt32(fixed[personal])
                        columns.fallbackProbability[at] = UInt32(fixed[fallback])
                        if w < pp { flag |= CustomerColumns.Flag.personalConverts }
                        if w < pf { flag |= CustomerColumns.Flag.fallbackConverts }
                        if sure { flag |= CustomerColumns.Flag.sure }
                        // Written for every customer: a streaming sweep reuses the columns chunk after chunk.
                        if organicColumn { columns.organicProbability[at] = UInt32(organicFixed) }
                        columns.linkedCount[at] = UInt16(min(draw.linkedCount, Int(UInt16.max)))
                        classKey = ChunkBuilder.classKey(age: draw.age, region: draw.region,
                                                         linked: UnsafeBufferPointer(start: scratch.linkedHistory, count: scratch.categories))
                    } else if let fallback = choice.fallback {
                        record(.personalizedFixed, fallback)
                    }
                }
                // Segment statistics use the first history_clip events of consenting non-minors.
                var clipped = 0
                if !minor {
                    clipped = min(draw.eventCount, clip)
                    events.append(contentsOf: UnsafeBufferPointer(start: scratch.firstEvents, count: clipped))
                }
                classKeys[at] = classKey
                columns.clippedCount[at] = UInt16(clipped)
                columns.consentDraw[at] = Float(draw.u)
                columns.cohort[at] = UInt8(k)
                columns.flags[at] = flag
                columns.segment[at] = UInt16(seg)
            }
        }
        return events
    }

    /// Per-offer scratch values in memory the builder owns.
    final class OfferScratch {
        let probability: UnsafeMutablePointer<Double>
        let fixed: UnsafeMutablePointer<UInt64>
        init(offers: Int) {
            probability = .allocate(capacity: max(1, offers))
            probability.initialize(repeating: 0, count: max(1, offers))
            fixed = .allocate(capacity: max(1, offers))
            fixed.initialize(repeating: 0, count: max(1, offers))
        }
        deinit {
            probability.deallocate()
            fixed.deallocate()
        }
    }

    /// A 64-bit key of (age band, region, h′). Distinct keys collide with probability about
    /// n²/2⁶⁵, far below one in a million at 100 M customers.
    @inline(__always)
    static func classKey(age: Int, region: Int, linked: UnsafeBufferPointer<Double>) -> UInt64 {
        var h = RandomStream.mix(UInt64(age) << 32 | UInt64(region) | 1 << 62)
        for (c, value) in linked.enumerated() where value > 0 {
            h = RandomStream.mix(h ^ (UInt64(c) << 40 | UInt64(value)))
        }
        return h | 1 // 0 marks "no class"
    }
}
