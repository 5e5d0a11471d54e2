import Foundation
import ScenarioKit

/// One synthetic customer with every draw of MODEL.md §2, for inspection and explanations.
public struct Customer: Sendable, Equatable {
    /// Position in the population (0-based).
    public var id: Int
    public var cohort: Int
    public var ageBand: AgeBand
    /// Global region index (see `ModelContext.regions`).
    public var region: Int
    /// True interests θᵢ.
    public var theta: [Double]
    /// Individual base logit bᵢ.
    public var baseLogit: Double
    public var vulnerable: Bool
    /// Incentive sensitivity sᵢ.
    public var sensitivity: Double
    /// Event categories in order of observation, and whether each is linked to the pseudonym.
    public var events: [Int]
    public var linked: [Bool]
    /// Category of the page the customer is on.
    public var context: Int
    /// Consent and conversion draws.
    public var consentDraw: Double
    public var conversionDraw: Double

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
    public let context: ModelContext

    public init(context: ModelContext) { self.context = context }

    /// The cohort holding population index `id`.
    public func cohortIndex(of id: Int) -> Int {
        var k = 0
        while k + 1 < context.cohorts.count && id >= context.cohorts[k + 1].offset { k += 1 }
        return k
    }

    /// Customer `id` with all of its draws.
    public func customer(_ id: Int) -> Customer {
        let k = cohortIndex(of: id)
        var scratch = Scratch(categories: context.categoryCount)
        let draw = generate(cohort: k, index: id - context.cohorts[k].offset, scratch: &scratch, keepEvents: true)
        return Customer(id: id, cohort: k, ageBand: AgeBand.allCases[draw.age], region: draw.region,
                        theta: scratch.logTheta.map { exp($0) }, baseLogit: draw.baseLogit, vulnerable: draw.vulnerable,
                        sensitivity: draw.sensitivity, events: scratch.events, linked: scratch.linked,
                        context: draw.context, consentDraw: draw.u, conversionDraw: draw.w)
    }

    /// Reusable buffers for one worker.
    public struct Scratch {
        public var logTheta: [Double]
        public var cumulativeTheta: [Double]
        /// hᵢ, h′ᵢ, and the clipped counts that feed segment statistics.
        public var history: [Double]
        public var linkedHistory: [Double]
        public var events: [Int] = []
        public var linked: [Bool] = []
        /// Categories of the first events (as many as the bulk build asks for).
        public var firstEvents: [UInt8] = []
        public init(categories: Int) {
            logTheta = .init(repeating: 0, count: categories)
            cumulativeTheta = .init(repeating: 0, count: categories)
            history = .init(repeating: 0, count: categories)
            linkedHistory = .init(repeating: 0, count: categories)
        }
    }

    /// The scalar draws of one customer; vectors are left in the scratch buffers.
    public struct Draw {
        public var u: Double
        public var w: Double
        public var age: Int
        public var region: Int
        public var baseLogit: Double
        public var vulnerable: Bool
        public var sensitivity: Double
        public var context: Int
        public var eventCount: Int
        public var linkedCount: Int
    }

    /// Draws customer `index` of cohort `k`. The order of draws is fixed: u, w, age band, region,
    /// z, vulnerable, the C gammas of θ, context, n, then per event its category and its link.
    /// u and w come first so that they stay the same whatever other parameters change.
    public func generate(cohort k: Int, index: Int, scratch: inout Scratch, keepEvents: Bool) -> Draw {
        generate(cohort: k, constants: context.cohorts[k], index: index, scratch: &scratch, keepEvents: keepEvents)
    }

