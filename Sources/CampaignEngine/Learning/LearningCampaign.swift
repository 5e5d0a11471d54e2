import Dispatch
import Foundation
import ScenarioKit
import Synchronization

/// A campaign whose strategies learn which offer works from weekly feedback (MODEL.md §12,
/// `model.learning: thompson`): every compared strategy at every consent rate of a sweep, week by
/// week, with the figures of §9, §11 and §12.3.
///
/// One pass generates every customer as `WeekPass` does and keeps, per customer and week, what the
/// strategies read (draws, held-history totals, the known rules' offers, profile cells); it also
/// gathers segment's statistics, which do not depend on what anyone chose. Then each week is one
/// pass over the kept customers: every learner chooses by Thompson sampling from the counts of
/// the weeks before, and the week's feedback is summed before the next week starts. Integer sums
/// throughout, so the output is the same for any thread count and chunk size.
public enum LearningCampaign {
    /// Figures for every rate of `rates`, in order; `k` and `epsilon` override the scenario's.
    /// With `knownChoices` every learner picks its known rule's offer instead (a test of the
    /// bookkeeping against `WeeklyCampaign`). nil when `control` was cancelled.
    public static func sweep(scenario: Scenario, rates: [Double], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             chunkSize: Int = 16_384, k kOverride: Int? = nil, epsilon epsilonOverride: Double?? = nil,
                             control: WorkControl? = nil, knownChoices: Bool = false) -> [RateResult]? {
        guard !rates.isEmpty else { return [] }
        let levels = Array(Set(rates)).sorted()
        let run = CampaignRun(scenario: scenario, levels: levels, k: kOverride ?? scenario.privacy.k,
                              epsilon: epsilonOverride ?? scenario.privacy.epsilon, threads: max(1, threads),
                              chunkSize: max(1, chunkSize), learning: true)
        guard let (results, _) = LearningRun(run: run, knownChoices: knownChoices).run(control: control) else { return nil }
        return rates.map { rate in
            var result = results[levels.firstIndex(of: rate)!]
            result.consentRate = rate
            return result
        }
    }

    /// What each learning strategy did with customers `ids` in week `week` at consent `rate`: the
    /// cell, its observations before the week, the offer drawn and its chance, the known rule's
    /// offer (MODEL.md §12, for `explain`). A strategy is missing where it no longer contacts them.
    public static func trace(scenario: Scenario, customers ids: [Int], rate: Double, week: Int,
                             threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [[LearnerChoice]] {
        let run = CampaignRun(scenario: scenario, levels: [rate], k: scenario.privacy.k, epsilon: scenario.privacy.epsilon,
                              threads: max(1, threads), chunkSize: 16_384, learning: true)
        let tracing = LearnerTracing(ids: Set(ids), week: week, level: 0)
        _ = LearningRun(run: run, knownChoices: false, tracing: tracing).run(control: nil)
        return ids.map { tracing.choices(of: $0) }
    }

    /// Observations in personalized's profile cells at each of `rates` (sorted, distinct) by the
    /// end of the campaign: Σ n over its profile table (for tests of MODEL.md §12.4).
    static func profileObservations(scenario: Scenario, rates: [Double], threads: Int = 2) -> [UInt64] {
        let run = CampaignRun(scenario: scenario, levels: rates, k: scenario.privacy.k, epsilon: scenario.privacy.epsilon,
                              threads: threads, chunkSize: 16_384, learning: true)
        let (_, tables) = LearningRun(run: run, knownChoices: false).run(control: nil)!
        let t = tables.thompson, offers = t.offers
        return tables.personal.map { table in
            (0..<t.tables[table].cells).reduce(UInt64(0)) { sum, c in
                (0..<offers).reduce(sum) { $0 + t.counts[(t.cell(table, c) * offers + $1) * 2] }
            }
        }
    }

    /// Peak bytes a learning campaign of `scenario` may need: what it keeps per customer and week,
    /// and the personalised records of every week.
    public static func estimatedPeakBytes(_ scenario: Scenario, rates: Int, threads: Int) -> Int {
        let weeks = scenario.campaign.weeks
        let kept = scenario.totalCustomers * LearnerChunk.bytesPerCustomer(weeks: weeks, offers: scenario.offers.count, levels: rates)
        let records = scenario.totalCustomers * weeks * (14 + 8 * ((rates + 63) / 64))
        return kept + records + records / 2 + WeeklyCampaign.estimatedPeakBytes(scenario, rates: rates, threads: threads) / 4
    }
}

/// One learning campaign: the preparing pass, the weekly passes and the assembly.
struct LearningRun {
    let run: CampaignRun
    let knownChoices: Bool
    /// Customers whose choices of one week at one level are recorded for `explain`.
    var tracing: LearnerTracing? = nil
    var context: ModelContext { run.context }
    var layout: WeekLayout { run.layout }

