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
    public var model: ModelParameters {
        didSet { company.strategiesLearn = model.learning == .thompson }
    }
    /// The consent rate and the sweep grid.
    public var consent: ConsentSettings
    /// Privacy settings of the compliant strategies.
    public var privacy: PrivacySettings
    /// Company facts that set the statutory fine caps.
    public var company: Company {
        // Whether the strategies learn decides which are AI systems (MODEL.md §1).
        didSet { if company.strategiesLearn != (model.learning == .thompson) { company.strategiesLearn = model.learning == .thompson } }
    }
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
    /// The text the scenario was loaded from, so a saved copy can keep its comments; no part of
    /// the scenario's identity (two scenarios with the same values are equal whatever their text).
    public var sourceText = SourceText()

    /// What people call a region, by its key ("1" → "Berlin"): for display only; the key stays the
    /// region's identity in the model, the records and the draws.
    public var regionNames: [String: String] = [:]

    /// The regions' keys in the order the cohorts first name them: the model's region indices.
    public var regionKeys: [String] {
        var keys: [String] = []
        for cohort in cohorts { for r in cohort.regions where !keys.contains(r.name) { keys.append(r.name) } }
        return keys
    }

    /// A region as a person reads it: "Berlin (1)" where the scenario names it, else its key.
    public func regionLabel(_ key: String) -> String {
        guard let name = regionNames[key], name != key else { return key }
        return "\(name) (\(key))"
    }

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
        self.company.strategiesLearn = model.learning == .thompson
        self.strategies = strategies
        self.cohorts = cohorts
        self.offers = offers
    }

    /// Total number of customers over all cohorts.
    public var totalCustomers: Int { cohorts.reduce(0) { $0 + $1.size } }

    /// Whether some cohort buys without contact (`organic_rate` > 0, MODEL.md §11): only then do
    /// outputs show what the campaign causes.
    public var hasOrganicConversions: Bool { cohorts.contains { $0.organicRate > 0 } }

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

/// A scenario file's original text, carried beside the scenario and ignored by equality.
public struct SourceText: Sendable, Equatable {
    /// The YAML text, or nil for a scenario not loaded from text.
    public var text: String?

    /// No text, or the text given.
    public init(_ text: String? = nil) { self.text = text }

    public static func == (_: SourceText, _: SourceText) -> Bool { true }
}
