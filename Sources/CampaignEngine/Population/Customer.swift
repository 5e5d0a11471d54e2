import Foundation
import ScenarioKit

/// One synthetic customer with every draw of MODEL.md §2, for inspection and explanations.
public struct Customer: Sendable, Equatable {
    /// Position in the population (0-based).
    public var id: Int
    /// Index of the customer's cohort in the scenario.
    public var cohort: Int
    /// The customer's age band.
    public var ageBand: AgeBand
    /// Global region index (see `ModelContext.regions`).
    public var region: Int
    /// True interests θᵢ.
    public var theta: [Double]
    /// Individual base logit bᵢ.
    public var baseLogit: Double
    /// Whether the customer is vulnerable (e.g. on a self-exclusion register).
    public var vulnerable: Bool
    /// Incentive sensitivity sᵢ.
    public var sensitivity: Double
    /// Event categories in order of observation, and whether each is linked to the pseudonym.
    public var events: [Int]
    /// Per event, whether it is linked to the customer's pseudonym.
    public var linked: [Bool]
    /// Category of the page the customer is on.
    public var context: Int
    /// Consent and conversion draws.
    public var consentDraw: Double
    /// Conversion draw w, uniform on (0, 1).
    public var conversionDraw: Double
    /// Organic propensity qᵢ: the chance of buying without contact (MODEL.md §11.1).
    public var organic: Double = 0

    /// Whether the customer's age band is under 18.
    public var isMinor: Bool { ageBand.isMinor }

    /// History counts hᵢ per category.
    public func history(categories: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: categories)
        for e in events { counts[e] += 1 }
        return counts
    }

    /// Linked history counts h′ᵢ per category.
    public func linkedHistory(categories: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: categories)
        for (e, l) in zip(events, linked) where l { counts[e] += 1 }
        return counts
    }
}

/// Draws customers from their per-customer streams, in the fixed order documented in docs/model.md.
public struct CustomerGenerator: Sendable {
    /// The scenario's constants the customers are drawn from.
    public let context: ModelContext
    /// The cohorts' constants behind plain pointers, so the per-customer loop copies no arrays.
    let tables: GeneratorTables

    /// A generator for the customers of `context`.
    public init(context: ModelContext) {
        self.context = context
        tables = GeneratorTables(context: context)
    }

    /// The cohort holding population index `id`.
    public func cohortIndex(of id: Int) -> Int {
        var k = 0
        while k + 1 < context.cohorts.count && id >= context.cohorts[k + 1].offset { k += 1 }
        return k
    }

    /// Customer `id` with all of its draws.
    public func customer(_ id: Int) -> Customer {
        let k = cohortIndex(of: id)
        let scratch = Scratch(categories: context.categoryCount)
        let draw = generate(cohort: k, index: id - context.cohorts[k].offset, scratch: scratch, keepEvents: true)
        return customer(id, cohort: k, draw: draw, scratch: scratch)
    }

    /// The customer whose draws were just generated into `draw` and `scratch` (with `keepEvents`).
    func customer(_ id: Int, cohort k: Int, draw: Draw, scratch: Scratch) -> Customer {
        Customer(id: id, cohort: k, ageBand: AgeBand.allCases[draw.age], region: draw.region,
                        theta: scratch.logThetaValues.map { exp($0) }, baseLogit: draw.baseLogit, vulnerable: draw.vulnerable,
                        sensitivity: draw.sensitivity, events: scratch.events, linked: scratch.linked,
                        context: draw.context, consentDraw: draw.u, conversionDraw: draw.w, organic: draw.organic)
    }

    /// Reusable buffers for one worker (not shared between threads, so not Sendable).
    public final class Scratch {
        /// Number of interest categories C the buffers hold.
        public let categories: Int
        /// ln θᵢ, and the cumulative θᵢ for categorical draws.
        let logTheta: UnsafeMutablePointer<Double>
        let cumulativeTheta: UnsafeMutablePointer<Double>
        /// hᵢ and h′ᵢ.
        let history: UnsafeMutablePointer<Double>
        let linkedHistory: UnsafeMutablePointer<Double>
        /// hᵢ and h′ᵢ as integers, for the score table.
        let historyCounts: UnsafeMutablePointer<Int32>
        let linkedCounts: UnsafeMutablePointer<Int32>
        /// Categories of the first events, as many as the bulk build asks for.
        private(set) var firstEvents: UnsafeMutablePointer<UInt8>
        private var firstEventsCapacity = 0
        /// Every event's category and link, when asked for.
        public var events: [Int] = []
        /// Per kept event, whether it is linked to the pseudonym.
        public var linked: [Bool] = []

