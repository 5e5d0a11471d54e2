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

    /// Figures for every rate of the list, in order.
    public func sweep(_ rates: [Double], k: Int? = nil, epsilon: Double?? = nil) -> [RateResult] {
        rates.map { evaluate(rate: $0, k: k, epsilon: epsilon) }
    }

    /// What one worker sums during a rate pass.
    final class RateAccumulator: @unchecked Sendable {
        var totals: RateTotals
        init(offers: Int, segments: Int, categories: Int) { totals = RateTotals(offers: offers, segments: segments, categories: categories) }
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
    }

    /// Figures of every compared strategy at consent rate `rate`; `k` and `epsilon` override the scenario's.
    public func evaluate(rate: Double, k kOverride: Int? = nil, epsilon epsilonOverride: Double?? = nil) -> RateResult {
        let pop = population
        let context = self.context
        let categories = context.categoryCount
        let segments = context.segmentCount
        let offers = context.offers.count
        let k = kOverride ?? scenario.privacy.k
        let epsilon = epsilonOverride ?? scenario.privacy.epsilon
        let cohortRates = (0..<context.cohorts.count).map { context.cohortConsentRate(rate, cohort: $0) }
        let workers = max(1, min(threads, pop.chunks))
        let accumulators = (0..<workers).map { _ in RateAccumulator(offers: offers, segments: segments, categories: categories) }
        Parallel.run(workers: workers, chunks: pop.chunks) { worker, chunk in
            let worker = accumulators[worker]
            var totals = worker.totals
            worker.totals = RateTotals(offers: 0, segments: 0, categories: 0)
            Engine.ratePass(pop, chunk: chunk, cohortRates: cohortRates, categories: categories, into: &totals)
            worker.totals = totals
        }
        var total = accumulators[0].totals
        for a in accumulators.dropFirst().map(\.totals) {
            total.consenting += a.consenting
            total.personal.add(a.personal)
            total.fallback.add(a.fallback)
            total.linkedEvents += a.linkedEvents
            for i in total.history.indices { total.history[i] += a.history[i] }
            for s in 0..<segments {
                total.contributors[s] += a.contributors[s]
                total.contributorsContacted[s] += a.contributorsContacted[s]
            }
        }

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
        let classes = classFigures(cohortRates: cohortRates, k: k)
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

    /// One chunk of the rate pass: consent, personalised choice or fallback, segment contributions.
    private static func ratePass(_ pop: Population, chunk: Int, cohortRates: [Double], categories: Int, into acc: inout RateTotals) {
        let start = chunk * pop.chunkSize
        let end = min(pop.count, start + pop.chunkSize)
        let events = pop.chunkEvents[chunk]
        var cursor = 0
        events.withUnsafeBufferPointer { events in
            for i in start..<end {
                let flag = pop.flags[i]
                let consents = Double(pop.consentDraw[i]) < cohortRates[Int(pop.cohort[i])]
                if consents { acc.consenting += 1 }
                if flag & Population.Flag.minor == 0 {
                    let clipped = Int(pop.clippedCount[i])
                    if consents {
                        let s = Int(pop.segment[i])
                        acc.contributors[s] += 1
                        if flag & Population.Flag.contacted != 0 { acc.contributorsContacted[s] += 1 }
                        let base = s * categories
                        for e in cursor..<(cursor + clipped) { acc.history[base + Int(events[e])] += 1 }
                    }
                    cursor += clipped
                }
                if flag & Population.Flag.profileable != 0 {
                    if consents {
                        acc.personal.add(offer: Int(pop.personalOffer[i]), probability: UInt64(pop.personalProbability[i]),
                                         converted: flag & Population.Flag.personalConverts != 0)
                        acc.linkedEvents += Int(pop.linkedCount[i])
                    } else {
                        acc.fallback.add(offer: Int(pop.fallbackOffer[i]), probability: UInt64(pop.fallbackProbability[i]),
                                         converted: flag & Population.Flag.fallbackConverts != 0)
                    }
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

    /// Re-identification classes of personalised records at these cohort rates.
    private func classFigures(cohortRates: [Double], k: Int) -> (exposure: UInt64, mean: Double, max: Double, belowK: Double) {
        let pop = population
        let classCount = pop.classLinkedCount.count
        guard classCount > 0 else { return (0, 0, 0, 0) }
        var sizes = [UInt32](repeating: 0, count: classCount)
        sizes.withUnsafeMutableBufferPointer { sizes in
            for i in 0..<pop.count where pop.flags[i] & Population.Flag.profileable != 0 {
                if Double(pop.consentDraw[i]) < cohortRates[Int(pop.cohort[i])] { sizes[Int(pop.reidClass[i])] += 1 }
            }
        }
        let halfExposure = scenario.model.exposureHalf
        var records = 0, nonEmpty = 0, smallest = Int.max, belowK = 0
        var exposure: UInt64 = 0
        for c in 0..<classCount {
            let size = Int(sizes[c])
            guard size > 0 else { continue }
            records += size
            nonEmpty += 1
            smallest = min(smallest, size)
            if size < k { belowK += size }
            let d = Double(2 + Int(pop.classLinkedCount[c]))
            // Every member has the same d and risk 1/size: e = d/(d + d½) · (0.5 + 0.5/size).
            exposure &+= Tally.fixed(d / (d + halfExposure) * (0.5 + 0.5 / Double(size))) &* UInt64(size)
        }
        guard records > 0 else { return (0, 0, 0, 0) }
        return (exposure, Double(nonEmpty) / Double(records), 1 / Double(smallest), Double(belowK) / Double(records))
    }
}