    /// The learners' tables: one per level-independent strategy, four per level.
    struct Tables: Sendable {
        var thompson: ThompsonTables
        var broadcast = 0, contextual = 0, unconstrained = 0
        var personal: [Int] = [], personalFallback: [Int] = [], segment: [Int] = [], segmentFallback: [Int] = []
        /// The mask index of what minors may see (adult-only offers left out).
        var minorMask = 0
    }

    static func tables(context: ModelContext, levels: Int) -> Tables {
        let offers = context.offers.count
        let all: UInt64 = offers >= 64 ? .max : (1 << UInt64(offers)) - 1
        var forMinors: UInt64 = 0
        for (o, offer) in context.offers.enumerated() where !offer.adultOnly { forMinors |= 1 << UInt64(o) }
        let masks = forMinors == all || forMinors == 0 ? [all] : [all, forMinors]
        var t = Tables(thompson: ThompsonTables(offers: offers, margins: context.offers.map(\.margin), masks: masks))
        t.minorMask = masks.count - 1
        let categories = context.categoryCount
        let contexts = (0..<categories).map { (ThompsonTables.Kind.context, $0) }
        let profiles = (0..<categories).map { (ThompsonTables.Kind.profile, $0) }
        let fallback = context.scenario.privacy.fallback == .contextual ? contexts : [(.everyone, 0)]
        // Unconstrained shows minors every offer; the profiles and segments of compliant strategies serve no minors.
        t.broadcast = t.thompson.addTable([(.everyone, 0)], minors: true)
        t.contextual = t.thompson.addTable(contexts, minors: true)
        t.unconstrained = t.thompson.addTable(profiles, minors: false)
        for _ in 0..<levels {
            t.personal.append(t.thompson.addTable(profiles, minors: false))
            t.personalFallback.append(t.thompson.addTable(fallback, minors: true))
            t.segment.append(t.thompson.addTable((0..<context.segmentCount).map { (.segment, $0) } + [(.pooled, 0)], minors: false))
            t.segmentFallback.append(t.thompson.addTable(fallback, minors: true))
        }
        return t
    }

    /// A worker's scratch and sums.
    private final class Worker {
        let scratch: WeekPass.Scratch
        var events = WeekPass.Events()
        var segmentTotals: [UInt64]
        var totals: [UInt64]
        var feedback: [UInt64]
        var records: [LearnerRecords]
        init(run: CampaignRun, segmentSize: Int, feedback: Int) {
            scratch = WeekPass.Scratch(context: run.context, weeks: run.weeks, levels: run.levels.count)
            segmentTotals = .init(repeating: 0, count: segmentSize)
            totals = .init(repeating: 0, count: run.layout.size)
            self.feedback = .init(repeating: 0, count: feedback)
            records = .init(repeating: LearnerRecords(), count: run.weeks)
        }
    }

