import Localization
import ScenarioKit

/// The dials a user turns live; applied on top of the loaded scenario.
public struct Parameters: Sendable, Equatable {
    public var consentRate: Double
    public var k: Int
    public var epsilon: Double?
    public var linkage: Double
    public var fallback: Fallback
    public var protectVulnerable: Bool
    public var relevanceWeight: Double
    public var customers: Int
    /// The campaign's length and what happens over it (MODEL.md §9).
    public var weeks: Int
    public var withdrawal: Double
    public var retention: Int?

    /// The scenario's own settings.
    public init(scenario: Scenario) {
        consentRate = scenario.consent.rate
        k = scenario.privacy.k
        epsilon = scenario.privacy.epsilon
        linkage = scenario.privacy.pseudonymLinkage
        fallback = scenario.privacy.fallback
        protectVulnerable = scenario.privacy.protectVulnerable
        relevanceWeight = scenario.model.relevanceWeight
        customers = scenario.totalCustomers
        weeks = scenario.campaign.weeks
        withdrawal = scenario.consent.withdrawalWeekly
        retention = scenario.privacy.retentionWeeks
    }

    /// The scenario with these parameters applied.
    public func apply(to base: Scenario) -> Scenario {
        var s = base.totalCustomers == customers ? base : base.scaled(toCustomers: customers)
        s.consent.rate = consentRate
        s.privacy.k = k
        s.privacy.epsilon = epsilon
        s.privacy.pseudonymLinkage = linkage
        s.privacy.fallback = fallback
        s.privacy.protectVulnerable = protectVulnerable
        s.model.relevanceWeight = relevanceWeight
        s.campaign.weeks = weeks
        s.consent.withdrawalWeekly = withdrawal
        s.privacy.retentionWeeks = retention
        // A dial moved away from a range's central value replaces the range with the dial's value.
        let applied = s
        s.uncertain.removeAll { $0.value(in: applied) != $0.central }
        return s
    }

    /// Whether moving from `other` to these parameters needs a new population (not only a new evaluation).
    public func needsRebuild(from other: Parameters) -> Bool {
        linkage != other.linkage || fallback != other.fallback || protectVulnerable != other.protectVulnerable
            || relevanceWeight != other.relevanceWeight || customers != other.customers
    }

    /// The editable parameters in screen order.
    public enum Field: Int, CaseIterable, Sendable {
        case consentRate, k, epsilon, linkage, fallback, protectVulnerable, relevanceWeight, customers, weeks, withdrawal, retention

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
            }
        }

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
            }
        }
    }

    static let epsilonSteps: [Double?] = [nil, 10, 5, 2, 1, 0.5, 0.25, 0.1]
    static let kSteps = [1, 2, 3, 5, 10, 15, 20, 25, 50, 100, 200, 500, 1000]
    public static let customerSteps = [10_000, 20_000, 50_000, 100_000, 200_000, 300_000, 500_000, 1_000_000, 2_000_000, 5_000_000]
    static let weekSteps = [1, 2, 4, 6, 8, 12, 16, 26, 52, 104]
    static let withdrawalSteps = [0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2]
    /// nil is "no limit", the last step up.
    static let retentionSteps: [Int?] = [1, 2, 3, 4, 6, 8, 12, 26, 52, nil]

    /// Moves a field one step up (`direction` 1) or down (−1), staying in range.
    public mutating func step(_ field: Field, _ direction: Int, customerLimit: Int = Parameters.customerSteps.last!) {
        switch field {
        case .consentRate: consentRate = Parameters.roundedRate(consentRate + 0.05 * Double(direction))
        case .k: k = Parameters.stepped(k, in: Parameters.kSteps, direction)
        case .epsilon:
            let index = Parameters.epsilonSteps.firstIndex(of: epsilon) ?? 0
            epsilon = Parameters.epsilonSteps[min(max(index + direction, 0), Parameters.epsilonSteps.count - 1)]
        case .linkage: linkage = Parameters.roundedRate(linkage + 0.05 * Double(direction))
        case .fallback: fallback = fallback == .contextual ? .broadcast : .contextual
        case .protectVulnerable: protectVulnerable.toggle()
        case .relevanceWeight: relevanceWeight = max(0, min(3, ((relevanceWeight + 0.1 * Double(direction)) * 10).rounded() / 10))
        case .customers: customers = min(Parameters.stepped(customers, in: Parameters.customerSteps, direction), max(customers, customerLimit))
        case .weeks: weeks = Parameters.stepped(weeks, in: Parameters.weekSteps, direction)
        case .withdrawal:
            withdrawal = direction > 0 ? Parameters.withdrawalSteps.first { $0 > withdrawal } ?? withdrawal
                : Parameters.withdrawalSteps.last { $0 < withdrawal } ?? withdrawal
        case .retention:
            // A value between steps moves to its neighbour; "no limit" sits above the largest.
            let ordered = Parameters.retentionSteps
            let index = ordered.firstIndex(of: retention) ?? ordered.firstIndex { ($0 ?? Int.max) > (retention ?? Int.max) } ?? ordered.count - 1
            retention = ordered[min(max(index + direction, 0), ordered.count - 1)]
        }
    }

    /// A rate clamped to [0, 1] and rounded to whole per mille, so repeated steps stay exact.
    static func roundedRate(_ value: Double) -> Double { (min(max(value, 0), 1) * 1000).rounded() / 1000 }

    /// The next value of a step list above (or below) `value`.
    static func stepped(_ value: Int, in steps: [Int], _ direction: Int) -> Int {
        if direction > 0 { return steps.first { $0 > value } ?? value }
        return steps.last { $0 < value } ?? value
    }
}
