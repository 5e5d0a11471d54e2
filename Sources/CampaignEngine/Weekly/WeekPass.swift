import Foundation
import ScenarioKit

/// Follows customers through the weeks of a campaign (MODEL.md §9), regenerating each one from
/// their own streams: `follow` adds what every strategy does with them week by week and their
/// contributions to each week's segment statistics; segment itself follows them afterwards,
/// from what `follow` kept (`applySegments`), once its weekly releases are known.
struct WeekPass {
    let context: ModelContext
    let rules: DecisionRules
    let generator: CustomerGenerator
    let layout: WeekLayout
    let segmentLayout: SegmentLayout
    /// Each cohort's consent rate at every level, non-decreasing.
    let levelTable: LevelTable
    let withdrawal: Double
    let retention: Int?
    /// Segment's release of each (week, level, segment), index ((t − 1)·levels + l)·segments + s:
    /// its offer, whether it had statistics, and a contributor's exposure term (2⁻³² units).
    var segmentOffer: [UInt8] = []
    var segmentHasStatistics: [Bool] = []
    var segmentRisky: [UInt64] = []

    /// Reusable buffers of one worker.
    final class Scratch {
        let customer: CustomerGenerator.Scratch
        var events = Events()
        /// Each offer's pᵢ(o), and in 2⁻³² units, behind plain pointers (no retains in the loop).
        let offerValues: ChunkBuilder.OfferScratch
        /// Σh over all weeks so far and Σh′ over the retention window, as integers and doubles.
        let cumulative: UnsafeMutablePointer<Int32>
        let cumulativeValues: UnsafeMutablePointer<Double>
        let window: UnsafeMutablePointer<Int32>
        let windowValues: UnsafeMutablePointer<Double>
        /// h′ of every week, `categories` per week, for the sliding window.
        let weekLinked: UnsafeMutablePointer<Int32>
        var segmentConverted: [Bool]
        let categories: Int

        init(context: ModelContext, weeks: Int, levels: Int) {
            categories = context.categoryCount
            customer = .init(categories: categories)
            // One slot more than offers: segment's jobs keep qᵢ beside πᵢ(o) (MODEL.md §11).
            offerValues = .init(offers: context.offers.count + 1)
            cumulative = .allocate(capacity: 2 * categories + categories * weeks)
            window = cumulative + categories
            weekLinked = cumulative + 2 * categories
            cumulativeValues = .allocate(capacity: 2 * categories)
            windowValues = cumulativeValues + categories
            segmentConverted = .init(repeating: false, count: levels)
        }

        deinit {
            cumulative.deallocate()
            cumulativeValues.deallocate()
        }
    }

    /// The first level at which customer with consent draw `u` of cohort `k` consents (levels when never).
    @inline(__always)
    func threshold(_ u: Double, cohort k: Int) -> Int {
        levelTable.threshold(Float(u), cohort: k)
    }

    /// Calls `body(k, index, id)` for every customer id of `range`, with its cohort and index in it.
    @inline(__always)
    func forEachCustomer(_ range: Range<Int>, _ body: (Int, Int, Int) -> Void) {
        guard !range.isEmpty else { return }
        var k = generator.cohortIndex(of: range.lowerBound)
        var cohortStart = context.cohorts[k].offset
        var cohortEnd = cohortStart + context.cohorts[k].size
        for id in range {
            while id >= cohortEnd {
                k += 1
                cohortStart = context.cohorts[k].offset
                cohortEnd = cohortStart + context.cohorts[k].size
            }
            body(k, id - cohortStart, id)
        }
    }

    /// One customer's events so far: categories, links and where each week starts. Held in
    /// locals while a chunk runs (arrays reached through a class cost an exclusivity check each).
    struct Events {
        var categories: [UInt8] = []
        var linked: [Bool] = []
        /// Where each week's events start (weeks + 1 entries once a customer is done).
        var weekStart: [Int] = []
    }