    func run(control: WorkControl?) -> ([RateResult], Tables)? {
        let weeks = run.weeks, levelCount = run.levels.count
        let pass = WeekPass(context: context, rules: run.rules, generator: run.generator, layout: layout,
                            segmentLayout: SegmentLayout(segments: context.segmentCount, categories: context.categoryCount,
                                                         levels: levelCount, weeks: weeks),
                            levelTable: LevelTable(run.levels, context: context),
                            withdrawal: run.scenario.consent.withdrawalWeekly, retention: run.scenario.privacy.retentionWeeks)
        var tables = Self.tables(context: context, levels: levelCount)
        let chunkCount = run.chunks
        var next = 0
        let chunks = PerWorker(count: chunkCount) { () -> LearnerChunk in
            let range = run.range(next)
            next += 1
            return LearnerChunk(first: range.lowerBound, count: range.count, weeks: weeks, offers: context.offers.count, levels: levelCount)
        }
        let workerCount = max(1, min(run.threads, chunkCount))
        let segmentSize = pass.segmentLayout.size, feedbackSize = tables.thompson.countSize
        let workers = PerWorker(count: workerCount) { Worker(run: run, segmentSize: segmentSize, feedback: feedbackSize) }
        // Every pass reports its chunks, announced at once so that progress never runs backwards.
        control?.expect(chunkCount * (weeks + 1))

        // Every customer once: what the weeks will read, and segment's statistics.
        Parallel.run(workers: workerCount, chunks: chunkCount, control: nil) { w, c in
            if control?.isCancelled == true { return }
            let worker = workers[w]
            var segmentTotals = worker.segmentTotals, events = worker.events
            worker.segmentTotals = []
            segmentTotals.withUnsafeMutableBufferPointer { g in
                prepare(chunks[c], pass: pass, scratch: worker.scratch, events: &events, segmentTotals: g.baseAddress!)
            }
            worker.segmentTotals = segmentTotals
            worker.events = events
            control?.finished()
        }
        if control?.isCancelled == true { return nil }
        var segmentTotals = workers[0].segmentTotals
        for worker in workers.all.dropFirst() {
            for i in segmentTotals.indices { segmentTotals[i] &+= worker.segmentTotals[i] }
        }
        let release = SegmentRelease(run: run, totals: segmentTotals, layout: pass.segmentLayout)
        var cellsLearning: [[Int]] = []

        for week in 1...weeks {
            if !knownChoices {
                tables.thompson.prepare(week: week, seed: run.scenario.seed, threads: run.threads,
                                        used: Self.usedCells(tables, week: week, release: release, segments: context.segmentCount))
            }
            let frozen = tables
            Parallel.run(workers: workerCount, chunks: chunkCount, control: nil) { w, c in
                if control?.isCancelled == true { return }
                let worker = workers[w]
                var totals = worker.totals, feedback = worker.feedback, records = worker.records[week - 1]
                worker.totals = []
                worker.feedback = []
                totals.withUnsafeMutableBufferPointer { t in
                    feedback.withUnsafeMutableBufferPointer { f in
                        self.week(week, chunks[c], tables: frozen, release: release, into: t.baseAddress!, feedback: f.baseAddress!,
                                  records: &records)
                    }
                }
                worker.totals = totals
                worker.feedback = feedback
                worker.records[week - 1] = records
                control?.finished()
            }
            if control?.isCancelled == true { return nil }
            var feedback = [UInt64](repeating: 0, count: feedbackSize)
            for worker in workers.all {
                for i in feedback.indices { feedback[i] &+= worker.feedback[i] }
                for i in worker.feedback.indices { worker.feedback[i] = 0 }
            }
            tables.thompson.add(feedback)
            cellsLearning.append((0..<tables.thompson.tables.count).map { tables.thompson.cellsLearning($0) })
        }
        var totals = workers[0].totals
        for worker in workers.all.dropFirst() {
            for i in totals.indices { totals[i] &+= worker.totals[i] }
        }
        let classes = Self.weeklyClasses(workers.all.map(\.records), run: run)
        let resolved = (0...weeks).map { layout.resolve(totals, week: $0) }
        let results = (0..<levelCount).map { level in
            var result = run.assemble(level: level, resolved: resolved, classes: classes, release: release)
            addLearningFigures(&result, level: level, resolved: resolved, tables: tables, cellsLearning: cellsLearning)
            return result
        }
        return (results, tables)
    }

    /// The cells a customer can reach in week `week`: all but segment's, whose segments count only
    /// where they have statistics that week, and whose pooled cell only where one has none.
    static func usedCells(_ tables: Tables, week: Int, release: SegmentRelease, segments: Int) -> [Bool] {
        let thompson = tables.thompson
        var used = [Bool](repeating: true, count: thompson.cellCount)
        let levels = tables.segment.count
        for (l, table) in tables.segment.enumerated() {
            var pooled = false
            for s in 0..<segments {
                let has = release.hasStatistics[((week - 1) * levels + l) * segments + s]
                used[thompson.cell(table, s)] = has
                pooled = pooled || !has
            }
            used[thompson.cell(table, segments)] = pooled
        }
        return used
    }

    // MARK: - The preparing pass