        /// Zeroed buffers for `categories` interest categories.
        public init(categories: Int) {
            self.categories = categories
            let vectors = UnsafeMutablePointer<Double>.allocate(capacity: max(1, 4 * categories))
            vectors.initialize(repeating: 0, count: max(1, 4 * categories))
            logTheta = vectors
            cumulativeTheta = vectors + categories
            history = vectors + 2 * categories
            linkedHistory = vectors + 3 * categories
            firstEvents = .allocate(capacity: 1)
            let counts = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, 2 * categories))
            counts.initialize(repeating: 0, count: max(1, 2 * categories))
            historyCounts = counts
            linkedCounts = counts + categories
        }

        deinit {
            logTheta.deallocate()
            historyCounts.deallocate()
            firstEvents.deallocate()
        }

        /// ln θᵢ of the last customer generated.
        public var logThetaValues: [Double] { Array(UnsafeBufferPointer(start: logTheta, count: categories)) }

        /// Sets hᵢ and h′ᵢ (both forms) to zero before a customer's events are counted.
        @inline(__always)
        func clearHistories() {
            for c in 0..<categories {
                history[c] = 0
                linkedHistory[c] = 0
                historyCounts[c] = 0
                linkedCounts[c] = 0
            }
        }

        /// Adds one event of category `c` to hᵢ (and to h′ᵢ when `linked`); 1 when linked, else 0.
        @inline(__always)
        func count(event c: Int, linked: Bool) -> Int {
            history[c] += 1
            historyCounts[c] &+= 1
            guard linked else { return 0 }
            linkedHistory[c] += 1
            linkedCounts[c] &+= 1
            return 1
        }

        /// Makes room for `count` first events.
        func reserveFirstEvents(_ count: Int) {
            guard count > firstEventsCapacity else { return }
            firstEvents.deallocate()
            firstEvents = .allocate(capacity: count)
            firstEventsCapacity = count
        }
    }

    /// The scalar draws of one customer; vectors are left in the scratch buffers.
    public struct Draw {
        /// Consent draw u, uniform on (0, 1).
        public var u: Double
        /// Conversion draw w, uniform on (0, 1).
        public var w: Double
        /// Age band index into `AgeBand.allCases` (0 is the minors' band).
        public var age: Int
        /// Global region index.
        public var region: Int
        /// Individual base logit bᵢ.
        public var baseLogit: Double
        /// Whether the customer is vulnerable.
        public var vulnerable: Bool
        /// Incentive sensitivity sᵢ.
        public var sensitivity: Double
        /// Category of the page the customer is on.
        public var context: Int
        /// Number of history events n.
        public var eventCount: Int
        /// Number of events linked to the pseudonym.
        public var linkedCount: Int
        /// Organic propensity qᵢ (MODEL.md §11.1): the chance of buying without contact; 0 where
        /// the cohort has no organic rate.
        public var organic: Double = 0
    }

    /// Draws customer `index` of cohort `k`. The order of draws is fixed: u, w, age band, region,
    /// z, vulnerable, the C gammas of θ, context, n, then per event its category and its link.
    /// u and w come first so that they stay the same whatever other parameters change.
    public func generate(cohort k: Int, index: Int, scratch: Scratch, keepEvents: Bool) -> Draw {
        generate(cohort: k, index: index, scratch: scratch, keepEvents: keepEvents, clip: 0)
    }

    /// `generate(cohort:index:scratch:keepEvents:)`; with `clip` > 0 the categories of the first
    /// `clip` events also go to `scratch.firstEvents` (for segment statistics).
    @inline(__always)
    func generate(cohort k: Int, index: Int, scratch: Scratch, keepEvents: Bool, clip: Int) -> Draw {
        let cohort = tables.cohorts[k]
        let categories = tables.categories
        var rng = RandomStream(seed: tables.seed, UInt64(k), UInt64(index))
        // u has 24 bits so that it is exact as a Float, the form the population stores.
        let u = Double(Int64(bitPattern: rng.next() >> 40)) * 0x1.0p-24
        let w = rng.uniform()
        let age = rng.categorical(cumulative: UnsafeBufferPointer(start: cohort.ageCumulative, count: cohort.ageCount))
        let region = cohort.regionIndex[rng.categorical(cumulative: UnsafeBufferPointer(start: cohort.regionCumulative, count: cohort.regionCount))]
        let ziggurat = tables.ziggurat
        let z = rng.normal(ziggurat)
        let vulnerable = rng.uniform() < cohort.vulnerableShare
        let logTheta = scratch.logTheta, cumulative = scratch.cumulativeTheta
        drawTheta(&rng, cohort: cohort, logTheta: logTheta, cumulative: cumulative)
        let cumulativeBuffer = UnsafeBufferPointer(start: cumulative, count: categories)
        let contextCategory = rng.categorical(cumulative: cumulativeBuffer)
        let n = rng.poisson(cohort.historyMean, limit: cohort.poissonLimit)
        let rho = tables.linkage
        scratch.clearHistories()
        if keepEvents {
            scratch.events.removeAll(keepingCapacity: true)
            scratch.linked.removeAll(keepingCapacity: true)
        }
        if clip > 0 { scratch.reserveFirstEvents(clip) }
        let first = min(n, clip)
        let firstEvents = scratch.firstEvents
        var linkedCount = 0
        for e in 0..<n {
            let c = rng.categorical(cumulative: cumulativeBuffer)
            if e < first { firstEvents[e] = UInt8(truncatingIfNeeded: c) }
            let isLinked = rng.uniform() < rho
            linkedCount += scratch.count(event: c, linked: isLinked)
            if keepEvents {
                scratch.events.append(c)
                scratch.linked.append(isLinked)
            }
        }
        let sensitivity = cohort.sensitivity * (vulnerable ? tables.vulnerableSensitivity : 1)
        let spread = cohort.baseSpread * z
        return Draw(u: u, w: w, age: age, region: region,
                    baseLogit: cohort.logitBase + spread, vulnerable: vulnerable,
                    sensitivity: sensitivity, context: contextCategory, eventCount: n, linkedCount: linkedCount,
                    organic: cohort.organic(spread: spread))
    }

    /// θᵢ ~ Dirichlet(α_k) from C gamma draws: ln θ into `logTheta`, the cumulative θ (scaled by
    /// a constant) into `cumulative` for categorical draws.
    @inline(__always)
    func drawTheta(_ rng: inout RandomStream, cohort: GeneratorTables.Cohort, logTheta: UnsafeMutablePointer<Double>,
                   cumulative: UnsafeMutablePointer<Double>) {
        let categories = tables.categories, ziggurat = tables.ziggurat
        var maxLog = -Double.infinity
        for c in 0..<categories {
            let g = rng.logGamma(shape: cohort.alpha[c], ziggurat)
            logTheta[c] = g
            if g > maxLog { maxLog = g }
        }
        // Normalise in log space (log-sum-exp) and build the cumulative θ for categorical draws.
        var sum = 0.0
        for c in 0..<categories {
            sum += exp(logTheta[c] - maxLog)
            cumulative[c] = sum
        }
        let logSum = maxLog + log(sum)
        for c in 0..<categories { logTheta[c] -= logSum }
    }

    /// The true conversion probability pᵢ(o) (MODEL.md §3) from a draw and ln θᵢ.
    @inline(__always)
    public func probability(offer o: Int, draw: Draw, scratch: Scratch) -> Double {
        let offer = tables.offers[o]
        let relevance = offer.category < 0 ? 0 : tables.relevanceWeight * (tables.logC + scratch.logTheta[offer.category])
        return sigmoid(draw.baseLogit + relevance + draw.sensitivity * offer.incentive)
    }
}