    /// Generates week `week` ≥ 2 of a customer: appends its events, updates Σh and the window's
    /// Σh′ in `scratch`, and returns the week's draws.
    @inline(__always)
    func advance(_ week: Int, cohort k: Int, index: Int, scratch: Scratch, events: inout Events,
                 cumulativeTotal: inout Int, windowTotal: inout Int) -> WeekDraw {
        let categories = scratch.categories
        let start = events.categories.count
        let draw = generator.generateWeek(week, cohort: k, index: index, scratch: scratch.customer,
                                          events: &events.categories, linked: &events.linked)
        events.weekStart.append(events.categories.count)
        let linkedNow = scratch.weekLinked + (week - 1) * categories
        for c in 0..<categories { linkedNow[c] = 0 }
        for e in start..<events.categories.count {
            let c = Int(events.categories[e])
            scratch.cumulative[c] &+= 1
            if events.linked[e] { linkedNow[c] &+= 1 }
        }
        cumulativeTotal += draw.eventCount
        for c in 0..<categories {
            scratch.window[c] &+= linkedNow[c]
            windowTotal += Int(linkedNow[c])
        }
        if let w = retention, week - w >= 1 {
            let leaving = scratch.weekLinked + (week - w - 1) * categories
            for c in 0..<categories {
                scratch.window[c] &-= leaving[c]
                windowTotal -= Int(leaving[c])
            }
        }
        for c in 0..<categories {
            scratch.cumulativeValues[c] = Double(scratch.cumulative[c])
            scratch.windowValues[c] = Double(scratch.window[c])
        }
        return draw
    }

    /// Week 1 of a customer: the §2 draw, with its events as the first week's.
    @inline(__always)
    func start(cohort k: Int, index: Int, scratch: Scratch, events: inout Events) -> CustomerGenerator.Draw {
        let s = scratch.customer
        let draw = generator.generate(cohort: k, index: index, scratch: s, keepEvents: true)
        let categories = scratch.categories
        events.categories.removeAll(keepingCapacity: true)
        events.linked.removeAll(keepingCapacity: true)
        for e in s.events { events.categories.append(UInt8(truncatingIfNeeded: e)) }
        events.linked.append(contentsOf: s.linked)
        events.weekStart.removeAll(keepingCapacity: true)
        events.weekStart.append(0)
        events.weekStart.append(events.categories.count)
        for c in 0..<categories {
            scratch.cumulative[c] = s.historyCounts[c]
            scratch.window[c] = s.linkedCounts[c]
            scratch.weekLinked[c] = s.linkedCounts[c]
            scratch.cumulativeValues[c] = s.history[c]
            scratch.windowValues[c] = s.linkedHistory[c]
        }
        return draw
    }

    /// The first week of the retention window that ends in week `week`.
    @inline(__always)
    func windowStart(_ week: Int) -> Int { retention.map { max(1, week - $0 + 1) } ?? 1 }

    // MARK: - Strategies

