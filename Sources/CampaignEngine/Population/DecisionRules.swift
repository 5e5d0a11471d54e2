import Foundation
import ScenarioKit

/// The offers each strategy picks for one customer, apart from `segment` (which depends on the
/// consent rate through its statistics). One function serves the bulk build and the inspection
/// of single customers, so explanations show exactly what the figures count.
public struct CustomerChoices: Sendable, Equatable {
    /// The offer `oracle` picks from the customer's true θ, b and s; nil where no offer is worth a
    /// bonus (MODEL.md §11.2: a sure thing or a lost cause, left alone). Always an offer without
    /// organic conversions.
    public var oracle: Int?
    /// The offer `unconstrained` picks from the full history, consent or not.
    public var unconstrained: Int
    /// nil when compliant strategies do not contact the customer: suppressed (vulnerable with
    /// protect_vulnerable on), or a minor when every offer is adult-only.
    public var broadcast: Int?
    /// The offer `contextual` picks from the page context; nil when suppressed.
    public var contextual: Int?
    /// The fallback's offer (contextual or broadcast), nil when suppressed.
    public var fallback: Int?
    /// The offer from the customer's pseudonymous profile, when `personalized` may profile them
    /// (non-minor, non-vulnerable, contacted) and they consent.
    public var personal: Int?
    /// Whether the customer is a minor.
    public var minor: Bool
    /// Whether the customer is vulnerable.
    public var vulnerable: Bool
    /// On the suppression list: vulnerable, and protect_vulnerable is on.
    public var suppressed: Bool

    /// Whether compliant strategies contact the customer at all.
    public var contacted: Bool { broadcast != nil }
    /// Whether `personalized` may profile the customer (given consent).
    public var profileable: Bool { personal != nil }
}

/// The strategy rules of MODEL.md §4 applied to one generated customer.
public struct DecisionRules: Sendable {
    /// The scenario's constants the rules apply.
    public let context: ModelContext
    /// Offers for adults (always one: adults may see every offer) and minors (none when all are adult-only).
    public let broadcastOffer: (adult: Int, minor: Int?)
    /// Per page-context category: the contextual offer for adults and for minors.
    public let contextualOffer: [(adult: Int, minor: Int?)]

    /// Scores of `chooseFromCounts` for whole counts, laid out [total][h][offer] for totals up to
    /// `tableLimit`: the same arithmetic as `ModelContext.choose`, done once instead of per customer.
    let countScores: [Double]
    let tableLimit: Int
    /// Each offer's category (−1 for `any`) and margin (value − cost).
    let offerCategory: [Int]
    let offerMargin: [Double]
    let offerCost: [Double]
    /// Whether any cohort buys without contact (MODEL.md §11).
    let organicScenario: Bool

    /// With `weeks` above 1 the table reaches the totals a history of that many weeks holds.
    public init(context: ModelContext, weeks: Int = 1) {
        self.context = context
        offerCategory = context.offers.map(\.category)
        offerMargin = context.offers.map(\.margin)
        offerCost = context.offers.map(\.cost)
        organicScenario = context.hasOrganic
        // Totals beyond λ + 6√λ + 8 are rare; they take the direct path. Over weeks a history holds
        // up to T·λ events on average, so the table grows with it (to at most 128 × 128 entries per offer).
        let largestMean = (context.cohorts.map(\.historyMean).max() ?? 0) * Double(max(1, weeks))
        let limit = min(weeks > 1 ? 127 : 63, Int((largestMean + 6 * largestMean.squareRoot() + 8).rounded(.up)))
        tableLimit = limit
        let offers = context.offers.count
        let beta = context.scenario.model.relevanceWeight
        let kappa = context.scenario.model.priorStrength
        var scores = [Double](repeating: 0, count: (limit + 1) * (limit + 1) * offers)
        for total in 0...limit {
            let denominator = Foundation.log(kappa + Double(total))
            for h in 0...total {
                for (o, offer) in context.offers.enumerated() {
                    let logTheta = offer.category < 0 ? 0 : Foundation.log(kappa * context.thetaBar[offer.category] + Double(h)) - denominator
                    let relevance = offer.category < 0 ? 0 : beta * (context.logC + logTheta)
                    scores[(total * (limit + 1) + h) * offers + o] =
                        context.incrementalScore(sigmoid(context.baseEstimate + relevance + context.sensitivityEstimate * offer.incentive), offer)
                }
            }
        }
        countScores = scores
        broadcastOffer = (context.broadcastChoice(minor: false)!, context.broadcastChoice(minor: true))
        // Contextual: θ̂ = (κθ̄ + onehot(x)) / (κ + 1), one choice per page category.
        contextualOffer = (0..<context.categoryCount).map { x in
            let logHat = context.thetaBar.enumerated().map { c, bar in Foundation.log((kappa * bar + (c == x ? 1 : 0)) / (kappa + 1)) }
            return (context.choose(logTheta: { logHat[$0] }, allowAdultOnly: true)!,
                    context.choose(logTheta: { logHat[$0] }, allowAdultOnly: false))
        }
    }

