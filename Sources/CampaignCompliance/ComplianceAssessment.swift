import CampaignEngine
import ScenarioKit

/// The facts about one strategy in one scenario that the catalogue's conditions refer to.
public struct ComplianceFacts: Sendable, Equatable {
    /// The conditions that hold.
    public var holding: Set<Condition>

    /// Derives the facts from a strategy's figures and its scenario; `minors` and `vulnerable`
    /// count those customers in the population. The catalogue sets the large-scale threshold.
    public init(figures: StrategyFigures, scenario: Scenario, minors: Int, vulnerable: Int, catalogue: ObligationCatalogue = .shipped) {
        var facts: Set<Condition> = [.always]
        let strategy = figures.strategy
        if let p = figures.privacy {
            if p.dataPoints > 0 { facts.insert(.personalData) }
            if p.profiled > 0 {
                facts.insert(.profiles)
                // Individual profiles come from tracked browsing: device access (ePrivacy Art. 5(3)).
                facts.insert(.deviceAccess)
                // The DPIA screening's trigger: profiling at scale, or reaching minors or vulnerable people.
                if p.profiled >= catalogue.largeScaleProfiles || minors > 0 || vulnerable > 0 { facts.insert(.largeScaleProfiling) }
            }
            if strategy.info.profilesOnConsent && p.profiled > 0 { facts.insert(.consentBasis) }
            // Individual records (pseudonymised or identified), not segment's aggregate table.
            if [.pseudonymised, .identified].contains(strategy.info.records) && p.storedRecords > 0 { facts.insert(.storesRecords) }
            if p.profiledWithoutConsent > 0 { facts.insert(.profiledWithoutConsent) }
            if p.minorsProfiled > 0 { facts.insert(.minorsProfiled) }
            if p.vulnerableTargeted > 0 { facts.insert(.vulnerableTargeted) }
        }
        // Time (MODEL.md §9): history held over weeks, retention limits and withdrawals.
        let weeks = scenario.campaign.weeks
        let retention = scenario.privacy.retentionWeeks
        // The counterexample keeps everything whatever the limit; others hold what the window allows.
        if strategy.role == .counterexample && weeks > 1 { facts.insert(.keepsEverything) }
        if facts.contains(.storesRecords) && weeks > 1 && (facts.contains(.keepsEverything) || (retention ?? weeks) > 1) {
            facts.insert(.holdsHistory)
        }
        if let retention, weeks > 1, retention < weeks { facts.insert(.retentionLimit) }
        if (figures.withdrawnByEnd ?? 0) > 0 {
            facts.insert(.consentWithdrawn)
            if strategy.role == .counterexample { facts.insert(.ignoresWithdrawal) }
        }
        if minors > 0 { facts.insert(.minorsPresent) }
        if vulnerable > 0 { facts.insert(.vulnerablePresent) }
        if scenario.offers.contains(where: \.adultOnly) { facts.insert(.adultOnlyOffers) }
        // Strategies that select offers automatically per visit, segment or person (the strategy table says which).
        if strategy.info.selectsOffers { facts.insert(.aiTargeting) }
        holding = facts
    }

    /// Whether every one of `conditions` holds.
    public func holds(_ conditions: Set<Condition>) -> Bool { conditions.isSubset(of: holding) }
}

/// Where one strategy stands with one obligation.
public struct ObligationStatus: Sendable, Equatable {
    /// Violated, applies, or does not apply.
    public enum State: String, Sendable {
        /// It applies and the simulated figures show a breach.
        case violated
        /// It applies; the figures show no breach (the organisation still has to do what it asks).
        case applies
        /// Its conditions do not all hold for this strategy.
        case notApplicable = "not_applicable"
    }
    /// The catalogue entry.
    public var obligation: Obligation
    /// Where the strategy stands with it.
    public var state: State
    /// The statutory cap for a violation, in euros (0 where none is computed).
    public var fineCapEUR: Double

    /// How many customers the breach concerns, from the figure behind its violation condition.
    public func violationCount(_ figures: StrategyFigures) -> Int {
        // The first violation condition in vocabulary order names the count.
        guard state == .violated,
              let key = Condition.allCases.first(where: { obligation.violatedWhen.contains($0) && $0.violationFigure != nil })?.violationFigure
        else { return 0 }
        return Int(key.value(of: figures) ?? 0)
    }
}

/// Assesses strategies against the obligations catalogue. Pure: no I/O.
public enum ComplianceAssessment {
    /// The status of every obligation for one strategy. `oracle` is a hypothetical ceiling, not a
    /// way of running a campaign, so nothing applies to it.
    public static func assess(_ figures: StrategyFigures, facts: ComplianceFacts,
                              catalogue: ObligationCatalogue = .shipped) -> [ObligationStatus] {
        catalogue.obligations.map { obligation in
            guard figures.strategy.info.records != .hypothetical, facts.holds(obligation.appliesWhen) else {
                return ObligationStatus(obligation: obligation, state: .notApplicable, fineCapEUR: 0)
            }
            let violated = !obligation.violatedWhen.isEmpty && facts.holds(obligation.violatedWhen)
            let cap = violated ? obligation.fine.flatMap { $0.value(of: figures) } ?? 0 : 0
            return ObligationStatus(obligation: obligation, state: violated ? .violated : .applies, fineCapEUR: cap)
        }
    }
}