    /// Generates the customers of `chunk` through every week, as `WeekPass.follow` does, and keeps
    /// what the weekly passes read; adds segment's statistics to `segmentTotals`.
    private func prepare(_ chunk: LearnerChunk, pass: WeekPass, scratch: WeekPass.Scratch, events: inout WeekPass.Events,
                         segmentTotals: UnsafeMutablePointer<UInt64>) {
        let weeks = run.weeks, never = run.levels.count, offers = context.offers.count
        let categories = context.categoryCount, regions = context.regions.count
        let clip = run.scenario.privacy.historyClip
        let cellStride = pass.segmentLayout.segmentStride
        let kappa = run.scenario.model.priorStrength
        let prior = context.thetaBar.map { kappa * $0 }
        let probability = scratch.offerValues.probability
        let rules = run.rules
        /// The top category of (κθ̄ + h)/(κ + Σh): ties go to the first (MODEL.md §12.1).
        func top(_ h: UnsafePointer<Int32>) -> UInt8 {
            var best = 0, bestValue = -Double.infinity
            for c in 0..<categories {
                let v = prior[c] + Double(h[c])
                if v > bestValue { best = c; bestValue = v }
            }
            return UInt8(best)
        }
        var i = 0
        pass.forEachCustomer(chunk.first..<(chunk.first + chunk.count)) { k, index, _ in
            let draw = pass.start(cohort: k, index: index, scratch: scratch, events: &events)
            let s = scratch.customer
            for o in 0..<offers { probability[o] = run.generator.probability(offer: o, draw: draw, scratch: s) }
            let choice = rules.choices(draw: draw, scratch: s, probability: UnsafeBufferPointer(start: probability, count: offers))
            let q = draw.organic
            for o in 0..<offers {
                let pi = q > 0 ? q + (1 - q) * probability[o] : probability[o]
                chunk.pi[i * offers + o] = pi
                chunk.piFixed[i * offers + o] = Tally.fixed(pi)
            }
            let minor = draw.age == 0
            var flags: UInt8 = minor ? LearnerChunk.minor : 0
            if draw.vulnerable { flags |= LearnerChunk.vulnerable }
            if choice.broadcast == nil { flags |= LearnerChunk.suppressed }
            if choice.profileable { flags |= LearnerChunk.profileable }
            chunk.flags[i] = flags
            chunk.age[i] = UInt8(draw.age)
            chunk.region[i] = Int32(draw.region)
            chunk.organic[i] = q
            chunk.oracle[i] = Int8(choice.oracle ?? -1)
            chunk.broadcastKnown[i] = Int8(choice.broadcast ?? -1)
            let level = pass.threshold(draw.u, cohort: k)
            chunk.level[i] = Int32(level)
            let seg = draw.age * regions + draw.region
            var cumulativeTotal = draw.eventCount, windowTotal = draw.linkedCount
            var withdrawnIn = Int.max
            for week in 1...weeks {
                var w = draw.w, x = draw.context
                if week >= 2 {
                    let next = pass.advance(week, cohort: k, index: index, scratch: scratch, events: &events,
                                            cumulativeTotal: &cumulativeTotal, windowTotal: &windowTotal)
                    if withdrawnIn == Int.max && next.withdrawal < pass.withdrawal { withdrawnIn = week }
                    w = next.conversion
                    x = next.context
                }
                let active = level < never && week < withdrawnIn
                if active && !minor {
                    let cell = segmentTotals + pass.segmentLayout.block(week, level) + seg * cellStride
                    cell[0] &+= 1
                    let from = events.weekStart[pass.windowStart(week) - 1]
                    let to = min(events.categories.count, from + clip)
                    for e in from..<to { cell[1 + Int(events.categories[e])] &+= 1 }
                }
                let at = i * weeks + week - 1
                chunk.w[at] = w
                chunk.context[at] = UInt8(x)
                chunk.cumulativeTotal[at] = Int32(clamping: cumulativeTotal)
                chunk.windowTotal[at] = Int32(clamping: windowTotal)
                chunk.unconstrainedCell[at] = top(scratch.cumulative)
                chunk.unconstrainedKnown[at] = UInt8(draw.vulnerable ? context.highestIncentiveOffer
                    : rules.chooseFromWholeCounts(scratch.cumulative, UnsafeBufferPointer(start: scratch.cumulativeValues, count: categories),
                                                  total: cumulativeTotal))
                if choice.profileable {
                    chunk.personalCell[at] = top(scratch.window)
                    chunk.personalKnown[at] = UInt8(rules.chooseFromWholeCounts(scratch.window, UnsafeBufferPointer(start: scratch.windowValues, count: categories),
                                                                                total: windowTotal))
                    if active {
                        chunk.recordKey[at] = ChunkBuilder.classKey(age: draw.age, region: draw.region,
                                                                    linked: UnsafeBufferPointer(start: scratch.windowValues, count: categories))
                    }
                }
            }
            chunk.withdrawnIn[i] = withdrawnIn == Int.max ? Int32.max : Int32(withdrawnIn)
            i += 1
        }
    }

    // MARK: - One week

