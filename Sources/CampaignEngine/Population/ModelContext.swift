import Foundation
import ScenarioKit

/// Everything the engine derives once from a scenario: normalised weights, the population
/// prior θ̄, the shared estimates b̂ and ŝ, regions and segments (MODEL.md §2, §4).
public struct ModelContext: Sendable {
    /// Per-cohort constants.
    public struct CohortConstants: Sendable {
        /// Dirichlet α of the cohort's interests, per category.
        public var alpha: [Double]
        /// Cumulative age-band weights, for drawing the age band.
        public var ageCumulative: [Double]
        /// Global region index per listed region, and their cumulative weights.
        public var regionIndex: [Int]
        /// Cumulative weights of the cohort's listed regions, for drawing the region.
        public var regionCumulative: [Double]
        /// logit(`base_rate`), the mean base logit.
        public var logitBase: Double
        /// `base_spread`: the standard deviation of the base logit.
        public var baseSpread: Double
        /// `incentive_sensitivity` s.
        public var sensitivity: Double
        /// `history_mean`: the Poisson mean of history events per customer.
        public var historyMean: Double
        /// `consent_bias`: the factor on the odds of the population consent rate.
        public var consentBias: Double
        /// `vulnerable_share`: the probability a customer is vulnerable.
        public var vulnerableShare: Double
        /// p_org: the chance of buying without contact (MODEL.md §11.1).
        public var organicRate: Double
        /// Index of the cohort's first customer in the population.
        public var offset: Int
        /// Number of customers in the cohort.
        public var size: Int
    }

    /// Per-offer constants.
    public struct OfferConstants: Sendable {
        /// Category index, or -1 for `any`.
        public var category: Int
        /// Incentive ι (0.15 for 15 % off).
        public var incentive: Double
        /// Value of a conversion, in euros.
        public var value: Double
        /// Bonus cost of a conversion, in euros.
        public var cost: Double
        /// Value minus cost, in euros.
        public var margin: Double
        /// Whether minors may not be shown the offer.
        public var adultOnly: Bool
        /// Whether a third party pays to show it (an advertisement, DSA Art. 3(r)).
        public var sponsored: Bool
    }

    /// The scenario the constants are derived from.
    public let scenario: Scenario
    /// C, the number of categories, and ln C.
    public let categoryCount: Int
    /// ln C.
    public let logC: Double
    /// θ̄, the population prior.
    public let thetaBar: [Double]
    /// b̂ and ŝ, the shared point estimates.
    public let baseEstimate: Double
    /// ŝ, the population-average incentive sensitivity.
    public let sensitivityEstimate: Double
    /// Constants per cohort, in scenario order.
    public let cohorts: [CohortConstants]
    /// Constants per offer, in scenario order.
    public let offers: [OfferConstants]
    /// Distinct regions over all cohorts, in order of first appearance.
    public let regions: [String]
    /// Segments are (age band, region): index = age · regions.count + region.
    public var segmentCount: Int { AgeBand.allCases.count * regions.count }
    /// Customers in the whole population.
    public let customers: Int
    /// Index of the highest-incentive offer (first among equals), what `unconstrained` gives vulnerable customers.
    public let highestIncentiveOffer: Int
    /// The data points a contact itself uses on the campaign's channel (MODEL.md §13).
    public let channel: ChannelPoints
    /// q̂ = Σ_k w_k · p_org_k: the population's organic rate, all a strategy knows of who buys anyway (MODEL.md §11.2).
    public let organicEstimate: Double
    /// Whether any cohort converts without contact: only then do the §11 figures appear.
    public var hasOrganic: Bool { scenario.hasOrganicConversions }

