import ScenarioKit

/// A population's random draws that the parameters of plausible worlds (MODEL.md §8.2) leave
/// alone, kept so that each world rebuilds its population without drawing it again.
///
/// Worlds share the population seed, and most uncertain keys (base rates and spreads, incentive
/// sensitivities, vulnerable shares, linkage, consent bias, relevance weight, prior strength,
/// offers) change only what is computed from the draws: bᵢ from zᵢ, vulnerability from its
/// uniform, each event's link from its uniform. The draws themselves (u, w, age band, region, z,
/// the vulnerable and link uniforms, θ, context, the events) depend only on the seed and on the
/// cohorts' sizes, shares, interests and history means. `fits` checks exactly those, so a world
/// built from these draws is the world built from its own streams, bit for bit (`WorldDrawsTests`).
public final class WorldDraws: Sendable {
    /// Above this many customers the draws are not kept (about 100 bytes per customer plus 9 per event).
    public static let customerLimit = 2_000_000

    let customers: Int
    let categories: Int
    private let fingerprint: [Double]
    let consentDraw: [Float]
    let conversionDraw: [Double]
    let normal: [Double]
    let vulnerableDraw: [Double]
    let age: [UInt8]
    let region: [UInt16]
    let context: [UInt8]
    /// ln θᵢ, `categories` per customer.
    let logTheta: [Double]
    /// Customer i's events are eventStart[i] ..< eventStart[i + 1] of the two event arrays.
    let eventStart: [Int]
    let eventCategory: [UInt8]
    let linkDraw: [Double]

    /// Records the draws of `scenario`'s population (nil above `limit` customers, or when
    /// `control` is cancelled before the recording finished).
    public convenience init?(scenario: Scenario, threads: Int, limit: Int = WorldDraws.customerLimit, control: WorkControl? = nil) {
        guard scenario.totalCustomers <= limit else { return nil }
        self.init(generator: CustomerGenerator(context: ModelContext(scenario: scenario)), threads: threads, control: control)
        if control?.isCancelled == true { return nil }
    }

    init(generator: CustomerGenerator, threads: Int, control: WorkControl? = nil) {
        let model = generator.context
        customers = model.customers
        categories = model.categoryCount
        fingerprint = generator.tables.drawFingerprint
        let chunkSize = 16_384
        let chunks = (customers + chunkSize - 1) / chunkSize
        let parts = SharedBuffer<Recording>(count: chunks, initial: Recording())
        Parallel.run(workers: threads, chunks: chunks, control: control) { _, chunk in
            let start = chunk * chunkSize
            parts[chunk] = generator.record(start..<min(model.customers, start + chunkSize))
        }
        var all = Recording()
        var offset = 0
        all.eventStart = [0]
        for c in 0..<chunks {
            let part = parts[c]
            all.consentDraw += part.consentDraw
            all.conversionDraw += part.conversionDraw
            all.normal += part.normal
            all.vulnerableDraw += part.vulnerableDraw
            all.age += part.age
            all.region += part.region
            all.context += part.context
            all.logTheta += part.logTheta
            all.eventStart += part.eventStart.dropFirst().map { $0 + offset }
            all.eventCategory += part.eventCategory
            all.linkDraw += part.linkDraw
            offset += part.eventCategory.count
        }
        consentDraw = all.consentDraw
        conversionDraw = all.conversionDraw
        normal = all.normal
        vulnerableDraw = all.vulnerableDraw
        age = all.age
        region = all.region
        self.context = all.context
        logTheta = all.logTheta
        eventStart = all.eventStart
        eventCategory = all.eventCategory
        linkDraw = all.linkDraw
    }

    /// Records the draws of the population `engine` built (nil above `limit` customers, or when
    /// `control` is cancelled first): no second model context for a scenario already loaded.
    public convenience init?(engine: Engine, threads: Int, limit: Int = WorldDraws.customerLimit, control: WorkControl? = nil) {
        guard engine.population.count <= limit else { return nil }
        self.init(generator: engine.population.generator, threads: threads, control: control)
        if control?.isCancelled == true { return nil }
    }

    /// Whether a population drawn by `generator` draws exactly these values.
    public func fits(_ generator: CustomerGenerator) -> Bool { generator.tables.drawFingerprint == fingerprint }

    /// Whether `scenario`'s population draws exactly these values.
    public func fits(_ scenario: Scenario) -> Bool { fits(CustomerGenerator(context: ModelContext(scenario: scenario))) }

    /// Draws of a range of customers, in customer order.
    struct Recording {
        var consentDraw: [Float] = []
        var conversionDraw: [Double] = []
        var normal: [Double] = []
        var vulnerableDraw: [Double] = []
        var age: [UInt8] = []
        var region: [UInt16] = []
        var context: [UInt8] = []
        var logTheta: [Double] = []
        var eventStart: [Int] = [0]
        var eventCategory: [UInt8] = []
        var linkDraw: [Double] = []
    }
}

