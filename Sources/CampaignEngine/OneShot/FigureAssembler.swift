import Foundation
import ScenarioKit

/// Turns a population's totals into the figures of every compared strategy at one consent level
/// (MODEL.md §5). Shared by the in-memory engine and the streaming sweep.
struct FigureAssembler {
    let scenario: Scenario
    let context: ModelContext
    let summary: PopulationSummary

    /// The figures at one rate from its totals.
    func assemble(rate: Double, total: RateTotals, classes: ClassFigures, k: Int, epsilon: Double?) -> RateResult {
        let pop = summary
        let context = self.context
        var figures: [StrategyName: StrategyFigures] = [:]
        let n = pop.count
        let company = scenario.company
        let vulnerableContacted = scenario.privacy.protectVulnerable ? 0 : pop.vulnerable
        let channel = context.channel
        let contextualFallback = scenario.privacy.fallback == .contextual
        /// Data points and exposure of contacts no profile chose (MODEL.md §13: 0 off e-mail).
        func plain(_ tallies: Tally..., contextual: Bool) -> (points: Int, exposure: UInt64) {
            let n = tallies.reduce(0) { $0 + $1.contacted.reduce(0, +) }
            return (n * channel.plain(contextual: contextual), channel.exposure(contextual: contextual) &* UInt64(n))
        }
        func noRecords(dataPoints: Int, exposure: UInt64) -> PrivacyFigures {
            privacy(profiled: 0, withoutConsent: 0, minors: 0, vulnerable: vulnerableContacted, dataPoints: dataPoints,
                    exposure: exposure, mean: 0, max: 0, belowK: 0, records: 0)
        }
        var strategy = StrategyName.broadcast
        func privacy(profiled: Int, withoutConsent: Int, minors: Int, vulnerable: Int, dataPoints: Int, exposure: UInt64,
                     mean: Double, max: Double, belowK: Double, records: Int) -> PrivacyFigures {
            // Only the counterexample profiles minors, so only it can show them a sponsored offer so chosen.
            let minorsSponsored = strategy == .unconstrained ? pop.minorsShownSponsored : 0
            return PrivacyFigures(profiled: profiled, profiledWithoutConsent: withoutConsent, minorsProfiled: minors,
                           vulnerableTargeted: vulnerable, dataPoints: dataPoints,
                           dataPointsPerCustomer: n > 0 ? Double(dataPoints) / Double(n) : 0,
                           exposureIndex: n > 0 ? 100 * (Double(exposure) / Tally.scale) / Double(n) : 0,
                           reidRiskMean: mean, reidRiskMax: max, recordsBelowK: belowK, storedRecords: records,
                           fineCaps: FineCaps(strategy: strategy, profiledWithoutConsent: withoutConsent, minorsShownSponsored: minorsSponsored,
                                              vulnerableTargeted: vulnerable, company: company),
                           minorsShownSponsored: minorsSponsored)
        }

        strategy = .broadcast
        let broadcastTally = pop.totals.tally(.broadcast)
        let broadcastPlain = plain(broadcastTally, contextual: false)
        figures[.broadcast] = StrategyFigures(strategy: .broadcast, customers: n, tally: broadcastTally, context: context,
                                              privacy: noRecords(dataPoints: broadcastPlain.points, exposure: broadcastPlain.exposure))
        strategy = .contextual
        let contextualTally = pop.totals.tally(.contextual)
        let contextualPlain = plain(contextualTally, contextual: true)
        figures[.contextual] = StrategyFigures(strategy: .contextual, customers: n, tally: contextualTally, context: context,
                                               privacy: noRecords(dataPoints: contextualPlain.points, exposure: contextualPlain.exposure))
        figures[.oracle] = StrategyFigures(strategy: .oracle, customers: n, tally: pop.totals.tally(.oracle), context: context, privacy: nil)
        strategy = .unconstrained
        figures[.unconstrained] = StrategyFigures(
            strategy: .unconstrained, customers: n, tally: pop.totals.tally(.unconstrained), context: context,
            privacy: privacy(profiled: n, withoutConsent: n - total.consenting, minors: pop.minors, vulnerable: pop.vulnerable,
                             dataPoints: pop.unconstrainedDataPoints, exposure: pop.unconstrainedExposure,
                             mean: n > 0 ? 1 : 0, max: n > 0 ? 1 : 0, belowK: n > 0 && k > 1 ? 1 : 0, records: n))

        // Segment: statistics of consenting non-minors per (age band, region), k-anonymity, optional Laplace noise.
        strategy = .segment
        let segment = segmentFigures(total, k: k, epsilon: epsilon, privacy: privacy,
                                     minors: plain(pop.totals.tally(.segmentMinors), contextual: contextualFallback))
        figures[.segment] = segment.figures

        // Personalised: profiles of consenting profileable customers, fallback for everyone else.
        strategy = .personalized
        let fixedTally = pop.totals.tally(.personalizedFixed)
        var personalTally = fixedTally
        personalTally.add(total.personal)
        personalTally.add(total.fallback)
        let profiled = total.personal.contacted.reduce(0, +)
        let fallbackPlain = plain(fixedTally, total.fallback, contextual: contextualFallback)
        figures[.personalized] = StrategyFigures(
            strategy: .personalized, customers: n, tally: personalTally, context: context,
            privacy: privacy(profiled: profiled, withoutConsent: 0, minors: 0, vulnerable: vulnerableContacted,
                             dataPoints: (2 + channel.address) * profiled + total.linkedEvents + fallbackPlain.points,
                             exposure: classes.exposure &+ fallbackPlain.exposure,
                             mean: classes.mean, max: classes.max, belowK: classes.belowK, records: profiled))

        let broadcastExpected = figures[.broadcast]!.expectedConversions
        let broadcastCaused = figures[.broadcast]!.causal?.expectedIncrementalConversions ?? 0
        var ordered: [StrategyFigures] = []
        for name in scenario.strategies {
            var f = figures[name]!
            if scenario.strategies.contains(.broadcast) && broadcastExpected > 0 {
                f.upliftVsBroadcast = f.expectedConversions / broadcastExpected - 1
            }
            if var causal = f.causal {
                // Whoever buys anyway and was not contacted bought organically.
                causal.organicConversions = pop.buyAnyway - causal.sureThings
                if scenario.strategies.contains(.broadcast) && broadcastCaused > 0 {
                    causal.incrementalUpliftVsBroadcast = causal.expectedIncrementalConversions / broadcastCaused - 1
                }
                f.causal = causal
            }
            ordered.append(f)
        }
        return RateResult(consentRate: rate, strategies: ordered, segmentOffers: segment.offers, segmentHasStatistics: segment.hasStatistics)
    }