/// The constants the generator reads per customer, in memory it owns, reached through plain
/// pointers: copying them into the hot loop costs no reference counting.
///
/// `@unchecked Sendable` because the compiler cannot see through the pointers. What makes it safe:
/// every stored property is a `let`; the memory they point to is written only in `init`, never
/// afterwards, and freed in `deinit` once no generator holds the tables; so any number of threads
/// may read it at once.
final class GeneratorTables: @unchecked Sendable {
    /// One cohort's constants; the pointers point into `storage`.
    struct Cohort {
        var alpha: UnsafePointer<Double>
        var ageCumulative: UnsafePointer<Double>
        var ageCount: Int
        var regionCumulative: UnsafePointer<Double>
        var regionIndex: UnsafePointer<Int>
        var regionCount: Int
        var logitBase: Double
        var baseSpread: Double
        var sensitivity: Double
        var historyMean: Double
        var poissonLimit: Double
        var vulnerableShare: Double
        /// logit(p_org), and whether the cohort has organic conversions at all (p_org > 0).
        var organicLogit: Double
        var hasOrganic: Bool

        /// qᵢ = σ(logit(p_org) + σb·zᵢ) from the customer's σb·zᵢ (MODEL.md §11.1): the same z as bᵢ,
        /// so a keen customer is keen either way; 0 without organic conversions.
        @inline(__always)
        func organic(spread: Double) -> Double { hasOrganic ? sigmoid(organicLogit + spread) : 0 }
    }