extension GeneratorTables {
    /// Everything the draws depend on: the seed, the cohorts' places and sizes, their age and
    /// region shares, interests and history means (not what is computed from the draws).
    var drawFingerprint: [Double] {
        var values: [Double] = [Double(bitPattern: seed), Double(categories), Double(cohortCount)]
        for k in 0..<cohortCount {
            let c = cohorts[k]
            values += [Double(c.ageCount), Double(c.regionCount), c.historyMean, c.poissonLimit]
            values += UnsafeBufferPointer(start: c.ageCumulative, count: c.ageCount)
            values += UnsafeBufferPointer(start: c.regionCumulative, count: c.regionCount)
            values += UnsafeBufferPointer(start: c.regionIndex, count: c.regionCount).map { Double($0) }
            values += UnsafeBufferPointer(start: c.alpha, count: categories)
        }
        return values + cohortSizes.map(Double.init)
    }
}

extension CustomerGenerator {
    /// The draws of customers `range`, in the order and by the samplers `generate` uses.
    func record(_ range: Range<Int>) -> WorldDraws.Recording {
        var r = WorldDraws.Recording()
        let categories = tables.categories
        let scratch = Scratch(categories: categories)
        guard !range.isEmpty else { return r }
        var k = cohortIndex(of: range.lowerBound)
        for id in range {
            while k + 1 < context.cohorts.count && id >= context.cohorts[k + 1].offset { k += 1 }
            let cohort = tables.cohorts[k]
            var rng = RandomStream(seed: tables.seed, UInt64(k), UInt64(id - context.cohorts[k].offset))
            // As in `generate`: u, w, age band, region, z, vulnerable, θ, context, n, events.
            r.consentDraw.append(Float(Double(Int64(bitPattern: rng.next() >> 40)) * 0x1.0p-24))
            r.conversionDraw.append(rng.uniform())
            r.age.append(UInt8(rng.categorical(cumulative: UnsafeBufferPointer(start: cohort.ageCumulative, count: cohort.ageCount))))
            r.region.append(UInt16(cohort.regionIndex[rng.categorical(cumulative: UnsafeBufferPointer(start: cohort.regionCumulative, count: cohort.regionCount))]))
            r.normal.append(rng.normal(tables.ziggurat))
            r.vulnerableDraw.append(rng.uniform())
            let logTheta = scratch.logTheta, cumulative = scratch.cumulativeTheta
            drawTheta(&rng, cohort: cohort, logTheta: logTheta, cumulative: cumulative)
            r.logTheta += UnsafeBufferPointer(start: logTheta, count: categories)
            let cumulativeBuffer = UnsafeBufferPointer(start: cumulative, count: categories)
            r.context.append(UInt8(rng.categorical(cumulative: cumulativeBuffer)))
            let n = rng.poisson(cohort.historyMean, limit: cohort.poissonLimit)
            for _ in 0..<n {
                r.eventCategory.append(UInt8(rng.categorical(cumulative: cumulativeBuffer)))
                r.linkDraw.append(rng.uniform())
            }
            r.eventStart.append(r.eventCategory.count)
        }
        return r
    }

    /// Customer `id` (of cohort `k`) from recorded draws, as `generate` would give it under this
    /// generator's parameters; with `clip` > 0 the first events go to `scratch.firstEvents`.
    @inline(__always)
    func replay(_ id: Int, cohort k: Int, draws: WorldDraws, scratch: Scratch, clip: Int) -> Draw {
        let cohort = tables.cohorts[k]
        let categories = tables.categories
        let logTheta = scratch.logTheta
        draws.logTheta.withUnsafeBufferPointer { all in
            for c in 0..<categories { logTheta[c] = all[id * categories + c] }
        }
        let vulnerable = draws.vulnerableDraw[id] < cohort.vulnerableShare
        let rho = tables.linkage
        scratch.clearHistories()
        let from = draws.eventStart[id], n = draws.eventStart[id + 1] - from
        if clip > 0 { scratch.reserveFirstEvents(clip) }
        let first = min(n, clip)
        let firstEvents = scratch.firstEvents
        var linkedCount = 0
        draws.eventCategory.withUnsafeBufferPointer { categoriesOf in
            draws.linkDraw.withUnsafeBufferPointer { links in
                for e in 0..<n {
                    let c = Int(categoriesOf[from + e])
                    if e < first { firstEvents[e] = UInt8(truncatingIfNeeded: c) }
                    linkedCount += scratch.count(event: c, linked: links[from + e] < rho)
                }
            }
        }
        let sensitivity = cohort.sensitivity * (vulnerable ? tables.vulnerableSensitivity : 1)
        let spread = cohort.baseSpread * draws.normal[id]
        return Draw(u: Double(draws.consentDraw[id]), w: draws.conversionDraw[id], age: Int(draws.age[id]), region: Int(draws.region[id]),
                    baseLogit: cohort.logitBase + spread, vulnerable: vulnerable,
                    sensitivity: sensitivity, context: Int(draws.context[id]), eventCount: n, linkedCount: linkedCount,
                    organic: cohort.organic(spread: spread))
    }
}