    /// Every strategy's choice for a customer whose draw and vectors are in `scratch`;
    /// `probability[o]` holds the true pᵢ(o) of every offer.
    @inline(__always)
    public func choices(draw: CustomerGenerator.Draw, scratch: CustomerGenerator.Scratch, probability: UnsafeBufferPointer<Double>) -> CustomerChoices {
        let privacy = context.scenario.privacy
        let minor = draw.age == 0
        let vulnerable = draw.vulnerable
        var oracle = 0
        var oracleScore = -Double.infinity
        let q = draw.organic
        offerMargin.withUnsafeBufferPointer { margin in
            if q == 0 {
                for o in 0..<margin.count {
                    let score = probability[o] * margin[o]
                    let better = score > oracleScore
                    oracle = better ? o : oracle
                    oracleScore = better ? score : oracleScore
                }
            } else {
                // The truth: Δᵢ(o) = (1 − qᵢ)·pᵢ(o)·(value − cost) − qᵢ·cost (MODEL.md §11.2).
                for o in 0..<margin.count {
                    let score = (1 - q) * probability[o] * margin[o] - q * offerCost[o]
                    let better = score > oracleScore
                    oracle = better ? o : oracle
                    oracleScore = better ? score : oracleScore
                }
            }
        }
        let unconstrained = vulnerable ? context.highestIncentiveOffer
            : chooseFromWholeCounts(scratch.historyCounts, UnsafeBufferPointer(start: scratch.history, count: scratch.categories),
                                    total: draw.eventCount)
        let suppressed = privacy.protectVulnerable && vulnerable
        // Contacted only where some offer causes more than it costs; without organic conversions
        // anywhere always, as in v2.
        let oracleContacts = !organicScenario || oracleScore > 0
        var result = CustomerChoices(oracle: oracleContacts ? oracle : nil, unconstrained: unconstrained, broadcast: nil, contextual: nil,
                                     fallback: nil, personal: nil, minor: minor, vulnerable: vulnerable, suppressed: suppressed)
        if suppressed { return result }
        let broadcast = minor ? broadcastOffer.minor : broadcastOffer.adult
        let contextual = minor ? contextualOffer[draw.context].minor : contextualOffer[draw.context].adult
        result.broadcast = broadcast
        result.contextual = contextual
        result.fallback = privacy.fallback == .contextual ? contextual : broadcast
        if !minor && !vulnerable {
            result.personal = chooseFromWholeCounts(scratch.linkedCounts,
                                                    UnsafeBufferPointer(start: scratch.linkedHistory, count: scratch.categories),
                                                    total: draw.linkedCount)
        }
        return result
    }

    /// `ModelContext.chooseFromCounts` with every offer allowed, for whole-number counts (given both
    /// as integers and as doubles): scores come from the table when the total is in range, so the
    /// choice is exactly the direct one.
    @inline(__always)
    func chooseFromWholeCounts(_ whole: UnsafePointer<Int32>, _ counts: UnsafeBufferPointer<Double>, total: Int) -> Int {
        guard total <= tableLimit else { return context.chooseFromCounts(counts, total: Double(total), allowAdultOnly: true)! }
        let offers = offerCategory.count
        return countScores.withUnsafeBufferPointer { scores in
            offerCategory.withUnsafeBufferPointer { category in
                let row = total * (tableLimit + 1)
                func score(_ o: Int) -> Double {
                    let c = category[o]
                    let h = c < 0 ? 0 : Int(whole[c])
                    return scores[(row + h) * offers + o]
                }
                // Selects rather than branches (the best offer varies from customer to customer); the
                // first offer wins ties, as a strict comparison from offer 0 on gives.
                var best = 0
                var bestScore = score(0)
                for o in 1..<max(1, offers) {
                    let s = score(o)
                    let better = s > bestScore
                    best = better ? o : best
                    bestScore = better ? s : bestScore
                }
                return best
            }
        }
    }
}
