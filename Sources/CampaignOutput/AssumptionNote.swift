import Localization
import ScenarioKit

/// The note that marks figures resting on assumed values: the scenario's ranges (MODEL.md §8.2)
/// in short words, so the dashboard and the report say which inputs are guesses.
public enum AssumptionNote {
    /// Each assumed value in short words: "relevance weight 0.15–1.2", "consent rate 30–50 %",
    /// "organic rate of 4 cohorts"; a cohort or offer key of one item names it.
    public static func items(_ scenario: Scenario, _ l: Language) -> [String] {
        let local = scenario.localized(l)
        var items: [String] = []
        var cohortKeys: [ParameterRange.CohortValue] = [], offerKeys: [ParameterRange.OfferValue] = []
        for r in scenario.uncertain {
            switch r.target {
            case .relevanceWeight: items.append(loc("relevance weight %1", l, span(r, percent: false, l)))
            case .priorStrength: items.append(loc("prior strength %1", l, span(r, percent: false, l)))
            case .pseudonymLinkage: items.append(loc("pseudonym linkage %1", l, span(r, percent: false, l)))
            case .consentRate: items.append(loc("consent rate %1", l, span(r, percent: true, l)))
            case .withdrawalWeekly: items.append(loc("weekly withdrawal %1", l, span(r, percent: true, l)))
            case .cohort(_, let key): if !cohortKeys.contains(key) { cohortKeys.append(key) }
            case .offer(_, let key): if !offerKeys.contains(key) { offerKeys.append(key) }
            }
        }
        for key in cohortKeys {
            let ranges = scenario.uncertain.filter { if case .cohort(_, key) = $0.target { true } else { false } }
            let what = cohortWords(key, l)
            if ranges.count == 1, case .cohort(let i, _) = ranges[0].target, local.cohorts.indices.contains(i) {
                let percent = key == .baseRate || key == .organicRate || key == .vulnerableShare
                items.append(loc("%1 of %2 %3", l, what, local.cohorts[i].name, span(ranges[0], percent: percent, l)))
            } else {
                items.append(loc("%1 of %2 cohorts", l, what, ranges.count))
            }
        }
        for key in offerKeys {
            let ranges = scenario.uncertain.filter { if case .offer(_, key) = $0.target { true } else { false } }
            let what = offerWords(key, l)
            if ranges.count == 1, case .offer(let i, _) = ranges[0].target, local.offers.indices.contains(i) {
                items.append(loc("%1 of %2 %3", l, what, local.offers[i].name, span(ranges[0], percent: false, l)))
            } else {
                items.append(loc("%1 of %2 offers", l, what, ranges.count))
            }
        }
        return items
    }

    /// "assumed: … · see worlds (w)" cut to `width` characters; nil for a scenario without ranges.
    public static func line(_ scenario: Scenario, width: Int, _ l: Language) -> String? {
        let items = items(scenario, l)
        guard !items.isEmpty else { return nil }
        let text = loc("assumed: %1 · see worlds (w)", l, items.joined(separator: ", "))
        return text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// The report's sentence: what is assumed and where to see what it moves; nil without ranges.
    public static func sentence(_ scenario: Scenario, _ l: Language) -> String? {
        let items = items(scenario, l)
        guard !items.isEmpty else { return nil }
        return loc("Assumed, not measured: %1. The figures use each range's central value; `campaign-sim robustness` shows how the conclusions move across the ranges.", l, items.joined(separator: "; "))
    }

    /// "0.15–1.2" or "30–50 %".
    static func span(_ r: ParameterRange, percent: Bool, _ l: Language) -> String {
        if percent {
            let digits = r.low < 0.1 || r.high < 0.1 ? 1 : 0
            return NumberText.decimal(r.low * 100, digits, l) + "–" + NumberText.percent(r.high, digits, l)
        }
        return number(r.low, l) + "–" + number(r.high, l)
    }

    static func number(_ v: Double, _ l: Language) -> String {
        let text = ShortestNumber.text((v * 100).rounded() / 100)
        return l == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func cohortWords(_ key: ParameterRange.CohortValue, _ l: Language) -> String {
        switch key {
        case .baseRate: loc("base rate", l)
        case .baseSpread: loc("base-rate spread", l)
        case .incentiveSensitivity: loc("incentive sensitivity", l)
        case .historyMean: loc("history length", l)
        case .consentBias: loc("consent bias", l)
        case .vulnerableShare: loc("vulnerable share", l)
        case .organicRate: loc("organic rate", l)
        }
    }

    static func offerWords(_ key: ParameterRange.OfferValue, _ l: Language) -> String {
        switch key {
        case .incentive: loc("incentive", l)
        case .valueEUR: loc("value", l)
        case .costEUR: loc("cost", l)
        }
    }
}
