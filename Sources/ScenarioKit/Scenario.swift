import Localization

/// A validated scenario: customers, offers and settings, as described in MODEL.md §1.
public struct Scenario: Sendable, Equatable {
    /// Short name shown in headers and reports.
    public var name: String
    /// The scenario's story, told in the TUI and reports.
    public var description: String
    /// The seed all randomness derives from.
    public var seed: UInt64
    /// Interest and offer categories, 2–32 unique names.
    public var categories: [String]
    /// Parameters of the response and estimation model.
    public var model: ModelParameters
    /// The consent rate and the sweep grid.
    public var consent: ConsentSettings
    /// Privacy settings of the compliant strategies.
    public var privacy: PrivacySettings
    /// Company facts that set the statutory fine caps.
    public var company: Company
    /// How long the campaign runs (MODEL.md §9).
    public var campaign: CampaignSettings = CampaignSettings()
    /// Strategies to compare, in display order.
    public var strategies: [StrategyName]
    /// Customer cohorts.
    public var cohorts: [Cohort]
    /// Offers the campaign can show.
    public var offers: [Offer]
    /// Values given as ranges (MODEL.md §8.2), in the order the loader reads them; the fields above
    /// hold their central values.
    public var uncertain: [ParameterRange] = []
    /// The scenario's own texts in other languages (the `translations` block).
    public var translations: [Language: ScenarioTranslation] = [:]

    /// Creates a scenario from already validated parts.
    public init(name: String, description: String = "", seed: UInt64 = 1, categories: [String],
                model: ModelParameters = ModelParameters(), consent: ConsentSettings = ConsentSettings(),
                privacy: PrivacySettings = PrivacySettings(), company: Company = Company(),
                strategies: [StrategyName] = StrategyName.allCases, cohorts: [Cohort], offers: [Offer]) {
        self.name = name
        self.description = description
        self.seed = seed
        self.categories = categories
        self.model = model
        self.consent = consent
        self.privacy = privacy
        self.company = company
        self.strategies = strategies
        self.cohorts = cohorts
        self.offers = offers
    }

    /// Total number of customers over all cohorts.
    public var totalCustomers: Int { cohorts.reduce(0) { $0 + $1.size } }

    /// A copy whose cohort sizes are scaled so that they add up to `total`.
    ///
    /// Sizes are apportioned by the largest-remainder method so that the sum is exact and
    /// the result depends only on the original sizes and `total`.
    public func scaled(toCustomers total: Int) -> Scenario {
        let current = totalCustomers
        guard current > 0, total >= 0 else { return self }
        var copy = self
        let shares = cohorts.map { Double($0.size) * Double(total) / Double(current) }
        var sizes = shares.map { Int($0.rounded(.down)) }
        var remaining = total - sizes.reduce(0, +)
        // Hand out what rounding down left over, largest fractional part first (ties: first cohort).
        let order = shares.indices.sorted { a, b in
            let fa = shares[a] - shares[a].rounded(.down), fb = shares[b] - shares[b].rounded(.down)
            return fa != fb ? fa > fb : a < b
        }
        var index = 0
        while remaining > 0 && !order.isEmpty {
            sizes[order[index % order.count]] += 1
            remaining -= 1
            index += 1
        }
        for i in copy.cohorts.indices { copy.cohorts[i].size = sizes[i] }
        return copy
    }
}

/// Parameters of the response model and of the strategies' estimates (MODEL.md §1 `model.*`).
public struct ModelParameters: Sendable, Equatable {
    /// β: how strongly interest in the offer's category moves the odds.
    public var relevanceWeight: Double = 1.0
    /// κ: how strongly estimates shrink toward the population mean.
    public var priorStrength: Double = 4
    /// Dirichlet weight of a category a cohort does not list.
    public var interestDefault: Double = 0.2
    /// Incentive sensitivity multiplier of vulnerable customers.
    public var vulnerableSensitivity: Double = 2.0
    /// d½: data points at which a customer's exposure reaches half.
    public var exposureHalf: Double = 10
    /// Creates the defaults of MODEL.md.
    public init() {}
}

/// The consent rate and the rates a sweep visits.
public struct ConsentSettings: Sendable, Equatable {
    /// r: share of customers who grant consent to personalised advertising.
    public var rate: Double = 0.5
    /// Rates for the sweep, in the order given.
    public var sweep: [Double] = ConsentSettings.defaultSweep
    /// q: weekly probability that a consenting customer withdraws consent (MODEL.md §9).
    public var withdrawalWeekly: Double = 0
    /// 0, 0.1, …, 1.
    public static let defaultSweep: [Double] = (0...10).map { Double($0) / 10 }
    /// Creates the defaults of MODEL.md.
    public init() {}
}

/// What compliant strategies do where they may not use personal data.
public enum Fallback: String, Sendable, CaseIterable {
    case contextual, broadcast
}

/// Privacy settings for segment statistics, pseudonyms and suppression.
public struct PrivacySettings: Sendable, Equatable {
    /// k-anonymity threshold for segment statistics.
    public var k: Int = 10
    /// Differential privacy budget for segment statistics; nil means off.
    public var epsilon: Double? = nil
    /// Maximum events one customer contributes to segment statistics.
    public var historyClip: Int = 20
    /// ρ: share of a customer's events that can be linked to the pseudonym.
    public var pseudonymLinkage: Double = 0.8
    /// What compliant strategies fall back to.
    public var fallback: Fallback = .contextual
    /// Compliant strategies do not contact vulnerable customers.
    public var protectVulnerable: Bool = true
    /// W: weeks of history the firm keeps; nil means no limit (MODEL.md §9).
    public var retentionWeeks: Int? = nil
    /// Creates the defaults of MODEL.md.
    public init() {}
}

/// The length of the campaign (MODEL.md §1 `campaign.*`).
public struct CampaignSettings: Sendable, Equatable {
    /// T: weeks the campaign runs, 1–104; 1 is the one-shot model.
    public var weeks: Int = 1
    /// The longest campaign a scenario may describe.
    public static let maxWeeks = 104
    /// Creates the defaults of MODEL.md.
    public init() {}
}

/// Company facts for the statutory fine caps.
public struct Company: Sendable, Equatable {
    /// Worldwide annual turnover in euros.
    public var annualTurnoverEUR: Double = 0
    /// Whether the SME rule of AI Act Art. 99(6) applies.
    public var sme: Bool = false
    /// Creates the defaults of MODEL.md.
    public init() {}
}
