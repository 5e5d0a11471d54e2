/// An uncertain scenario value (MODEL.md §1, §8.2): a uniform range {low, high} or a triangular
/// one {low, mode, high}. The scenario's own field holds the central value (the mode, or the middle
/// of a uniform range); only `robustness` draws other values.
public struct ParameterRange: Sendable, Equatable {
    /// Which value the range is about.
    public enum Target: Sendable, Equatable, Hashable {
        /// A value of the cohort at this index.
        case cohort(Int, CohortValue)
        /// A value of the offer at this index.
        case offer(Int, OfferValue)
        /// One of the scenario-wide values.
        case relevanceWeight, priorStrength, pseudonymLinkage, consentRate, withdrawalWeekly
    }

    /// The cohort keys that may hold a range.
    public enum CohortValue: String, Sendable, CaseIterable {
        /// `base_rate`, `base_spread` and `incentive_sensitivity`.
        case baseRate = "base_rate", baseSpread = "base_spread", incentiveSensitivity = "incentive_sensitivity"
        /// `history_mean`, `consent_bias` and `vulnerable_share`.
        case historyMean = "history_mean", consentBias = "consent_bias", vulnerableShare = "vulnerable_share"
        /// `organic_rate` (MODEL.md §11).
        case organicRate = "organic_rate"
    }

    /// The offer keys that may hold a range.
    public enum OfferValue: String, Sendable, CaseIterable {
        /// `incentive`, `value_eur` and `cost_eur`.
        case incentive, valueEUR = "value_eur", costEUR = "cost_eur"
    }

    /// The value the range is about.
    public var target: Target
    /// The loader's key path, e.g. `cohorts[0].base_rate`: how the value is named in every output.
    public var path: String
    /// The lower end of the range.
    public var low: Double
    /// nil for a uniform range.
    public var mode: Double?
    /// The upper end of the range.
    public var high: Double

    /// A uniform range (`mode` nil) or a triangular one.
    public init(target: Target, path: String, low: Double, mode: Double?, high: Double) {
        self.target = target
        self.path = path
        self.low = low
        self.mode = mode
        self.high = high
    }

    /// The value the scenario uses everywhere but in `robustness`.
    public var central: Double { mode ?? (low + high) / 2 }

    /// The value at probability `q` of the range's distribution (MODEL.md §8.2): uniform
    /// a + q(b − a); triangular a + √(q(b−a)(m−a)) below (m−a)/(b−a), else b − √((1−q)(b−a)(b−m)).
    public func quantile(_ q: Double) -> Double {
        guard let m = mode else { return low + q * (high - low) }
        let width = high - low
        if q < (m - low) / width { return low + (q * width * (m - low)).squareRoot() }
        return high - ((1 - q) * width * (high - m)).squareRoot()
    }

    /// The value the scenario holds where this range applies.
    public func value(in scenario: Scenario) -> Double {
        switch target {
        case .relevanceWeight: scenario.model.relevanceWeight
        case .priorStrength: scenario.model.priorStrength
        case .pseudonymLinkage: scenario.privacy.pseudonymLinkage
        case .consentRate: scenario.consent.rate
        case .withdrawalWeekly: scenario.consent.withdrawalWeekly
        case .cohort(let i, let key):
            switch key {
            case .baseRate: scenario.cohorts[i].baseRate
            case .baseSpread: scenario.cohorts[i].baseSpread
            case .incentiveSensitivity: scenario.cohorts[i].incentiveSensitivity
            case .historyMean: scenario.cohorts[i].historyMean
            case .consentBias: scenario.cohorts[i].consentBias
            case .vulnerableShare: scenario.cohorts[i].vulnerableShare
            case .organicRate: scenario.cohorts[i].organicRate
            }
        case .offer(let i, let key):
            switch key {
            case .incentive: scenario.offers[i].incentive
            case .valueEUR: scenario.offers[i].valueEUR
            case .costEUR: scenario.offers[i].costEUR
            }
        }
    }

    /// The scenario with this range's value set to `value`.
    public func apply(_ value: Double, to scenario: inout Scenario) {
        switch target {
        case .relevanceWeight: scenario.model.relevanceWeight = value
        case .priorStrength: scenario.model.priorStrength = value
        case .pseudonymLinkage: scenario.privacy.pseudonymLinkage = value
        case .consentRate: scenario.consent.rate = value
        case .withdrawalWeekly: scenario.consent.withdrawalWeekly = value
        case .cohort(let i, let key):
            switch key {
            case .baseRate: scenario.cohorts[i].baseRate = value
            case .baseSpread: scenario.cohorts[i].baseSpread = value
            case .incentiveSensitivity: scenario.cohorts[i].incentiveSensitivity = value
            case .historyMean: scenario.cohorts[i].historyMean = value
            case .consentBias: scenario.cohorts[i].consentBias = value
            case .vulnerableShare: scenario.cohorts[i].vulnerableShare = value
            case .organicRate: scenario.cohorts[i].organicRate = value
            }
        case .offer(let i, let key):
            switch key {
            case .incentive: scenario.offers[i].incentive = value
            case .valueEUR: scenario.offers[i].valueEUR = value
            case .costEUR: scenario.offers[i].costEUR = value
            }
        }
    }
}