    /// Week `week` of every strategy for the customers of `chunk`, choosing from `tables`; adds the
    /// figures to `totals`, the feedback to `feedback` and personalized's records to `records`.
    private func week(_ week: Int, _ chunk: LearnerChunk, tables: Tables, release: SegmentRelease,
                      into totals: UnsafeMutablePointer<UInt64>, feedback: UnsafeMutablePointer<UInt64>, records: inout LearnerRecords) {
        let layout = self.layout
        let weeks = run.weeks, levels = layout.levels, never = levels, offers = context.offers.count
        let segments = context.segmentCount, regions = context.regions.count
        let halfExposure = run.scenario.model.exposureHalf
        let contextualFallback = run.scenario.privacy.fallback == .contextual
        let channel = context.channel, address = channel.address
        let highest = context.highestIncentiveOffer
        let sponsored = context.offers.map(\.sponsored)
        let rules = run.rules
        let thompson = tables.thompson
        let oracleBase = layout.base(.oracle), unconstrainedBase = layout.base(.unconstrained)
        let broadcastBase = layout.base(.broadcast), contextualBase = layout.base(.contextual)
        let personalBase = layout.base(.personalized), segmentBase = layout.base(.segment)
        let compliantBases = [broadcastBase, contextualBase, personalBase, segmentBase]
        let known = layout.knownExpected
        let d = Double(2 + address)
        let segmentPlain = Tally.fixed(d / (d + halfExposure) * 0.5)
        let statisticsPoints = UInt64(2 + address), addressExposure = channel.exposure(contextual: false)
        let words = chunk.words
        // Locals, not the chunk's stored arrays: a class's stored var costs an exclusivity check per access.
        var doneFlags = chunk.done, personalDone = chunk.personalDone, segmentDone = chunk.segmentDone
        var segmentTargeted = chunk.segmentTargeted
        chunk.done = []; chunk.personalDone = []; chunk.segmentDone = []; chunk.segmentTargeted = []
        defer {
            chunk.done = doneFlags; chunk.personalDone = personalDone; chunk.segmentDone = segmentDone
            chunk.segmentTargeted = segmentTargeted
        }
        let flagsOf = chunk.flags, levelOf = chunk.level, withdrawnOf = chunk.withdrawnIn, wOf = chunk.w, contextOf = chunk.context
        let organicOf = chunk.organic, pi = chunk.pi, piFixed = chunk.piFixed, oracleOf = chunk.oracle
        let cumulativeOf = chunk.cumulativeTotal, windowOf = chunk.windowTotal, unconstrainedKnownOf = chunk.unconstrainedKnown
        let unconstrainedCellOf = chunk.unconstrainedCell, personalKnownOf = chunk.personalKnown, personalCellOf = chunk.personalCell
        let recordKeyOf = chunk.recordKey, broadcastKnownOf = chunk.broadcastKnown, ageOf = chunk.age, regionOf = chunk.region
        let seed = run.scenario.seed

        for i in 0..<chunk.count {
            let flags = flagsOf[i]
            let minor = flags & LearnerChunk.minor != 0, vulnerable = flags & LearnerChunk.vulnerable != 0
            let profileable = flags & LearnerChunk.profileable != 0
            let level = Int(levelOf[i]), withdrawnIn = withdrawnOf[i] == Int32.max ? Int.max : Int(withdrawnOf[i])
            let at = i * weeks + week - 1
            let w = wOf[at], x = Int(contextOf[at])
            let q = organicOf[i]
            let sure = w < q
            let organicFixed: UInt64 = q > 0 ? Tally.fixed(q) : 0
            let active = level < never && week < withdrawnIn
            let piBase = i * offers
            var done = doneFlags[i]
            // cᵢₜ: one uniform per customer and week, shared by every strategy (MODEL.md §12.2).
            var draw = RandomStream(seed: seed, 0xC4_01CE | UInt64(week) << 40, UInt64(chunk.first + i))
            let c = knownChoices ? 0 : draw.uniform()

            let all = totals + layout.atOrAbove(week, 0)
            let consenting = totals + layout.atOrAbove(week, level)
            let before = totals + layout.below(week, level)
            if level < never {
                if active { consenting[layout.consenting] &+= 1 } else { consenting[layout.withdrawn] &+= 1 }
            }
            let traced = tracing.map { $0.week == week && $0.ids.contains(chunk.first + i) } ?? false
            /// The offer a learner shows: Thompson's draw from its cell, or the known rule's offer.
            func pick(_ table: Int, _ cell: Int, _ mask: Int, _ knownOffer: Int, _ strategy: StrategyName, level l: Int? = nil) -> Int {
                let o = knownChoices ? knownOffer : thompson.choose(cell: thompson.cell(table, cell), mask: mask, draw: c)
                if traced, let tracing, l == nil || l == tracing.level {
                    tracing.record(customer: chunk.first + i, LearnerChoice(strategy: strategy, thompson: thompson, table: table, cell: cell,
                                                                            mask: mask, offer: o, known: knownOffer))
                }
                return o
            }
            /// One contact of offer `o` where the known rule would show `knownOffer`; true when it converts.
            func contact(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, _ o: Int, _ knownOffer: Int) -> Bool {
                let converted = w < pi[piBase + o]
                Tally.record(block, base: base, offers: offers, offer: o, fixed: piFixed[piBase + o], converted: converted,
                             sure: sure, organic: organicFixed)
                block[base + known + knownOffer] &+= piFixed[piBase + knownOffer]
                return converted
            }
            /// What a learner sees: one more customer of the cell shown `o`, and whether they converted.
            func observe(_ table: Int, _ cell: Int, _ o: Int, _ converted: Bool) {
                let at = (thompson.cell(table, cell) * offers + o) * 2
                feedback[at] &+= 1
                if converted { feedback[at + 1] &+= 1 }
            }
            func buysAnyway(_ block: UnsafeMutablePointer<UInt64>, _ base: Int) -> Bool { layout.buysAnyway(block, base, sure: sure) }
            func plain(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, contextual: Bool) {
                layout.plain(block, base, contextual: contextual, channel: channel)
            }

            // The oracle knows the truth and does not learn.
            if done & LearnerDone.oracle == 0 {
                let o = Int(oracleOf[i])
                let converted = o >= 0 ? contact(all, oracleBase, o, o) : buysAnyway(all, oracleBase)
                if converted { done |= LearnerDone.oracle }
            }

            // The counterexample learns from everyone, consent or not.
            all[unconstrainedBase + layout.storedRecords] &+= 1
            all[unconstrainedBase + layout.storedEvents] &+= UInt64(cumulativeOf[at])
            if done & LearnerDone.unconstrained == 0 {
                let u = unconstrainedBase
                let knownOffer = Int(unconstrainedKnownOf[at]), cell = Int(unconstrainedCellOf[at])
                // Vulnerable customers get the highest incentive by rule, as in §4.
                let o = vulnerable ? highest : pick(tables.unconstrained, cell, 0, knownOffer, .unconstrained)
                all[u + layout.profiled] &+= 1
                if active { before[u + layout.withoutConsent] &+= 1 } else { all[u + layout.withoutConsent] &+= 1 }
                if week == 1 { (totals + layout.below(0, level))[u + layout.withoutConsent] &+= 1 }
                if level < never && week >= withdrawnIn && done & LearnerDone.contactedAfterWithdrawal == 0 {
                    done |= LearnerDone.contactedAfterWithdrawal
                    (totals + layout.atOrAbove(0, level))[u + layout.withoutConsent] &+= 1
                }
                if minor { all[u + layout.minors] &+= 1 }
                if minor && sponsored[o] {
                    all[u + layout.minorsSponsored] &+= 1
                    if done & LearnerDone.sponsoredToMinor == 0 {
                        done |= LearnerDone.sponsoredToMinor
                        (totals + layout.atOrAbove(0, 0))[u + layout.minorsSponsored] &+= 1
                    }
                }
                if vulnerable { all[u + layout.vulnerable] &+= 1 }
                let total = Int(cumulativeOf[at])
                all[u + layout.dataPoints] &+= UInt64(2 + address + total)
                let dd = Double(2 + address + total)
                all[u + layout.exposure] &+= Tally.fixed(dd / (dd + halfExposure))
                let converted = contact(all, u, o, knownOffer)
                observe(tables.unconstrained, cell, o, converted)
                if converted { done |= LearnerDone.unconstrained }
            }

            guard flags & LearnerChunk.suppressed == 0 else {
                if sure && done & LearnerDone.unreached == 0 {
                    done |= LearnerDone.unreached
                    for base in compliantBases { all[base + layout.organicConversions] &+= 1 }
                }
                doneFlags[i] = done
                continue
            }
            let mask = minor ? tables.minorMask : 0
            let broadcastKnown = Int(broadcastKnownOf[i])
            let contextualKnown = minor ? rules.contextualOffer[x].minor! : rules.contextualOffer[x].adult
            let fallbackKnown = contextualFallback ? contextualKnown : broadcastKnown
            let fallbackCell = contextualFallback ? x : 0
            let vulnerableCount: UInt64 = vulnerable ? 1 : 0
            if done & LearnerDone.broadcast == 0 {
                all[broadcastBase + layout.vulnerable] &+= vulnerableCount
                plain(all, broadcastBase, contextual: false)
                let o = pick(tables.broadcast, 0, mask, broadcastKnown, .broadcast)
                let converted = contact(all, broadcastBase, o, broadcastKnown)
                observe(tables.broadcast, 0, o, converted)
                if converted { done |= LearnerDone.broadcast }
            }
            if done & LearnerDone.contextual == 0 {
                all[contextualBase + layout.vulnerable] &+= vulnerableCount
                plain(all, contextualBase, contextual: true)
                let o = pick(tables.contextual, x, mask, contextualKnown, .contextual)
                let converted = contact(all, contextualBase, o, contextualKnown)
                observe(tables.contextual, x, o, converted)
                if converted { done |= LearnerDone.contextual }
            }
            doneFlags[i] = done

            // Personalised: each level has its own learner, so each level follows the customer.
            let p = personalBase
            let bits = i * words
            if profileable && active {
                consenting[p + layout.storedRecords] &+= 1
                consenting[p + layout.storedEvents] &+= UInt64(windowOf[at])
                records.keys.append(recordKeyOf[at])
                records.levels.append(UInt16(level))
                records.linked.append(windowOf[at])
                for word in 0..<words {
                    // Contacted at the levels from `level` on where they have not converted yet.
                    var reach = ~personalDone[bits + word]
                    let low = word * 64
                    if level > low { reach &= level - low >= 64 ? 0 : ~((1 << UInt64(level - low)) - 1) }
                    if levels - low < 64 { reach &= (1 << UInt64(levels - low)) - 1 }
                    records.reach.append(reach)
                }
            }
            for l in 0..<levels {
                let (word, bit) = (bits + l / 64, UInt64(1) << UInt64(l % 64))
                guard personalDone[word] & bit == 0 else { continue }
                let exact = totals + layout.exactly(week, l)
                let converted: Bool
                if profileable && l >= level && active {
                    let knownOffer = Int(personalKnownOf[at]), cell = Int(personalCellOf[at])
                    let o = pick(tables.personal[l], cell, 0, knownOffer, .personalized, level: l)
                    exact[p + layout.profiled] &+= 1
                    exact[p + layout.dataPoints] &+= UInt64(2 + address + Int(windowOf[at]))
                    converted = contact(exact, p, o, knownOffer)
                    observe(tables.personal[l], cell, o, converted)
                } else {
                    let o = pick(tables.personalFallback[l], fallbackCell, mask, fallbackKnown, .personalized, level: l)
                    exact[p + layout.vulnerable] &+= vulnerableCount
                    plain(exact, p, contextual: contextualFallback)
                    converted = contact(exact, p, o, fallbackKnown)
                    observe(tables.personalFallback[l], fallbackCell, o, converted)
                }
                if converted { personalDone[word] |= bit }
            }

            // Segment: minors by its fallback; everyone else by their segment's cell, level by level.
            let g = segmentBase
            let seg = Int(ageOf[i]) * regions + Int(regionOf[i])
            for l in 0..<levels {
                let (word, bit) = (bits + l / 64, UInt64(1) << UInt64(l % 64))
                guard segmentDone[word] & bit == 0 else { continue }
                let exact = totals + layout.exactly(week, l)
                let converted: Bool
                if minor {
                    exact[g + layout.vulnerable] &+= vulnerableCount
                    plain(exact, g, contextual: contextualFallback)
                    let o = pick(tables.segmentFallback[l], fallbackCell, mask, fallbackKnown, .segment, level: l)
                    converted = contact(exact, g, o, fallbackKnown)
                    observe(tables.segmentFallback[l], fallbackCell, o, converted)
                } else {
                    let r = ((week - 1) * levels + l) * segments + seg
                    let statistics = release.hasStatistics[r]
                    if statistics {
                        exact[g + layout.statisticsTargeted] &+= 1
                        if segmentTargeted[word] & bit == 0 {
                            segmentTargeted[word] |= bit
                            (totals + layout.exactly(0, l))[g + layout.statisticsTargeted] &+= 1
                        }
                        exact[g + layout.dataPoints] &+= statisticsPoints
                        exact[g + layout.exposure] &+= level <= l && active ? release.risky[r] : segmentPlain
                    } else if address > 0 {
                        exact[g + layout.dataPoints] &+= UInt64(address)
                        exact[g + layout.exposure] &+= addressExposure
                    }
                    exact[g + layout.vulnerable] &+= vulnerableCount
                    let knownOffer = Int(release.offer[r]), cell = statistics ? seg : segments
                    let o = pick(tables.segment[l], cell, 0, knownOffer, .segment, level: l)
                    converted = contact(exact, g, o, knownOffer)
                    observe(tables.segment[l], cell, o, converted)
                }
                if converted { segmentDone[word] |= bit }
            }
        }
    }

