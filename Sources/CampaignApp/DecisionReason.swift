import CampaignEngine
import ScenarioKit

/// "Why this offer" in a few words, from the engine's own decision data for one customer.
public enum DecisionReason {
    public static func text(for strategy: StrategyName, sample: CustomerInspection, scenario: Scenario) -> String {
        guard let decision = sample.decision(strategy) else { return "" }
        let customer = sample.customer
        let categories = scenario.categories
        if decision.offer == nil {
            if sample.choices.suppressed { return "not contacted: vulnerable, on the suppression list" }
            return "not contacted: no offer may be shown to a minor"
        }
        switch strategy {
        case .broadcast:
            return customer.isMinor ? "same offer for every minor" : "same offer for everyone"
        case .contextual:
            return "page: \(categories[customer.context])"
        case .segment:
            if customer.isMinor { return "minor: fallback, no data used" }
            let region = sample.segment % max(1, scenarioRegions(scenario).count)
            let place = "\(customer.ageBand.rawValue) / \(scenarioRegions(scenario)[safe: region] ?? "?")"
            return decision.segmentHadStatistics ? "segment \(place) statistics" : "segment \(place) below k: average offer"
        case .personalized:
            if decision.profiled {
                let linked = customer.linkedHistory(categories: categories.count)
                return "profile: " + top(linked, categories)
            }
            if customer.isMinor { return "minor: fallback, never profiled" }
            if customer.vulnerable { return "vulnerable: fallback, never profiled" }
            return "no consent: fallback"
        case .unconstrained:
            if customer.vulnerable { return "VULNERABLE: strongest incentive pushed" }
            let history = top(customer.history(categories: categories.count), categories)
            // The violation first, so it survives a narrow column.
            if customer.isMinor { return "MINOR profiled: " + history }
            if !sample.consents { return "NO CONSENT, profiled: " + history }
            return "full history: " + history
        case .oracle:
            let best = customer.theta.indices.max { customer.theta[$0] < customer.theta[$1] } ?? 0
            return "true top interest: \(categories[best]) (\(Format.percent(customer.theta[best], 0)))"
        }
    }

    /// "womenswear (4 of 7)": the category with most events, or "no events".
    static func top(_ counts: [Int], _ categories: [String]) -> String {
        let total = counts.reduce(0, +)
        guard total > 0, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return "no events yet" }
        return "\(categories[best]) (\(counts[best]) of \(total))"
    }

    static func scenarioRegions(_ scenario: Scenario) -> [String] {
        var regions: [String] = []
        for cohort in scenario.cohorts { for r in cohort.regions where !regions.contains(r.name) { regions.append(r.name) } }
        return regions
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