    private func segmentFigures(_ total: RateTotals, k: Int, epsilon: Double?,
                                privacy: (Int, Int, Int, Int, Int, UInt64, Double, Double, Double, Int) -> PrivacyFigures,
                                minors: (points: Int, exposure: UInt64))
        -> (figures: StrategyFigures, offers: [Int], hasStatistics: [Bool]) {
        let pop = summary
        let categories = context.categoryCount
        let segments = context.segmentCount
        let clip = Double(scenario.privacy.historyClip)
        let halfExposure = scenario.model.exposureHalf
        var tally = pop.totals.tally(.segmentMinors)
        var offers = [Int](repeating: pop.rules.broadcastOffer.adult, count: segments)
        var hasStatistics = [Bool](repeating: false, count: segments)
        let channel = context.channel
        // Minors are served by the fallback; on e-mail every contact adds the address (MODEL.md §13).
        var dataPoints = minors.points
        var exposure = minors.exposure
        var records = 0, cells = 0, smallest = Int.max, targeted = 0
        var counts = [Double](repeating: 0, count: categories)
        let d = Double(2 + channel.address)
        let f2 = d / (d + halfExposure)
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
                dataPoints += (2 + channel.address) * reach
                targeted += reach
                // Contributors are in the stored cell with risk 1/contributors; other contacted customers have none.
                let risky = total.contributorsContacted[s]
                exposure &+= Tally.fixed(f2 * 0.5) &* UInt64(reach - risky)
                exposure &+= Tally.fixed(f2 * (0.5 + 0.5 / Double(contributors))) &* UInt64(risky)
                records += contributors
                cells += 1
                smallest = min(smallest, contributors)
            } else if channel.address > 0 {
                let reach = pop.reach(ofSegment: s)
                dataPoints += channel.address * reach
                exposure &+= channel.exposure(contextual: false) &* UInt64(reach)
            }
            for o in 0..<context.offers.count where o == offers[s] {
                let t = pop.segmentTally(segment: s, offer: o)
                tally.contacted[o] += t.contacted
                tally.conversions[o] += t.conversions
                tally.expected[o] &+= t.expected
                tally.sure[o] += t.sure
                tally.organic[o] &+= t.organic
            }
        }
        let vulnerable = scenario.privacy.protectVulnerable ? 0 : pop.vulnerable
        var segmentPrivacy = privacy(0, 0, 0, vulnerable, dataPoints, exposure,
                                     records > 0 ? Double(cells) / Double(records) : 0,
                                     records > 0 ? 1 / Double(smallest) : 0, 0, records)
        segmentPrivacy.statisticsTargeted = targeted
        let figures = StrategyFigures(strategy: .segment, customers: pop.count, tally: tally, context: context, privacy: segmentPrivacy)
        return (figures, offers, hasStatistics)
    }

}