    // MARK: - Records and figures

    /// Re-identification figures of `personalized` per week and level, as `CampaignRun.weeklyClasses`
    /// computes them, with each record contacted at the levels its bits say.
    static func weeklyClasses(_ parts: [[LearnerRecords]], run: CampaignRun) -> [[ClassFigures]] {
        let count = run.levels.count, k = run.k, half = run.scenario.model.exposureHalf, weeks = run.weeks
        let words = (count + 63) / 64
        let extra = run.context.channel.address
        let slots = SharedBuffer<[ClassFigures]>(count: weeks, initial: [])
        DispatchQueue.concurrentPerform(iterations: weeks) { week in
            var keys: [UInt64] = [], levelOf: [UInt16] = [], linked: [Int32] = [], reach: [UInt64] = []
            for part in parts {
                keys += part[week].keys
                levelOf += part[week].levels
                linked += part[week].linked
                reach += part[week].reach
            }
            let order = keys.indices.sorted { keys[$0] < keys[$1] }
            var sizes = ClassSizes(levels: count, k: k, halfExposure: half, extraPoints: extra)
            var members = [UInt32](repeating: 0, count: count + 1)
            var reached = [UInt32](repeating: 0, count: count + 1)
            var i = 0
            while i < order.count {
                var j = i, first = count
                let key = keys[order[i]]
                while j < order.count && keys[order[j]] == key {
                    let r = order[j], level = Int(levelOf[r])
                    members[level] += 1
                    for l in level..<count where reach[r * words + l / 64] & (1 << UInt64(l % 64)) != 0 { reached[l] += 1 }
                    first = min(first, level)
                    j += 1
                }
                members.withUnsafeBufferPointer { m in
                    reached.withUnsafeBufferPointer { r in
                        sizes.addClass(linked: min(Int(linked[order[i]]), Int(UInt16.max)), firstConsenting: m.baseAddress!, from: first,
                                       reachedAt: r.baseAddress!)
                    }
                }
                for level in first...count { members[level] = 0; reached[level] = 0 }
                i = j
            }
            slots[week] = sizes.figures()
        }
        return (0..<weeks).map { slots[$0] }
    }