    /// Follows the customers of `range` through every week under every strategy but segment,
    /// adding to `totals` (laid out by `layout`), appending personalised records to
    /// `records[week − 1]`, adding segment statistics to `segmentTotals` (laid out by
    /// `segmentLayout`: every non-minor whose consent is active contributes the first
    /// history_clip events of their window) and keeping segment's customers in `jobs`.
    func follow(_ range: Range<Int>, scratch: Scratch, into totals: UnsafeMutablePointer<UInt64>, records: inout [[ClassRecord]],
                segmentTotals: UnsafeMutablePointer<UInt64>, jobs: inout SegmentJobs) {
        let layout = self.layout
        let weeks = layout.weeks, levels = layout.levels, never = levels
        let offers = context.offers.count
        let regions = context.regions.count
        let halfExposure = context.scenario.model.exposureHalf
        let contextualFallback = context.scenario.privacy.fallback == .contextual
        let channel = context.channel, address = channel.address
        let withdrawalRate = withdrawal
        let highest = context.highestIncentiveOffer
        let sponsored = context.offers.map(\.sponsored)
        let oracleBase = layout.base(.oracle), unconstrainedBase = layout.base(.unconstrained)
        let broadcastBase = layout.base(.broadcast), contextualBase = layout.base(.contextual)
        let personalBase = layout.base(.personalized), segmentBase = layout.base(.segment)
        // Built once: an array literal in the customer loop would allocate per use.
        let compliantBases = [broadcastBase, contextualBase, personalBase, segmentBase]
        let clip = context.scenario.privacy.historyClip
        let cellStride = segmentLayout.segmentStride
        let words = jobs.words
        var bits = [UInt64](repeating: 0, count: words)
        var events = scratch.events
        let probability = scratch.offerValues.probability, fixed = scratch.offerValues.fixed
        scratch.events = Events()
        defer { scratch.events = events }
        forEachCustomer(range) { k, index, _ in
            let draw = start(cohort: k, index: index, scratch: scratch, events: &events)
            let s = scratch.customer
            for o in 0..<offers {
                probability[o] = generator.probability(offer: o, draw: draw, scratch: s)
                fixed[o] = Tally.fixed(probability[o])
            }
            let choice = rules.choices(draw: draw, scratch: s, probability: UnsafeBufferPointer(start: probability, count: offers))
            // Contacts convert with πᵢ(o) = qᵢ + (1 − qᵢ)·pᵢ(o) (MODEL.md §11.1); the choices used pᵢ.
            let q = draw.organic
            let organicFixed: UInt64 = q > 0 ? Tally.fixed(q) : 0
            if q > 0 {
                for o in 0..<offers {
                    probability[o] = q + (1 - q) * probability[o]
                    fixed[o] = Tally.fixed(probability[o])
                }
            }
            fixed[offers] = organicFixed
            let minor = draw.age == 0, vulnerable = draw.vulnerable
            let level = threshold(draw.u, cohort: k)
            let seg = draw.age * regions + draw.region
            var cumulativeTotal = draw.eventCount, windowTotal = draw.linkedCount
            var withdrawnIn = Int.max
            var oracleDone = false, unconstrainedDone = false, broadcastDone = false, contextualDone = false
            var fallbackDone = false, personalDone = false, segmentMinorDone = false, contactedAfterWithdrawal = false
            var sponsoredToMinor = false, unreachedDone = false
            for i in 0..<words { bits[i] = 0 }
            for week in 1...weeks {
                var w = draw.w, x = draw.context
                if week >= 2 {
                    let next = advance(week, cohort: k, index: index, scratch: scratch, events: &events,
                                       cumulativeTotal: &cumulativeTotal, windowTotal: &windowTotal)
                    if withdrawnIn == Int.max && next.withdrawal < withdrawalRate { withdrawnIn = week }
                    w = next.conversion
                    x = next.context
                }
                let active = level < never && week < withdrawnIn
                let sure = w < q
                // Segment statistics: consent active, not a minor, suppressed or not.
                if active && !minor {
                    let cell = segmentTotals + segmentLayout.block(week, level) + seg * cellStride
                    cell[0] &+= 1
                    let from = events.weekStart[windowStart(week) - 1]
                    let to = min(events.categories.count, from + clip)
                    for e in from..<to { cell[1 + Int(events.categories[e])] &+= 1 }
                }
                let all = totals + layout.atOrAbove(week, 0)
                let consenting = totals + layout.atOrAbove(week, level)
                let before = totals + layout.below(week, level)
                if level < never {
                    if active { consenting[layout.consenting] &+= 1 } else { consenting[layout.withdrawn] &+= 1 }
                }
                /// One contact of offer `o` by the strategy at `base`; true when it converts.
                func contact(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, _ o: Int) -> Bool {
                    let converted = w < probability[o]
                    Tally.record(block, base: base, offers: offers, offer: o, fixed: fixed[o], converted: converted,
                                 sure: sure, organic: organicFixed)
                    return converted
                }
                func buysAnyway(_ block: UnsafeMutablePointer<UInt64>, _ base: Int) -> Bool { layout.buysAnyway(block, base, sure: sure) }
                func plain(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, contextual: Bool) {
                    layout.plain(block, base, contextual: contextual, channel: channel)
                }

                if !oracleDone {
                    if let o = choice.oracle { oracleDone = contact(all, oracleBase, o) } else { oracleDone = buysAnyway(all, oracleBase) }
                }

                // The counterexample keeps and uses everything of everyone.
                all[unconstrainedBase + layout.storedRecords] &+= 1
                all[unconstrainedBase + layout.storedEvents] &+= UInt64(cumulativeTotal)
                if !unconstrainedDone {
                    let o = vulnerable ? highest
                        : rules.chooseFromWholeCounts(scratch.cumulative, UnsafeBufferPointer(start: scratch.cumulativeValues, count: scratch.categories),
                                                      total: cumulativeTotal)
                    let u = unconstrainedBase
                    all[u + layout.profiled] &+= 1
                    // Without consent at the levels where it is not active.
                    if active { before[u + layout.withoutConsent] &+= 1 } else { all[u + layout.withoutConsent] &+= 1 }
                    if week == 1 { (totals + layout.below(0, level))[u + layout.withoutConsent] &+= 1 }
                    if level < never && week >= withdrawnIn && !contactedAfterWithdrawal {
                        contactedAfterWithdrawal = true
                        (totals + layout.atOrAbove(0, level))[u + layout.withoutConsent] &+= 1
                    }
                    if minor { all[u + layout.minors] &+= 1 }
                    if minor && sponsored[o] {
                        all[u + layout.minorsSponsored] &+= 1
                        if !sponsoredToMinor {
                            sponsoredToMinor = true
                            (totals + layout.atOrAbove(0, 0))[u + layout.minorsSponsored] &+= 1
                        }
                    }
                    if vulnerable { all[u + layout.vulnerable] &+= 1 }
                    all[u + layout.dataPoints] &+= UInt64(2 + address + cumulativeTotal)
                    let d = Double(2 + address + cumulativeTotal)
                    all[u + layout.exposure] &+= Tally.fixed(d / (d + halfExposure))
                    unconstrainedDone = contact(all, u, o)
                }

                // Compliant strategies contact only customers off the suppression list; the others may
                // buy anyway, once, under each strategy alike (segment does not follow them).
                guard let broadcast = choice.broadcast else {
                    if sure && !unreachedDone {
                        unreachedDone = true
                        for base in compliantBases { all[base + layout.organicConversions] &+= 1 }
                    }
                    continue
                }
                let contextual = minor ? rules.contextualOffer[x].minor! : rules.contextualOffer[x].adult
                let fallback = contextualFallback ? contextual : broadcast
                let vulnerableCount: UInt64 = vulnerable ? 1 : 0
                if !broadcastDone {
                    all[broadcastBase + layout.vulnerable] &+= vulnerableCount
                    plain(all, broadcastBase, contextual: false)
                    broadcastDone = contact(all, broadcastBase, broadcast)
                }
                if !contextualDone {
                    all[contextualBase + layout.vulnerable] &+= vulnerableCount
                    plain(all, contextualBase, contextual: true)
                    contextualDone = contact(all, contextualBase, contextual)
                }

                // Personalised: the profile while consent is active, the fallback otherwise.
                let p = personalBase
                if choice.profileable {
                    if !fallbackDone {
                        plain(before, p, contextual: contextualFallback)
                        fallbackDone = contact(before, p, fallback)
                    }
                    if level < never {
                        if active {
                            consenting[p + layout.storedRecords] &+= 1
                            consenting[p + layout.storedEvents] &+= UInt64(windowTotal)
                            let key = ChunkBuilder.classKey(age: draw.age, region: draw.region,
                                                            linked: UnsafeBufferPointer(start: scratch.windowValues, count: scratch.categories))
                            records[week - 1].append(ClassRecord(key: key, level: level, contacted: !personalDone, linked: windowTotal))
                        }
                        if !personalDone {
                            if active {
                                let o = rules.chooseFromWholeCounts(scratch.window, UnsafeBufferPointer(start: scratch.windowValues, count: scratch.categories),
                                                                    total: windowTotal)
                                consenting[p + layout.profiled] &+= 1
                                consenting[p + layout.dataPoints] &+= UInt64(2 + address + windowTotal)
                                personalDone = contact(consenting, p, o)
                            } else {
                                plain(consenting, p, contextual: contextualFallback)
                                personalDone = contact(consenting, p, fallback)
                            }
                        }
                    }
                } else if !fallbackDone {
                    all[p + layout.vulnerable] &+= vulnerableCount
                    plain(all, p, contextual: contextualFallback)
                    fallbackDone = contact(all, p, fallback)
                }

                // Segment: minors by the fallback; everyone else by their segment's release, level by level.
                let g = segmentBase
                if minor {
                    if !segmentMinorDone {
                        all[g + layout.vulnerable] &+= vulnerableCount
                        plain(all, g, contextual: contextualFallback)
                        segmentMinorDone = contact(all, g, fallback)
                    }
                    continue
                }
                // Everyone else is followed by segment once its releases are known: keep w < π per
                // offer, and w < q in the slot after the offers.
                let slots = jobs.slots
                for o in 0..<offers where w < probability[o] {
                    let (word, mask) = SegmentJobs.bit(week: week, offer: o, slots: slots)
                    bits[word] |= mask
                }
                if sure && slots > offers {
                    let (word, mask) = SegmentJobs.bit(week: week, offer: offers, slots: slots)
                    bits[word] |= mask
                }
            }
            if !minor && choice.broadcast != nil {
                jobs.append(segment: seg, level: level, withdrawnIn: withdrawnIn == Int.max ? 0 : withdrawnIn, vulnerable: vulnerable,
                            fixed: fixed, bits: bits)
            }
        }
    }