    let categories: Int
    let seed: UInt64
    let ziggurat = Ziggurat.shared
    let linkage: Double
    let vulnerableSensitivity: Double
    let relevanceWeight: Double
    let logC: Double
    let cohorts: UnsafeMutablePointer<Cohort>
    let offers: UnsafeMutablePointer<ModelContext.OfferConstants>
    private let doubles: UnsafeMutablePointer<Double>
    private let ints: UnsafeMutablePointer<Int>
    let cohortCount: Int
    /// Customers per cohort.
    let cohortSizes: [Int]
    private let offerCount: Int

    init(context: ModelContext) {
        categories = context.categoryCount
        seed = context.scenario.seed
        linkage = context.scenario.privacy.pseudonymLinkage
        vulnerableSensitivity = context.scenario.model.vulnerableSensitivity
        relevanceWeight = context.scenario.model.relevanceWeight
        logC = context.logC
        cohortCount = context.cohorts.count
        cohortSizes = context.cohorts.map(\.size)
        offerCount = context.offers.count
        let doubleCount = context.cohorts.reduce(0) { $0 + $1.alpha.count + $1.ageCumulative.count + $1.regionCumulative.count }
        let intCount = context.cohorts.reduce(0) { $0 + $1.regionIndex.count }
        doubles = .allocate(capacity: max(1, doubleCount))
        ints = .allocate(capacity: max(1, intCount))
        cohorts = .allocate(capacity: max(1, cohortCount))
        offers = .allocate(capacity: max(1, offerCount))
        offers.initialize(from: context.offers, count: offerCount)
        var d = doubles, i = ints
        for (k, c) in context.cohorts.enumerated() {
            func place(_ values: [Double]) -> UnsafePointer<Double> {
                let start = d
                start.initialize(from: values, count: values.count)
                d += values.count
                return UnsafePointer(start)
            }
            let alpha = place(c.alpha), age = place(c.ageCumulative), region = place(c.regionCumulative)
            let regionIndex = i
            regionIndex.initialize(from: c.regionIndex, count: c.regionIndex.count)
            i += c.regionIndex.count
            (cohorts + k).initialize(to: Cohort(
                alpha: alpha, ageCumulative: age, ageCount: c.ageCumulative.count, regionCumulative: region,
                regionIndex: UnsafePointer(regionIndex), regionCount: c.regionCumulative.count, logitBase: c.logitBase,
                baseSpread: c.baseSpread, sensitivity: c.sensitivity, historyMean: c.historyMean,
                poissonLimit: exp(-c.historyMean), vulnerableShare: c.vulnerableShare,
                organicLogit: c.organicRate > 0 ? log(c.organicRate / (1 - c.organicRate)) : 0, hasOrganic: c.organicRate > 0))
        }
    }

    deinit {
        doubles.deallocate(); ints.deallocate(); cohorts.deallocate(); offers.deallocate()
    }
}
