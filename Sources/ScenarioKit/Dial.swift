import Localization

/// The dials: every setting a user, a lesson or a command-line option may turn on top of a
/// scenario, each described once — its scenario key, command-line option, lesson name, title,
/// valid values, steps on the parameters screen, whether it needs a new population, and how it
/// applies to a scenario. The loader, the lesson loader, the CLI's options, the parameters screen
/// and the lessons all read this catalogue.
///
/// The one rule of applying: a dial that is set pins its value, so a range the scenario gave that
/// key (MODEL.md §8.2) ends there; a dial left alone keeps its range for plausible worlds.
public enum Dial: String, Sendable, CaseIterable, Hashable {
    /// Consent rate, k, ε, pseudonym linkage, fallback, protect vulnerable, relevance weight,
    /// population size, weeks, weekly withdrawal and retention weeks, and who the business is:
    /// an online platform or not, and its size class (see `scenarioKey`).
    case consentRate, k, epsilon, linkage, fallback, protectVulnerable, relevanceWeight, customers, weeks, withdrawal, retention
    case onlinePlatform, companySize
    /// Whether the firm knows the response model or learns it from feedback (MODEL.md §12).
    case learning

    /// A dial's value. `off` is ε off or no retention limit.
    public enum Value: Sendable, Hashable {
        /// A real number (rates, weights).
        case number(Double)
        /// A whole number (k, customers, weeks).
        case integer(Int)
        /// Switched off: ε off, no retention limit.
        case off
        /// On or off.
        case flag(Bool)
        /// The fallback offer.
        case fallback(Fallback)
        /// An enterprise size class.
        case size(EnterpriseSize)
        /// Known response or learning from feedback.
        case learning(Learning)

        /// The value as a real number (integers too; nil for off, flags and fallbacks).
        public var number: Double? {
            switch self {
            case .number(let v): v
            case .integer(let v): Double(v)
            default: nil
            }
        }
    }

    /// Which values a dial takes: the same everywhere it can be set.
    public enum Domain: Sendable {
        /// A real number in the range; `off` names the word (besides null) that switches it off.
        case number(ClosedRange<Double>, text: String, off: String?)
        /// A real number above the range's lower end, up to its upper end, or off.
        case positive(ClosedRange<Double>, text: String, off: String?)
        /// A whole number in the range; `off` as above.
        case integer(ClosedRange<Int>, off: String?)
        /// true or false.
        case flag
        /// One of `Fallback`'s names.
        case fallback
        /// One of `EnterpriseSize`'s names.
        case size
        /// One of `Learning`'s names.
        case learning
    }

    /// How the parameters screen moves a dial one step.
    public enum Steps: Sendable {
        /// By `step`, clamped to `range`, rounded to `decimals` places so repeated steps stay exact.
        case linear(step: Double, range: ClosedRange<Double>, decimals: Int)
        /// To the next value of the ascending list (`nil` is off, above the largest).
        case integers([Int?])
        /// To the next value of the list, in order (`nil` is off, first).
        case numbers([Double?])
        /// Between the two states, or round the size classes.
        case toggle
    }

    /// The scenario's key, as the loader names it in diagnostics and the writer writes it.
    public var scenarioKey: String {
        switch self {
        case .consentRate: "consent.rate"
        case .k: "privacy.k"
        case .epsilon: "privacy.epsilon"
        case .linkage: "privacy.pseudonym_linkage"
        case .fallback: "privacy.fallback"
        case .protectVulnerable: "privacy.protect_vulnerable"
        case .relevanceWeight: "model.relevance_weight"
        case .customers: "cohorts[].size"
        case .weeks: "campaign.weeks"
        case .withdrawal: "consent.withdrawal_weekly"
        case .retention: "privacy.retention_weeks"
        case .onlinePlatform: "company.online_platform"
        case .companySize: "company.size"
        case .learning: "model.learning"
        }
    }

    /// The command-line option (`--weeks`) of the dials the simulating commands take; nil where none.
    public var cliOption: String? {
        switch self {
        case .consentRate: "consent"
        case .customers: "customers"
        case .weeks: "weeks"
        case .withdrawal: "withdrawal"
        case .retention: "retention"
        case .learning: "learning"
        default: nil
        }
    }