    /// Derives the constants of a validated scenario.
    public init(scenario: Scenario) {
        self.scenario = scenario
        let categories = scenario.categories
        categoryCount = categories.count
        logC = log(Double(categories.count))
        let regions = scenario.regionKeys
        self.regions = regions
        let total = max(1, scenario.totalCustomers)
        customers = scenario.totalCustomers
        var thetaBar = [Double](repeating: 0, count: categories.count)
        var bHat = 0.0, sHat = 0.0, qHat = 0.0
        var offset = 0
        var constants: [CohortConstants] = []
        for cohort in scenario.cohorts {
            let alpha = cohort.dirichletAlpha(categories: categories, interestDefault: scenario.model.interestDefault)
            let alphaSum = alpha.reduce(0, +)
            let weight = Double(cohort.size) / Double(total)
            for c in alpha.indices { thetaBar[c] += weight * alpha[c] / alphaSum }
            let logit = log(cohort.baseRate / (1 - cohort.baseRate))
            bHat += weight * logit
            sHat += weight * cohort.incentiveSensitivity
            qHat += weight * cohort.organicRate
            constants.append(CohortConstants(
                alpha: alpha,
                ageCumulative: ModelContext.cumulative(cohort.ageBands),
                regionIndex: cohort.regions.map { regions.firstIndex(of: $0.name)! },
                regionCumulative: ModelContext.cumulative(cohort.regions.map(\.weight)),
                logitBase: logit, baseSpread: cohort.baseSpread, sensitivity: cohort.incentiveSensitivity,
                historyMean: cohort.historyMean, consentBias: cohort.consentBias,
                vulnerableShare: cohort.vulnerableShare, organicRate: cohort.organicRate, offset: offset, size: cohort.size))
            offset += cohort.size
        }
        self.thetaBar = thetaBar
        baseEstimate = bHat
        sensitivityEstimate = sHat
        organicEstimate = qHat
        cohorts = constants
        offers = scenario.offers.map { offer in
            OfferConstants(category: offer.category.flatMap { categories.firstIndex(of: $0) } ?? -1,
                           incentive: offer.incentive, value: offer.valueEUR, cost: offer.costEUR,
                           margin: offer.margin, adultOnly: offer.adultOnly, sponsored: offer.sponsored)
        }
        var best = 0
        for (i, offer) in scenario.offers.enumerated() where offer.incentive > scenario.offers[best].incentive { best = i }
        highestIncentiveOffer = best
        channel = ChannelPoints(scenario.campaign.channel, halfExposure: scenario.model.exposureHalf)
    }

    static func cumulative(_ weights: [Double]) -> [Double] {
        var sum = 0.0
        return weights.map { sum += $0; return sum }
    }

    /// The cohort's consent rate r_k at the population rate r: odds(r_k) = consent_bias · odds(r).
    public func cohortConsentRate(_ rate: Double, cohort: Int) -> Double {
        let bias = cohorts[cohort].consentBias
        if bias == 0 { return 0 }
        if rate >= 1 { return 1 }
        return bias * rate / (1 - rate + bias * rate)
    }

    /// The offer a strategy picks for an interest estimate given as ln θ̂ (MODEL.md §4):
    /// the highest estimated expected profit among eligible offers, the first on ties.
    /// nil when no offer is eligible (a minor, and every offer is adult-only).
    @inline(__always)
    public func choose(logTheta: (Int) -> Double, allowAdultOnly: Bool) -> Int? {
        let beta = scenario.model.relevanceWeight
        var best = -1
        var bestScore = -Double.infinity
        for (o, offer) in offers.enumerated() {
            if offer.adultOnly && !allowAdultOnly { continue }
            let relevance = offer.category < 0 ? 0 : beta * (logC + logTheta(offer.category))
            let score = incrementalScore(sigmoid(baseEstimate + relevance + sensitivityEstimate * offer.incentive), offer)
            if best < 0 || score > bestScore {
                best = o
                bestScore = score
            }
        }
        return best < 0 ? nil : best
    }

    /// A strategy's expected incremental profit of showing `offer` to a customer it estimates
    /// converts with `p` when persuaded (MODEL.md §11.2): (1 − q̂)·p·(value − cost) − q̂·cost. With
    /// q̂ = 0 it is p·(value − cost), computed exactly as v2 did, so v2's choices do not move.
    @inline(__always)
    public func incrementalScore(_ p: Double, _ offer: OfferConstants) -> Double {
        organicEstimate == 0 ? p * offer.margin : (1 - organicEstimate) * p * offer.margin - organicEstimate * offer.cost
    }

    /// The offer chosen from the population prior θ̄: what `broadcast` shows.
    public func broadcastChoice(minor: Bool) -> Int? {
        let logBar = thetaBar.map { log($0) }
        return choose(logTheta: { logBar[$0] }, allowAdultOnly: !minor)
    }

    /// The offer chosen from counts: θ̂ = (κθ̄ + h) / (κ + Σh), for `personalized`, `unconstrained`, `segment`.
    public func chooseFromCounts(_ counts: UnsafeBufferPointer<Double>, total: Double, allowAdultOnly: Bool) -> Int? {
        let kappa = scenario.model.priorStrength
        let denominator = log(kappa + total)
        return choose(logTheta: { log(kappa * thetaBar[$0] + counts[$0]) - denominator }, allowAdultOnly: allowAdultOnly)
    }

}

/// σ(x) = 1 / (1 + e^(−x)).
@inline(__always)
public func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
