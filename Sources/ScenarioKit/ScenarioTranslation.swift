import Localization

/// A scenario's own texts in another language: its name and story, and the names of its
/// cohorts, offers and categories, each keyed by the name it has in the scenario.
public struct ScenarioTranslation: Sendable, Equatable {
    /// The scenario's translated name.
    public var name: String
    /// The scenario's translated story.
    public var description: String
    /// Translated cohort names by scenario name.
    public var cohorts: [String: String]
    /// Translated offer names by scenario name.
    public var offers: [String: String]
    /// Translated category names by scenario name.
    public var categories: [String: String]
    /// Region names in this language by region key (over the scenario's `region_names`).
    public var regions: [String: String]

    /// A translation; names not given stay as the scenario has them.
    public init(name: String, description: String = "", cohorts: [String: String] = [:], offers: [String: String] = [:],
                categories: [String: String] = [:], regions: [String: String] = [:]) {
        self.name = name
        self.description = description
        self.cohorts = cohorts
        self.offers = offers
        self.categories = categories
        self.regions = regions
    }

    /// The translation block's keys.
    static let keys = ["name", "description", "cohorts", "offers", "categories", "regions"]
}

extension Scenario {
    /// The scenario with its texts in `language` where it gives them, for display only: the
    /// numbers, and so every figure, are the same. Names without a translation stay as they are.
    public func localized(_ language: Language) -> Scenario {
        guard let t = translations[language] else { return self }
        var copy = self
        copy.name = t.name
        if !t.description.isEmpty { copy.description = t.description }
        for i in copy.cohorts.indices { copy.cohorts[i].name = t.cohorts[cohorts[i].name] ?? cohorts[i].name }
        for i in copy.offers.indices { copy.offers[i].name = t.offers[offers[i].name] ?? offers[i].name }
        for (key, name) in t.regions { copy.regionNames[key] = name }
        // Categories are translated wherever they are named, the offers' own included, so that a
        // comparison of names (is this offer in the customer's leading category?) gives the same
        // answer in every language.
        copy.categories = categories.map { t.categories[$0] ?? $0 }
        for i in copy.offers.indices { copy.offers[i].category = offers[i].category.map { t.categories[$0] ?? $0 } }
        return copy
    }
}
