import Foundation
import ScenarioKit

/// Evaluates all strategies of a scenario at any consent rate (MODEL.md §4–§5).
///
/// The population is built once; each `evaluate` is one light pass over it, so a sweep of
/// eleven rates costs little more than one. Output is identical for any thread count.
public final class Engine: @unchecked Sendable {
    public let scenario: Scenario
    public let context: ModelContext
    public let population: Population
    public let threads: Int

    /// Builds the population of `scenario` on `threads` workers (default: all cores).
    public init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 16_384) {
        self.scenario = scenario
        self.threads = max(1, threads)
        context = ModelContext(scenario: scenario)
        population = Population(context: context, threads: self.threads, chunkSize: chunkSize)
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
        // Each customer's consent threshold, written by the rate pass and read by the class pass.
        let thresholds = SharedBuffer<UInt16>(count: population.count, initial: 0)
        defer { thresholds.free() }
        let totals = levelTotals(levels, thresholds: thresholds)
        let classes = classFigures(levels: levels, k: k, thresholds: thresholds)
        return rates.map { rate in
            let level = levels.firstIndex(of: rate)!
            return assemble(rate: rate, total: totals[level], classes: classes[level], k: k, epsilon: epsilon)
        }
    }

    /// Figures of every compared strategy at consent rate `rate`; `k` and `epsilon` override the scenario's.
    public func evaluate(rate: Double, k: Int? = nil, epsilon: Double?? = nil) -> RateResult {
        sweep([rate], k: k, epsilon: epsilon)[0]
    }

    /// What one worker sums during a rate pass: one `RateTotals` of deltas per consent threshold.
    final class RateAccumulator: @unchecked Sendable {
        var deltas: [RateTotals]
        init(levels: Int, offers: Int, segments: Int, categories: Int) {
            deltas = (0...levels).map { _ in RateTotals(offers: offers, segments: segments, categories: categories) }
        }
    }

    /// The sums themselves, a value type so a chunk can work on a local copy without exclusivity checks.
    struct RateTotals {
        var consenting = 0
        var personal: Tally
        var fallback: Tally
        var linkedEvents = 0
        var history: [Int]
        var contributors: [Int]
        var contributorsContacted: [Int]
        init(offers: Int, segments: Int, categories: Int) {
            personal = Tally(offers: offers)
            fallback = personal
            history = .init(repeating: 0, count: segments * categories)
            contributors = .init(repeating: 0, count: segments)
            contributorsContacted = contributors
        }

        mutating func add(_ o: RateTotals, includeFallback: Bool = true) {
            consenting += o.consenting
            personal.add(o.personal)
            linkedEvents += o.linkedEvents
            for i in history.indices { history[i] += o.history[i] }
            for s in contributors.indices {
                contributors[s] += o.contributors[s]
                contributorsContacted[s] += o.contributorsContacted[s]
            }
            if includeFallback { fallback.add(o.fallback) }
        }
    }

    /// Each cohort's consent rate at every level, made non-decreasing so consent sets nest exactly.
    private func cohortLevels(_ levels: [Double]) -> [[Double]] {
        (0..<context.cohorts.count).map { cohort in
            var previous = -Double.infinity
            return levels.map { rate in
                previous = max(previous, context.cohortConsentRate(rate, cohort: cohort))
                return previous
            }
        }
    }

    /// The first level at which a consent draw `u` consents (levels.count when it never does).
    @inline(__always)
    static func threshold(_ u: Double, _ levels: UnsafeBufferPointer<Double>) -> Int {
        var lo = 0, hi = levels.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if u < levels[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Per-level totals: deltas by threshold, summed over workers, then prefix sums (suffix sums
    /// for the fallback, which serves those who do not yet consent).
    private func levelTotals(_ levels: [Double], thresholds: SharedBuffer<UInt16>) -> [RateTotals] {
        let pop = population
        let categories = context.categoryCount
        let segments = context.segmentCount
        let offers = context.offers.count
        let cohortLevels = cohortLevels(levels)
        let workers = max(1, min(threads, pop.chunks))
        let accumulators = (0..<workers).map { _ in RateAccumulator(levels: levels.count, offers: offers, segments: segments, categories: categories) }
        Parallel.run(workers: workers, chunks: pop.chunks) { worker, chunk in
            let worker = accumulators[worker]
            var deltas = worker.deltas
            worker.deltas = []
            Engine.ratePass(pop, chunk: chunk, cohortLevels: cohortLevels, categories: categories, thresholds: thresholds, into: &deltas)
            worker.deltas = deltas
        }
        var deltas = accumulators[0].deltas
        for a in accumulators.dropFirst() { for t in deltas.indices { deltas[t].add(a.deltas[t]) } }
        var result: [RateTotals] = []
        var running = RateTotals(offers: offers, segments: segments, categories: categories)
        for level in levels.indices {
            running.add(deltas[level], includeFallback: false)
            var totals = running
            totals.fallback = Tally(offers: offers)
            for t in (level + 1)...levels.count { totals.fallback.add(deltas[t].fallback) }
            result.append(totals)
        }
        return result
    }

    /// The figures at one rate from its totals.
    private func assemble(rate: Double, total: RateTotals, classes: ClassFigures, k: Int, epsilon: Double?) -> RateResult {
        let pop = population
        let context = self.context
        var figures: [StrategyName: StrategyFigures] = [:]
        let n = pop.count
        let company = scenario.company
        let vulnerableContacted = scenario.privacy.protectVulnerable ? 0 : pop.vulnerable
        func noRecords(dataPoints: Int, exposure: UInt64) -> PrivacyFigures {
            privacy(profiled: 0, withoutConsent: 0, minors: 0, vulnerable: vulnerableContacted, dataPoints: dataPoints,
                    exposure: exposure, mean: 0, max: 0, belowK: 0, records: 0)
        }
        func privacy(profiled: Int, withoutConsent: Int, minors: Int, vulnerable: Int, dataPoints: Int, exposure: UInt64,
                     mean: Double, max: Double, belowK: Double, records: Int) -> PrivacyFigures {
            PrivacyFigures(profiled: profiled, profiledWithoutConsent: withoutConsent, minorsProfiled: minors,
                           vulnerableTargeted: vulnerable, dataPoints: dataPoints,
                           dataPointsPerCustomer: n > 0 ? Double(dataPoints) / Double(n) : 0,
                           exposureIndex: n > 0 ? 100 * (Double(exposure) / Tally.scale) / Double(n) : 0,
                           reidRiskMean: mean, reidRiskMax: max, recordsBelowK: belowK, storedRecords: records,
                           fineCaps: FineCaps(profiledWithoutConsent: withoutConsent, minorsProfiled: minors,
                                              vulnerableTargeted: vulnerable, company: company))
        }

        figures[.broadcast] = StrategyFigures(strategy: .broadcast, customers: n, tally: pop.broadcast, context: context,
                                              privacy: noRecords(dataPoints: 0, exposure: 0))
        figures[.contextual] = StrategyFigures(strategy: .contextual, customers: n, tally: pop.contextual, context: context,
                                               privacy: noRecords(dataPoints: 0, exposure: 0))
        figures[.oracle] = StrategyFigures(strategy: .oracle, customers: n, tally: pop.oracle, context: context, privacy: nil)
        figures[.unconstrained] = StrategyFigures(
            strategy: .unconstrained, customers: n, tally: pop.unconstrained, context: context,
            privacy: privacy(profiled: n, withoutConsent: n - total.consenting, minors: pop.minors, vulnerable: pop.vulnerable,
                             dataPoints: pop.unconstrainedDataPoints, exposure: pop.unconstrainedExposure,
                             mean: n > 0 ? 1 : 0, max: n > 0 ? 1 : 0, belowK: n > 0 && k > 1 ? 1 : 0, records: n))

        // Segment: statistics of consenting non-minors per (age band, region), k-anonymity, optional Laplace noise.
        let segment = segmentFigures(total, k: k, epsilon: epsilon, privacy: privacy)
        figures[.segment] = segment.figures

        // Personalised: profiles of consenting profileable customers, fallback for everyone else.
        var personalTally = pop.personalizedFixed
        personalTally.add(total.personal)
        personalTally.add(total.fallback)
        let profiled = total.personal.contacted.reduce(0, +)
        figures[.personalized] = StrategyFigures(
            strategy: .personalized, customers: n, tally: personalTally, context: context,
            privacy: privacy(profiled: profiled, withoutConsent: 0, minors: 0, vulnerable: vulnerableContacted,
                             dataPoints: 2 * profiled + total.linkedEvents, exposure: classes.exposure,
                             mean: classes.mean, max: classes.max, belowK: classes.belowK, records: profiled))

        let broadcastExpected = figures[.broadcast]!.expectedConversions
        var ordered: [StrategyFigures] = []
        for name in scenario.strategies {
            var f = figures[name]!
            if scenario.strategies.contains(.broadcast) && broadcastExpected > 0 {
                f.upliftVsBroadcast = f.expectedConversions / broadcastExpected - 1
            }
            ordered.append(f)
        }
        return RateResult(consentRate: rate, strategies: ordered, segmentOffers: segment.offers, segmentHasStatistics: segment.hasStatistics)
    }

    /// One chunk of the rate pass: each customer's consent threshold, and what they add from it on.
    private static func ratePass(_ pop: Population, chunk: Int, cohortLevels: [[Double]], categories: Int,
                                 thresholds: SharedBuffer<UInt16>, into deltas: inout [RateTotals]) {
        let start = chunk * pop.chunkSize
        let end = min(pop.count, start + pop.chunkSize)
        let events = pop.chunkEvents[chunk]
        let never = cohortLevels.first?.count ?? 0
        var cursor = 0
        events.withUnsafeBufferPointer { events in
            for i in start..<end {
                let flag = pop.flags[i]
                let t = cohortLevels[Int(pop.cohort[i])].withUnsafeBufferPointer { threshold(Double(pop.consentDraw[i]), $0) }
                if t < never { deltas[t].consenting += 1 }
                if flag & Population.Flag.minor == 0 {
                    let clipped = Int(pop.clippedCount[i])
                    if t < never {
                        let s = Int(pop.segment[i])
                        deltas[t].contributors[s] += 1
                        if flag & Population.Flag.contacted != 0 { deltas[t].contributorsContacted[s] += 1 }
                        let base = s * categories
                        for e in cursor..<(cursor + clipped) { deltas[t].history[base + Int(events[e])] += 1 }
                    }
                    cursor += clipped
                }
                if flag & Population.Flag.profileable != 0 {
                    thresholds[i] = UInt16(t)
                    // Profiled from level t on; served by the fallback at every level below t.
                    if t < never {
                        deltas[t].personal.add(offer: Int(pop.personalOffer[i]), probability: UInt64(pop.personalProbability[i]),
                                               converted: flag & Population.Flag.personalConverts != 0)
                        deltas[t].linkedEvents += Int(pop.linkedCount[i])
                    }
                    deltas[t].fallback.add(offer: Int(pop.fallbackOffer[i]), probability: UInt64(pop.fallbackProbability[i]),
                                           converted: flag & Population.Flag.fallbackConverts != 0)
                }
            }
        }
    }

    private func segmentFigures(_ total: RateTotals, k: Int, epsilon: Double?,
                                privacy: (Int, Int, Int, Int, Int, UInt64, Double, Double, Double, Int) -> PrivacyFigures)
        -> (figures: StrategyFigures, offers: [Int], hasStatistics: [Bool]) {
        let pop = population
        let categories = context.categoryCount
        let segments = context.segmentCount
        let clip = Double(scenario.privacy.historyClip)
        let halfExposure = scenario.model.exposureHalf
        var tally = pop.segmentMinors
        var offers = [Int](repeating: pop.broadcastOffer.adult, count: segments)
        var hasStatistics = [Bool](repeating: false, count: segments)
        var dataPoints = 0
        var exposure: UInt64 = 0
        var records = 0, cells = 0, smallest = Int.max
        var counts = [Double](repeating: 0, count: categories)
        let f2 = 2 / (2 + halfExposure)
        for s in 0..<segments {
            let contributors = total.contributors[s]
            if contributors >= k && contributors > 0 {
                var sum = 0.0
                for c in 0..<categories {
                    var h = Double(total.history[s * categories + c])
                    if let epsilon { h = max(0, h + clip / epsilon * pop.segmentNoise[s * categories + c]) }
                    counts[c] = h
                    sum += h
                }
                offers[s] = counts.withUnsafeBufferPointer { context.chooseFromCounts($0, total: sum, allowAdultOnly: true)! }
                hasStatistics[s] = true
                let reach = pop.reach(ofSegment: s)
                dataPoints += 2 * reach
                // Contributors are in the stored cell with risk 1/contributors; other contacted customers have none.
                let risky = total.contributorsContacted[s]
                exposure &+= Tally.fixed(f2 * 0.5) &* UInt64(reach - risky)
                exposure &+= Tally.fixed(f2 * (0.5 + 0.5 / Double(contributors))) &* UInt64(risky)
                records += contributors
                cells += 1
                smallest = min(smallest, contributors)
            }
            for o in 0..<context.offers.count where o == offers[s] {
                let t = pop.segmentTally(segment: s, offer: o)
                tally.contacted[o] += t.contacted
                tally.conversions[o] += t.conversions
                tally.expected[o] &+= t.expected
            }
        }
        let vulnerable = scenario.privacy.protectVulnerable ? 0 : pop.vulnerable
        let figures = StrategyFigures(
            strategy: .segment, customers: pop.count, tally: tally, context: context,
            privacy: privacy(0, 0, 0, vulnerable, dataPoints, exposure,
                             records > 0 ? Double(cells) / Double(records) : 0,
                             records > 0 ? 1 / Double(smallest) : 0, 0, records))
        return (figures, offers, hasStatistics)
    }

    /// Re-identification figures of personalised records at one level.
    struct ClassFigures {
        var exposure: UInt64 = 0
        var mean = 0.0
        var max = 0.0
        var belowK = 0.0
    }

    /// Re-identification classes at every level: for each class, its members' consent thresholds
    /// give its size at each level (members are listed by class, so this is one pass).
    private func classFigures(levels: [Double], k: Int, thresholds: SharedBuffer<UInt16>) -> [ClassFigures] {
        let pop = population
        let count = levels.count
        let classCount = pop.classLinkedCount.count
        guard classCount > 0 else { return Array(repeating: ClassFigures(), count: count) }
        let halfExposure = scenario.model.exposureHalf
        var records = [Int](repeating: 0, count: count), nonEmpty = records, belowK = records
        var smallest = [Int](repeating: Int.max, count: count)
        var exposure = [UInt64](repeating: 0, count: count)
        var atLevel = [Int](repeating: 0, count: count + 1)
        for c in 0..<classCount {
            var first = count
            for m in pop.classMembers(c) {
                let t = Int(thresholds[Int(m)])
                atLevel[t] += 1
                first = min(first, t)
            }
            guard first < count else { atLevel[count] = 0; continue }
            let d = Double(2 + Int(pop.classLinkedCount[c]))
            let f = d / (d + halfExposure)
            var size = 0
            for level in first..<count {
                size += atLevel[level]
                atLevel[level] = 0
                records[level] += size
                nonEmpty[level] += 1
                smallest[level] = min(smallest[level], size)
                if size < k { belowK[level] += size }
                // Every member has the same d and risk 1/size: e = d/(d + d½) · (0.5 + 0.5/size).
                exposure[level] &+= Tally.fixed(f * (0.5 + 0.5 / Double(size))) &* UInt64(size)
            }
            atLevel[count] = 0
        }
        return (0..<count).map { level in
            guard records[level] > 0 else { return ClassFigures() }
            return ClassFigures(exposure: exposure[level], mean: Double(nonEmpty[level]) / Double(records[level]),
                                max: 1 / Double(smallest[level]), belowK: Double(belowK[level]) / Double(records[level]))
        }
    }
}