    /// The key under a lesson step's `settings` (docs/lesson-format.md); nil where a lesson cannot set it.
    public var lessonName: String? {
        switch self {
        case .consentRate: "consent"
        case .k: "k"
        case .epsilon: "epsilon"
        case .fallback: "fallback"
        case .protectVulnerable: "protect_vulnerable"
        case .relevanceWeight: "relevance_weight"
        case .weeks: "weeks"
        case .withdrawal: "withdrawal"
        case .retention: "retention"
        case .onlinePlatform: "online_platform"
        case .companySize: "company_size"
        case .learning: "learning"
        // A lesson's population is fixed by its own `customers` key; linkage is not a lesson dial.
        case .linkage, .customers: nil
        }
    }

    /// The dials a lesson step may set, in catalogue order.
    public static let lessonDials = allCases.filter { $0.lessonName != nil }

    /// The values it takes.
    public var domain: Domain {
        switch self {
        case .consentRate, .linkage, .withdrawal: .number(0...1, text: "from 0 to 1", off: nil)
        case .relevanceWeight: .number(0...100, text: "from 0 to 100", off: nil)
        case .k: .integer(1...1_000_000, off: nil)
        case .epsilon: .positive(0...1e6, text: "> 0 (at most 1e6)", off: "off")
        case .fallback: .fallback
        case .protectVulnerable, .onlinePlatform: .flag
        case .companySize: .size
        case .learning: .learning
        case .customers: .integer(1...ScenarioLoader.maxCustomers, off: nil)
        case .weeks: .integer(1...CampaignSettings.maxWeeks, off: nil)
        case .retention: .integer(1...CampaignSettings.maxWeeks, off: "none")
        }
    }

    /// The range of a whole-number dial (nil for the others).
    public var integerRange: ClosedRange<Int>? {
        if case .integer(let range, _) = domain { range } else { nil }
    }

    /// The range of a real-number dial (nil for the others).
    public var numberRange: ClosedRange<Double>? {
        switch domain {
        case .number(let range, _, _), .positive(let range, _, _): range
        default: nil
        }
    }

    /// Its steps on the parameters screen.
    public var steps: Steps {
        switch self {
        case .consentRate, .linkage: .linear(step: 0.05, range: 0...1, decimals: 3)
        case .relevanceWeight: .linear(step: 0.1, range: 0...3, decimals: 1)
        case .k: .integers([1, 2, 3, 5, 10, 15, 20, 25, 50, 100, 200, 500, 1000])
        case .epsilon: .numbers([nil, 10, 5, 2, 1, 0.5, 0.25, 0.1])
        case .customers: .integers(Dial.customerSteps)
        case .weeks: .integers([1, 2, 4, 6, 8, 12, 16, 26, 52, 104])
        case .withdrawal: .numbers([0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2])
        case .retention: .integers([1, 2, 3, 4, 6, 8, 12, 26, 52, nil])
        case .fallback, .protectVulnerable, .onlinePlatform, .companySize, .learning: .toggle
        }
    }

    /// The population sizes the parameters screen steps through.
    public static let customerSteps = [10_000, 20_000, 50_000, 100_000, 200_000, 300_000, 500_000, 1_000_000, 2_000_000, 5_000_000]

    /// Whether a change needs a new population, not only a new evaluation.
    public var rebuildsPopulation: Bool {
        switch self {
        case .linkage, .fallback, .protectVulnerable, .relevanceWeight, .customers: true
        default: false
        }
    }

    /// The scenario range (MODEL.md §8.2) this dial pins when it is set.
    public var rangeTarget: ParameterRange.Target? {
        switch self {
        case .consentRate: .consentRate
        case .linkage: .pseudonymLinkage
        case .relevanceWeight: .relevanceWeight
        case .withdrawal: .withdrawalWeekly
        default: nil
        }
    }

    /// The title on the parameters screen (an English key of the localisation table).
    public var title: String {
        switch self {
        case .consentRate: loc("Consent rate", .en)
        case .k: loc("k (k-anonymity threshold)", .en)
        case .epsilon: loc("ε (differential privacy)", .en)
        case .linkage: loc("Pseudonym linkage ρ", .en)
        case .fallback: loc("Fallback", .en)
        case .protectVulnerable: loc("Protect vulnerable", .en)
        case .relevanceWeight: loc("Relevance weight β", .en)
        case .customers: loc("Customers", .en)
        case .weeks: loc("Campaign weeks", .en)
        case .withdrawal: loc("Weekly withdrawal", .en)
        case .retention: loc("Retention (weeks kept)", .en)
        case .onlinePlatform: loc("Online platform", .en)
        case .companySize: loc("Company size", .en)
        case .learning: loc("The firm", .en)
        }
    }