    /// Adds §12.3's figures to `result` (level `level`): each week's and the campaign's learning
    /// regret and cells with observations, for every strategy but the oracle.
    private func addLearningFigures(_ result: inout RateResult, level: Int, resolved: [[[UInt64]]], tables: Tables, cellsLearning: [[Int]]) {
        let offers = context.offers.count, weeks = run.weeks
        let margins = context.offers.map(\.margin)
        func tablesOf(_ s: StrategyName) -> [Int] {
            switch s {
            case .broadcast: [tables.broadcast]
            case .contextual: [tables.contextual]
            case .unconstrained: [tables.unconstrained]
            case .personalized: [tables.personal[level], tables.personalFallback[level]]
            case .segment: [tables.segment[level], tables.segmentFallback[level]]
            case .oracle: []
            }
        }
        func regret(_ values: [UInt64], _ s: StrategyName) -> Double {
            let base = layout.base(s)
            var sum = 0.0
            for o in 0..<offers {
                let difference = Double(Int64(bitPattern: values[base + layout.knownExpected + o] &- values[base + layout.expected + o]))
                sum += margins[o] * difference / Tally.scale
            }
            return sum
        }
        var campaign: [StrategyName: Double] = [:]
        for week in 1...weeks {
            let values = resolved[week][level]
            let figures: [WeekFigures]
            if weeks > 1 { figures = result.weeks[week - 1].strategies } else { figures = [] }
            var updated = figures
            for s in run.scenario.strategies where s != .oracle {
                let r = regret(values, s)
                campaign[s, default: 0] += r
                let cells = tablesOf(s).reduce(0) { $0 + cellsLearning[week - 1][$1] }
                if weeks > 1, let index = updated.firstIndex(where: { $0.strategy == s }) {
                    updated[index].learning = LearningFigures(regretEUR: r, cellsLearning: cells)
                }
            }
            if weeks > 1 { result.weeks[week - 1].strategies = updated }
        }
        for index in result.strategies.indices {
            let s = result.strategies[index].strategy
            guard s != .oracle else { continue }
            let cells = tablesOf(s).reduce(0) { $0 + cellsLearning[weeks - 1][$1] }
            result.strategies[index].learning = LearningFigures(regretEUR: campaign[s] ?? 0, cellsLearning: cells)
        }
    }
}

/// One learning strategy's choice for one customer in one week (for `explain`).
public struct LearnerChoice: Sendable, Equatable {
    /// The strategy.
    public var strategy: StrategyName
    /// The cell's kind: everyone, the page context, a profile's top category, a segment, or the pooled cell.
    public var cellKind: String
    /// The cell's index within its kind (a category or a segment).
    public var cellIndex: Int
    /// Customers of the cell shown any offer in the weeks before.
    public var observations: Int
    /// The offer shown, and the chance Thompson sampling gave it.
    public var offer: Int
    /// The chance Thompson sampling gave the offer shown (P_best).
    public var probability: Double
    /// The offer the known rule would have shown.
    public var known: Int

