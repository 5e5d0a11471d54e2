import ScenarioKit

extension CampaignRun {
    /// The figures at level `level`: WEEK_FIGURES for every week (MODEL.md §9.3) and the campaign
    /// totals of §9.4. Built from the same integer sums and the same formulas as the one-shot
    /// assembler, so one week gives exactly its figures. `resolved[t][level]` are week t's sums at
    /// every level (`WeekLayout.resolve`, done once per week for all levels; t = 0 the campaign's).
    func assemble(level: Int, resolved: [[[UInt64]]], classes: [[ClassFigures]], release: SegmentRelease) -> RateResult {
        let n = context.customers
        let company = scenario.company
        let offers = context.offers.count
        let levelCount = levels.count
        let distinct = resolved[0][level]
        var weekResults: [WeekResult] = []
        var campaignTally: [StrategyName: Tally] = [:]
        var firstWeek: [StrategyName: [UInt64]] = [:]
        var contacts: [StrategyName: Int] = [:], dataPoints: [StrategyName: Int] = [:]
        var exposureSum: [StrategyName: Double] = [:]
        var cumulativeConversions: [StrategyName: Int] = [:], cumulativeProfit: [StrategyName: Double] = [:]
        var lastPrivacy: [StrategyName: WeekPrivacy] = [:]
        var organicConversions: [StrategyName: Int] = [:]
        let indexOf = { (value: UInt64) -> Double in n > 0 ? 100 * (Double(value) / Tally.scale) / Double(n) : 0 }

        for week in 1...weeks {
            let values = resolved[week][level]
            let at = (week - 1) * levelCount + level
            var figures: [WeekFigures] = []
            for strategy in scenario.strategies {
                let base = layout.base(strategy)
                func count(_ field: Int) -> Int { Int(values[base + field]) }
                let tally = Tally(flat: values, at: base, offers: offers)
                // Who bought anyway: the contacted sure things and those not contacted (MODEL.md §11.1).
                let organic = count(layout.organicConversions)
                organicConversions[strategy, default: 0] += organic
                let outcome = StrategyFigures(strategy: strategy, customers: n, tally: tally, context: context, privacy: nil,
                                              buyAnyway: tally.sure.reduce(0, +) + organic)
                campaignTally[strategy, default: Tally(offers: offers)].add(tally)
                if week == 1 { firstWeek[strategy] = Array(values[base..<(base + layout.strategyStride)]) }
                contacts[strategy, default: 0] += outcome.contacted
                cumulativeConversions[strategy, default: 0] += outcome.conversions
                cumulativeProfit[strategy, default: 0] += outcome.profitEUR
                var privacy: WeekPrivacy?
                if strategy != .oracle {
                    var p = WeekPrivacy(profiled: count(layout.profiled), profiledWithoutConsent: count(layout.withoutConsent),
                                        minorsProfiled: count(layout.minors), vulnerableTargeted: count(layout.vulnerable),
                                        dataPoints: count(layout.dataPoints), storedRecords: count(layout.storedRecords),
                                        storedEvents: count(layout.storedEvents), reidRiskMean: 0, reidRiskMax: 0, recordsBelowK: 0,
                                        exposureIndex: indexOf(values[base + layout.exposure]))
                    switch strategy {
                    case .personalized:
                        let c = classes[week - 1][level]
                        p.reidRiskMean = c.mean
                        p.reidRiskMax = c.max
                        p.recordsBelowK = c.belowK
                        // Profiled records' exposure, plus the fallback's contacts on e-mail (MODEL.md §13).
                        p.exposureIndex = indexOf(c.exposure &+ values[base + layout.exposure])
                    case .segment:
                        let records = release.contributors[at]
                        p.storedRecords = release.cells[at]
                        p.reidRiskMean = records > 0 ? Double(release.cells[at]) / Double(records) : 0
                        p.reidRiskMax = records > 0 ? 1 / Double(release.smallest[at]) : 0
                    case .unconstrained:
                        p.reidRiskMean = n > 0 ? 1 : 0
                        p.reidRiskMax = n > 0 ? 1 : 0
                        p.recordsBelowK = n > 0 && k > 1 ? 1 : 0
                    default:
                        break
                    }
                    dataPoints[strategy, default: 0] += p.dataPoints
                    exposureSum[strategy, default: 0] += p.exposureIndex
                    lastPrivacy[strategy] = p
                    privacy = p
                }
                figures.append(WeekFigures(
                    strategy: strategy, contacted: outcome.contacted, conversions: outcome.conversions,
                    expectedConversions: outcome.expectedConversions, revenueEUR: outcome.revenueEUR, bonusCostEUR: outcome.bonusCostEUR,
                    profitEUR: outcome.profitEUR, expectedProfitEUR: outcome.expectedProfitEUR,
                    cumulativeConversions: cumulativeConversions[strategy]!, cumulativeProfitEUR: cumulativeProfit[strategy]!,
                    consenting: Int(values[layout.consenting]), withdrawn: Int(values[layout.withdrawn]), privacy: privacy,
                    causal: outcome.causal))
            }
            let segments = context.segmentCount
            let row = at * segments
            weekResults.append(WeekResult(week: week, strategies: figures,
                                          segmentOffers: release.offer[row..<(row + segments)].map { Int($0) },
                                          segmentHasStatistics: Array(release.hasStatistics[row..<(row + segments)])))
        }

        // Campaign totals: sums over weeks, distinct customers, week T's records.
        var ordered: [StrategyFigures] = []
        for strategy in scenario.strategies {
            let tally = campaignTally[strategy]!
            var f = StrategyFigures(strategy: strategy, customers: n, tally: tally, context: context, privacy: nil,
                                    buyAnyway: tally.sure.reduce(0, +) + organicConversions[strategy, default: 0])
            let first = firstWeek[strategy]!
            // Everyone a strategy ever contacts is contacted in week 1, before anyone converts.
            f.contacted = (0..<offers).reduce(0) { $0 + Int(first[layout.contacted + $1]) }
            f.conversionRate = f.contacted > 0 ? Double(f.conversions) / Double(f.contacted) : nil
            f.expectedConversionRate = f.contacted > 0 ? f.expectedConversions / Double(f.contacted) : nil
            if weeks > 1 {
                f.contacts = contacts[strategy]
                f.withdrawnByEnd = weekResults[weeks - 1].strategies.first?.withdrawn
                if strategy == .segment, let epsilon { f.epsilonTotal = Double(weeks) * epsilon }
            }
            if strategy != .oracle, let last = lastPrivacy[strategy] {
                let base = layout.base(strategy)
                let profiled = Int(first[layout.profiled])
                let withoutConsent = strategy == .unconstrained ? Int(distinct[base + layout.withoutConsent]) : 0
                let minors = Int(first[layout.minors]), vulnerable = Int(first[layout.vulnerable])
                let minorsSponsored = Int(distinct[base + layout.minorsSponsored])
                let points = dataPoints[strategy]!
                var records = last.storedRecords
                // The one-shot figures count segment's records as the people in its cells.
                if strategy == .segment { records = release.contributors[(weeks - 1) * levelCount + level] }
                f.privacy = PrivacyFigures(
                    profiled: profiled, profiledWithoutConsent: withoutConsent, minorsProfiled: minors, vulnerableTargeted: vulnerable,
                    dataPoints: points, dataPointsPerCustomer: n > 0 ? Double(points) / Double(n) : 0,
                    exposureIndex: exposureSum[strategy]! / Double(weeks),
                    reidRiskMean: last.reidRiskMean, reidRiskMax: last.reidRiskMax, recordsBelowK: last.recordsBelowK, storedRecords: records,
                    fineCaps: FineCaps(strategy: strategy, profiledWithoutConsent: withoutConsent, minorsShownSponsored: minorsSponsored,
                                       vulnerableTargeted: vulnerable, company: company),
                    minorsShownSponsored: minorsSponsored,
                    statisticsTargeted: Int(distinct[base + layout.statisticsTargeted]))
            }
            ordered.append(f)
        }
        if let broadcastExpected = ordered.first(where: { $0.strategy == .broadcast })?.expectedConversions, broadcastExpected > 0 {
            for i in ordered.indices { ordered[i].upliftVsBroadcast = ordered[i].expectedConversions / broadcastExpected - 1 }
        }
        if let broadcastCaused = ordered.first(where: { $0.strategy == .broadcast })?.causal?.expectedIncrementalConversions, broadcastCaused > 0 {
            for i in ordered.indices {
                if let caused = ordered[i].causal?.expectedIncrementalConversions {
                    ordered[i].causal?.incrementalUpliftVsBroadcast = caused / broadcastCaused - 1
                }
            }
        }
        let last = weekResults[weeks - 1]
        return RateResult(consentRate: levels[level], strategies: ordered, segmentOffers: last.segmentOffers,
                          segmentHasStatistics: last.segmentHasStatistics, weeks: weeks > 1 ? weekResults : [])
    }
}