    /// `generate(cohort:index:scratch:keepEvents:)` with the cohort's constants already at hand (a
    /// bulk caller copies them once per run of customers, not once per customer). With `clip` > 0
    /// the categories of the first `clip` events also go to `scratch.firstEvents`.
    @inline(__always)
    func generate(cohort k: Int, constants cohort: ModelContext.CohortConstants, index: Int, scratch: inout Scratch,
                  keepEvents: Bool, clip: Int = 0) -> Draw {
        let model = context.scenario.model
        var rng = RandomStream(seed: context.scenario.seed, UInt64(k), UInt64(index))
        // u has 24 bits so that it is exact as a Float, the form the population stores.
        let u = Double(rng.next() >> 40) * 0x1.0p-24
        let w = rng.uniform()
        let age = rng.categorical(cumulative: cohort.ageCumulative)
        let region = cohort.regionIndex[rng.categorical(cumulative: cohort.regionCumulative)]
        let z = rng.normal()
        let vulnerable = rng.uniform() < cohort.vulnerableShare
        let categories = context.categoryCount
        let rho = context.scenario.privacy.pseudonymLinkage
        var n = 0, linkedCount = 0, contextCategory = 0
        // Raw buffers: one uniqueness check per vector instead of one per element.
        scratch.logTheta.withUnsafeMutableBufferPointer { logTheta in
            scratch.cumulativeTheta.withUnsafeMutableBufferPointer { cumulative in
                cohort.alpha.withUnsafeBufferPointer { alpha in
                    var maxLog = -Double.infinity
                    for c in 0..<categories {
                        let g = rng.logGamma(shape: alpha[c])
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
                contextCategory = rng.categorical(cumulative: UnsafeBufferPointer(cumulative))
                n = rng.poisson(cohort.historyMean, limit: cohort.poissonLimit)
                scratch.history.withUnsafeMutableBufferPointer { history in
                    scratch.linkedHistory.withUnsafeMutableBufferPointer { linkedHistory in
                        for c in 0..<categories {
                            history[c] = 0
                            linkedHistory[c] = 0
                        }
                        if keepEvents {
                            scratch.events.removeAll(keepingCapacity: true)
                            scratch.linked.removeAll(keepingCapacity: true)
                        }
                        if clip > 0 && scratch.firstEvents.count < clip { scratch.firstEvents = .init(repeating: 0, count: clip) }
                        let first = min(n, clip)
                        scratch.firstEvents.withUnsafeMutableBufferPointer { firstEvents in
                            for e in 0..<first {
                                let c = rng.categorical(cumulative: UnsafeBufferPointer(cumulative))
                                firstEvents[e] = UInt8(truncatingIfNeeded: c)
                                let isLinked = rng.uniform() < rho
                                history[c] += 1
                                if isLinked {
                                    linkedHistory[c] += 1
                                    linkedCount += 1
                                }
                                if keepEvents {
                                    scratch.events.append(c)
                                    scratch.linked.append(isLinked)
                                }
                            }
                        }
                        for _ in first..<n {
                            let c = rng.categorical(cumulative: UnsafeBufferPointer(cumulative))
                            let isLinked = rng.uniform() < rho
                            history[c] += 1
                            if isLinked {
                                linkedHistory[c] += 1
                                linkedCount += 1
                            }
                            if keepEvents {
                                scratch.events.append(c)
                                scratch.linked.append(isLinked)
                            }
                        }
                    }
                }
            }
        }
        let sensitivity = cohort.sensitivity * (vulnerable ? model.vulnerableSensitivity : 1)
        return Draw(u: u, w: w, age: age, region: region,
                    baseLogit: cohort.logitBase + cohort.baseSpread * z, vulnerable: vulnerable,
                    sensitivity: sensitivity, context: contextCategory, eventCount: n, linkedCount: linkedCount)
    }

    /// The true conversion probability pᵢ(o) (MODEL.md §3) from a draw and ln θᵢ.
    @inline(__always)
    public func probability(offer o: Int, draw: Draw, logTheta: [Double]) -> Double {
        let offer = context.offers[o]
        let relevance = offer.category < 0 ? 0 : context.scenario.model.relevanceWeight * (context.logC + logTheta[offer.category])
        return sigmoid(draw.baseLogit + relevance + draw.sensitivity * offer.incentive)
    }
}
