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
                items.append(loc("%1 of cohort %2 %3", l, what, local.cohorts[i].name, span(ranges[0], percent: percent, l)))
            } else {
                items.append(loc("%1 of %2 cohorts", l, what, ranges.count))
            }
        }
        for key in offerKeys {
            let ranges = scenario.uncertain.filter { if case .offer(_, key) = $0.target { true } else { false } }
            let what = offerWords(key, l)
            if ranges.count == 1, case .offer(let i, _) = ranges[0].target, local.offers.indices.contains(i) {
                items.append(loc("%1 of offer %2 %3", l, what, local.offers[i].name, span(ranges[0], percent: false, l)))
            } else {
                items.append(loc("%1 of %2 offers", l, what, ranges.count))
            }
        }
        // No bonus at all is rarely a fact: an experiment's data hold none (calibrate without --cost).
        if !scenario.offers.isEmpty, scenario.offers.allSatisfy({ $0.costEUR == 0 }),
           !scenario.uncertain.contains(where: { if case .offer(_, .costEUR) = $0.target { true } else { false } }) {
            items.append(loc("bonus costs not given (all 0)", l))
        }
        return items
    }

    /// "uncertain: … · see worlds (w)" cut to `width` characters; nil for a scenario without ranges.
    public static func line(_ scenario: Scenario, width: Int, _ l: Language) -> String? {
        let items = items(scenario, l)
        guard !items.isEmpty else { return nil }
        let text = loc("uncertain: %1 · see worlds (w)", l, items.joined(separator: ", "))
        return text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// The report's sentence: what is assumed and where to see what it moves; nil without ranges.
    public static func sentence(_ scenario: Scenario, _ l: Language) -> String? {
        let items = items(scenario, l)
        guard !items.isEmpty else { return nil }
        return loc("Uncertain inputs, given as ranges (assumptions, or estimates with their 95 % interval; the scenario file's comments say which): %1. The figures use each range's most likely value; `campaign-sim robustness` shows how the conclusions move across the ranges.", l, items.joined(separator: "; "))
    }

    /// One range named in words, nominative, with `value` (a span or "low → high") after it:
    /// "relevance weight 0.37 → 0.95", "organic rate of commuters 0.70 % → 1.45 %".
    public static func label(_ r: ParameterRange, scenario: Scenario?, value: String, _ l: Language) -> String {
        switch r.target {
        case .relevanceWeight: return loc("relevance weight %1", l, value)
        case .priorStrength: return loc("prior strength %1", l, value)
        case .pseudonymLinkage: return loc("pseudonym linkage %1", l, value)
        case .consentRate: return loc("consent rate %1", l, value)
        case .withdrawalWeekly: return loc("weekly withdrawal %1", l, value)
        case .cohort(let i, let key):
            guard let cohorts = scenario?.localized(l).cohorts, cohorts.indices.contains(i) else { return r.path + " " + value }
            return loc("%1 of cohort %2 %3", l, cohortWords(key, l), cohorts[i].name, value)
        case .offer(let i, let key):
            guard let offers = scenario?.localized(l).offers, offers.indices.contains(i) else { return r.path + " " + value }
            return loc("%1 of offer %2 %3", l, offerWords(key, l), offers[i].name, value)
        }
    }

    /// Whether a range's values read as percentages.
    public static func isPercent(_ r: ParameterRange) -> Bool {
        switch r.target {
        case .consentRate, .withdrawalWeekly: true
        case .cohort(_, let k): k == .baseRate || k == .organicRate || k == .vulnerableShare
        default: false
        }
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