    /// Segment's weekly contacts of the customers `follow` kept, at every level, from its weekly
    /// releases: each week, each level, the customer gets the release's offer until they convert.
    func applySegments(_ jobs: SegmentJobs, scratch: Scratch, into totals: UnsafeMutablePointer<UInt64>) {
        let layout = self.layout
        let weeks = layout.weeks, levels = layout.levels, never = levels
        let offers = context.offers.count, segments = context.segmentCount
        let g = layout.base(.segment)
        let channel = context.channel
        let d = Double(2 + channel.address)
        let segmentPlain = Tally.fixed(d / (d + context.scenario.model.exposureHalf) * 0.5)
        let statisticsPoints = UInt64(2 + channel.address), addressExposure = channel.exposure(contextual: false)
        let words = jobs.words
        var converted = scratch.segmentConverted
        scratch.segmentConverted = []
        defer { scratch.segmentConverted = converted }
        var targeted = [Bool](repeating: false, count: levels)
        jobs.header.withUnsafeBufferPointer { header in
            jobs.fixed.withUnsafeBufferPointer { fixed in
                jobs.converts.withUnsafeBufferPointer { converts in
                    for j in 0..<jobs.count {
                        let seg = Int(header[j] >> 16), level = Int(header[j] & 0xFFFF)
                        let meta = jobs.meta[j]
                        let withdrawnIn = meta & 0x7F == 0 ? Int.max : Int(meta & 0x7F)
                        let vulnerableCount: UInt64 = meta & 0x80 != 0 ? 1 : 0
                        let slots = jobs.slots
                        let p = fixed.baseAddress! + j * slots, bits = converts.baseAddress! + j * words
                        let organic: UInt64 = slots > offers ? UInt64(p[offers]) : 0
                        for l in 0..<levels { converted[l] = false; targeted[l] = false }
                        for week in 1...weeks {
                            let active = level < never && week < withdrawnIn
                            let row = (week - 1) * levels * segments + seg
                            for l in 0..<levels where !converted[l] {
                                let exact = totals + layout.exactly(week, l)
                                let i = row + l * segments
                                if segmentHasStatistics[i] {
                                    exact[g + layout.statisticsTargeted] &+= 1
                                    if !targeted[l] {
                                        targeted[l] = true
                                        (totals + layout.exactly(0, l))[g + layout.statisticsTargeted] &+= 1
                                    }
                                    exact[g + layout.dataPoints] &+= statisticsPoints
                                    exact[g + layout.exposure] &+= level <= l && active ? segmentRisky[i] : segmentPlain
                                } else if channel.address > 0 {
                                    // The population's offer, sent to the address (MODEL.md §13).
                                    exact[g + layout.dataPoints] &+= UInt64(channel.address)
                                    exact[g + layout.exposure] &+= addressExposure
                                }
                                exact[g + layout.vulnerable] &+= vulnerableCount
                                let o = Int(segmentOffer[i])
                                let (word, mask) = SegmentJobs.bit(week: week, offer: o, slots: slots)
                                let converts = bits[word] & mask != 0
                                var sure = false
                                if slots > offers {
                                    let (word, mask) = SegmentJobs.bit(week: week, offer: offers, slots: slots)
                                    sure = bits[word] & mask != 0
                                }
                                Tally.record(exact, base: g, offers: offers, offer: o, fixed: UInt64(p[o]), converted: converts,
                                             sure: sure, organic: organic)
                                if converts { converted[l] = true }
                            }
                        }
                    }
                }
            }
        }
    }
}