    /// What it does, in a sentence (an English key of the localisation table).
    public var explanation: String {
        switch self {
        case .consentRate: loc("Share of customers who consent to personalised advertising.", .en)
        case .k: loc("Segments need at least k consenting contributors before their statistics are used.", .en)
        case .epsilon: loc("Laplace noise on segment counts; smaller ε means more noise and more privacy. Off: no noise.", .en)
        case .linkage: loc("Share of a customer's events that can be linked to their pseudonymous profile.", .en)
        case .fallback: loc("What compliant strategies show where they may not use personal data.", .en)
        case .protectVulnerable: loc("Compliant strategies do not contact vulnerable customers (a suppression list).", .en)
        case .relevanceWeight: loc("How strongly interest in an offer's category moves the odds of converting.", .en)
        case .customers: loc("Population size; every cohort is scaled in proportion. Larger takes longer.", .en)
        case .weeks: loc("How many weeks the campaign runs; each week contacts everyone who has not converted yet. 1 is the one-shot campaign. More weeks take longer. The timeline (t) shows them.", .en)
        case .withdrawal: loc("Share of consenting customers who withdraw their consent each week (GDPR Art. 7(3)); their profile is erased.", .en)
        case .retention: loc("Weeks of history the firm keeps (GDPR Art. 5(1)(e)); older events are deleted. No limit keeps everything.", .en)
        case .onlinePlatform: loc("Whether the business runs an online platform, such as a marketplace with partner sellers (DSA Art. 3(i)). Only platforms are bound by DSA Arts. 20–28; see what changes on the obligations panel (a).", .en)
        case .companySize: loc("Enterprise size class (Recommendation 2003/361/EC). DSA Art. 19 exempts micro and small platforms unless very large; SMEs get the lower AI Act fine cap (Art. 99(6)).", .en)
        case .learning: loc("Whether the firm knows how customers respond from the start, or learns which offer works from weekly feedback by Thompson sampling (MODEL.md §12). A learner may learn only from the customers it may keep data of.", .en)
        }
    }

    /// Its value in `scenario`.
    public func value(in s: Scenario) -> Value {
        switch self {
        case .consentRate: .number(s.consent.rate)
        case .k: .integer(s.privacy.k)
        case .epsilon: s.privacy.epsilon.map(Value.number) ?? .off
        case .linkage: .number(s.privacy.pseudonymLinkage)
        case .fallback: .fallback(s.privacy.fallback)
        case .protectVulnerable: .flag(s.privacy.protectVulnerable)
        case .relevanceWeight: .number(s.model.relevanceWeight)
        case .customers: .integer(s.totalCustomers)
        case .weeks: .integer(s.campaign.weeks)
        case .withdrawal: .number(s.consent.withdrawalWeekly)
        case .retention: s.privacy.retentionWeeks.map(Value.integer) ?? .off
        case .onlinePlatform: .flag(s.company.onlinePlatform)
        case .companySize: .size(s.company.size)
        case .learning: .learning(s.model.learning)
        }
    }

    /// Whether `value` is one this dial takes.
    public func accepts(_ value: Value) -> Bool {
        switch (domain, value) {
        case (.number(let range, _, _), .number(let v)): v.isFinite && range.contains(v)
        case (.positive(let range, _, _), .number(let v)): v.isFinite && v > range.lowerBound && v <= range.upperBound
        case (.integer(let range, _), .integer(let v)): range.contains(v)
        case (.number(_, _, let off?), .off), (.positive(_, _, let off?), .off), (.integer(_, let off?), .off): !off.isEmpty
        case (.flag, .flag), (.fallback, .fallback), (.size, .size), (.learning, .learning): true
        default: false
        }
    }

    /// `scenario` with this dial at `value`, and any range of its key ended: a dial that is set pins its value.
    /// A value of the wrong kind leaves the scenario as it is (`accepts` says which values fit).
    public func apply(_ value: Value, to s: inout Scenario) {
        guard set(value, in: &s), let target = rangeTarget else { return }
        s.uncertain.removeAll { $0.target == target }
    }