    init(strategy: StrategyName, thompson: ThompsonTables, table: Int, cell: Int, mask: Int, offer: Int, known: Int) {
        self.strategy = strategy
        let global = thompson.cell(table, cell)
        cellKind = "\(thompson.tables[table].kinds[cell])"
        cellIndex = thompson.cellIndex[global]
        observations = (0..<thompson.offers).reduce(0) { $0 + Int(thompson.counts[(global * thompson.offers + $1) * 2]) }
        self.offer = offer
        let base = (global * thompson.masks.count + mask) * thompson.offers
        let before = offer > 0 ? thompson.cumulative.isEmpty ? 0 : thompson.cumulative[base + offer - 1] : 0
        // Cumulative sums skip offers outside the mask, whose own entry stays at its predecessor's.
        probability = thompson.cumulative.isEmpty ? 1 : thompson.cumulative[base + offer] - (offer > 0 ? before : 0)
        self.known = known
    }
}

/// Collects `LearnerChoice`s of traced customers from the workers of one week.
final class LearnerTracing: Sendable {
    let ids: Set<Int>
    let week: Int
    let level: Int
    private let found = Mutex<[Int: [LearnerChoice]]>([:])

    init(ids: Set<Int>, week: Int, level: Int) {
        self.ids = ids
        self.week = week
        self.level = level
    }

    func record(customer: Int, _ choice: LearnerChoice) { found.withLock { $0[customer, default: []].append(choice) } }
    func choices(of customer: Int) -> [LearnerChoice] { found.withLock { $0[customer] ?? [] } }
}

/// What learning costs a strategy and how far it has got (MODEL.md §12.3).
public struct LearningFigures: Sendable, Equatable {
    /// Σ over contacted customers of the expected profit of the known rule's offer minus that of
    /// the offer shown, in euros (negative where learning found a better offer than the known rule's estimate).
    public var regretEUR: Double
    /// Cells with at least one observation by the end of the week (of the campaign, in totals).
    public var cellsLearning: Int
}