    /// `scenario` with this dial's field at `value`, its ranges left alone (a dial nobody set);
    /// false for a value of the wrong kind, which changes nothing.
    @discardableResult
    public func set(_ value: Value, in s: inout Scenario) -> Bool {
        switch (self, value) {
        case (.consentRate, .number(let v)): s.consent.rate = v
        case (.k, .integer(let v)): s.privacy.k = v
        case (.epsilon, .number(let v)): s.privacy.epsilon = v
        case (.epsilon, .off): s.privacy.epsilon = nil
        case (.linkage, .number(let v)): s.privacy.pseudonymLinkage = v
        case (.fallback, .fallback(let v)): s.privacy.fallback = v
        case (.protectVulnerable, .flag(let v)): s.privacy.protectVulnerable = v
        case (.relevanceWeight, .number(let v)): s.model.relevanceWeight = v
        case (.customers, .integer(let v)): if s.totalCustomers != v { s = s.scaled(toCustomers: v) }
        case (.weeks, .integer(let v)): s.campaign.weeks = v
        case (.withdrawal, .number(let v)): s.consent.withdrawalWeekly = v
        case (.retention, .integer(let v)): s.privacy.retentionWeeks = v
        case (.retention, .off): s.privacy.retentionWeeks = nil
        // A very large platform stays flagged while the platform is off; only a platform can be one.
        case (.onlinePlatform, .flag(let v)): s.company.onlinePlatform = v
        case (.companySize, .size(let v)): s.company.size = v
        case (.learning, .learning(let v)): s.model.learning = v
        default: return false
        }
        return true
    }

    /// `values` applied to `base` in catalogue order, the population's size first (scaling
    /// rewrites the cohorts the other dials leave alone).
    public static func apply(_ values: [Dial: Value], to base: Scenario) -> Scenario {
        var s = base
        if let size = values[.customers] { Dial.customers.apply(size, to: &s) }
        for dial in allCases where dial != .customers {
            if let value = values[dial] { dial.apply(value, to: &s) }
        }
        return s
    }

    /// `value` moved one step up (`direction` 1) or down (−1) on the parameters screen, staying in range.
    public func step(_ value: Value, _ direction: Int) -> Value {
        switch (steps, value) {
        case (.linear(let step, let range, let decimals), .number(let v)):
            let scale = pow10(decimals)
            return .number((min(max(v + step * Double(direction), range.lowerBound), range.upperBound) * scale).rounded() / scale)
        case (.integers(let list), _):
            // A value between steps moves to its neighbour; off sits above the largest.
            let current: Int? = if case .integer(let v) = value { v } else { nil }
            let key = { (x: Int?) in x ?? Int.max }
            let next = direction > 0 ? list.first { key($0) > key(current) } : list.last { key($0) < key(current) }
            guard let found = next else { return value }
            return found.map(Value.integer) ?? .off
        case (.numbers(let list), _):
            let current: Double? = if case .number(let v) = value { v } else { nil }
            if let index = list.firstIndex(of: current) {
                return list[min(max(index + direction, 0), list.count - 1)].map(Value.number) ?? .off
            }
            // Off the list: to its neighbour in list order (the list runs up or down).
            let values = list.compactMap { $0 }
            let ascending = zip(values, values.dropFirst()).allSatisfy { $0 <= $1 }
            let before = { (x: Double) in ascending ? x < current ?? -.infinity : x > current ?? .infinity }
            let next = direction > 0 ? values.first { !before($0) && $0 != current } : values.last(where: before)
            return next.map(Value.number) ?? value
        case (.toggle, .flag(let v)): return .flag(!v)
        case (.toggle, .fallback(let v)): return .fallback(v == .contextual ? .broadcast : .contextual)
        case (.toggle, .learning(let v)): return .learning(v == .known ? .thompson : .known)
        case (.toggle, .size(let v)):
            let all = EnterpriseSize.allCases, i = all.firstIndex(of: v)!
            return .size(all[(i + (direction > 0 ? 1 : all.count - 1)) % all.count])
        default: return value
        }
    }

    private func pow10(_ n: Int) -> Double { (0..<n).reduce(1) { x, _ in x * 10 } }
}
