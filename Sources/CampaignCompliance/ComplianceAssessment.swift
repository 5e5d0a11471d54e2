import CampaignEngine
import Foundation
import Localization
import ScenarioKit

/// The facts about one strategy in one scenario that the catalogue's conditions refer to.
public struct ComplianceFacts: Sendable, Equatable {
    /// The conditions that hold.
    public var holding: Set<Condition>
    /// Who the business is, for the reasons an act does not bind it.
    public var company: Company

    /// Derives the facts from a strategy's figures and its scenario; `minors` and `vulnerable`
    /// count those customers in the population. The catalogue sets the large-scale threshold.
    public init(figures: StrategyFigures, scenario: Scenario, minors: Int, vulnerable: Int, catalogue: ObligationCatalogue = .shipped) {
        var facts: Set<Condition> = [.always]
        let strategy = figures.strategy
        let company = scenario.company
        let email = scenario.campaign.channel == .email
        // Who the business is (MODEL.md §1): whether each act binds it at all.
        if company.onlinePlatform { facts.insert(.onlinePlatform) }
        if company.dsaPlatformRulesBind { facts.insert(.dsaPlatformRules) }
        if company.isVeryLargePlatform { facts.insert(.veryLargePlatform) }
        if scenario.offers.contains(where: \.sponsored) { facts.insert(.sponsoredOffers) }
        if company.isAISystem(strategy) { facts.insert(.aiSystem) }
        if email { facts.insert(.email) }
        if company.sector == .gambling { facts.insert(.gambling) }
        if let p = figures.privacy {
            // Keeping and checking a suppression list is processing of personal data (MODEL.md §13).
            if vulnerable > 0 && scenario.privacy.protectVulnerable && strategy.role == nil { facts.insert(.suppressionList) }
            // On e-mail every contact uses the recipient's address (MODEL.md §13); the suppression
            // list is personal data too (an anonymous web visitor's 18+ self-declaration arguably is not).
            if p.dataPoints > 0 || (email && figures.contacted > 0) || facts.contains(.suppressionList) { facts.insert(.personalData) }
            let segmentTargets = strategy == .segment && p.statisticsTargeted > 0
            if p.profiled > 0 {
                facts.insert(.profiles)
                facts.insert(.evaluatesPerson)
                // Individual profiles come from tracked browsing: device access (ePrivacy Art. 5(3)).
                facts.insert(.deviceAccess)
                // The DPIA screening's trigger: profiling at scale, or reaching minors or vulnerable people.
                if p.profiled >= catalogue.largeScaleProfiles || minors > 0 || vulnerable > 0 { facts.insert(.largeScaleProfiling) }
            }
            // Choosing from a person's age band and region predicts their preference: profiling
            // (Art. 4(4)) on legitimate interests; the browsing behind its statistics was tracked with consent.
            if segmentTargets {
                facts.formUnion([.evaluatesPerson, .legitimateInterests, .deviceAccess])
            }
            // On e-mail, contextual's "page" is a known subscriber's last tracked click (MODEL.md §13),
            // and so is the page of a contextual fallback: personalised's for those it does not
            // profile, segment's for minors.
            let fallbackReadsClicks = scenario.privacy.fallback == .contextual
                && (strategy == .personalized ? figures.contacted > p.profiled : strategy == .segment && minors > 0)
            if email && (strategy == .contextual || fallbackReadsClicks) && figures.contacted > 0 {
                facts.formUnion([.evaluatesPerson, .deviceAccess])
                // Contextual chooses from the click for everyone it mails: legitimate interests, with
                // the right to object (the tracking itself needs § 25 TDDDG consent).
                if strategy == .contextual { facts.insert(.legitimateInterests) }
            }
            if strategy.info.profilesOnConsent && p.profiled > 0 { facts.insert(.consentBasis) }
            // Individual records (pseudonymised or identified), not segment's aggregate table.
            if [.pseudonymised, .identified].contains(strategy.info.records) && p.storedRecords > 0 { facts.insert(.storesRecords) }
            if strategy.info.records == .pseudonymised && p.storedRecords > 0 { facts.insert(.pseudonymisedRecords) }
            if p.profiledWithoutConsent > 0 { facts.insert(.profiledWithoutConsent) }
            if p.minorsProfiled > 0 { facts.insert(.minorsProfiled) }
            if p.minorsShownSponsored > 0 { facts.insert(.minorsShownSponsored) }
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
        if minors > 0 || vulnerable > 0 { facts.insert(.atRiskPresent) }
        if scenario.offers.contains(where: \.adultOnly) { facts.insert(.adultOnlyOffers) }
        // Strategies that select offers automatically per visit, segment or person (the strategy table says which).
        if strategy.info.selectsOffers { facts.insert(.aiTargeting) }
        holding = facts
        self.company = company
    }

    /// Whether every one of `conditions` holds.
    public func holds(_ conditions: Set<Condition>) -> Bool { conditions.isSubset(of: holding) }

    /// The first of `conditions`, in vocabulary order, that does not hold.
    public func firstUnmet(_ conditions: Set<Condition>) -> Condition? {
        Condition.allCases.first { conditions.contains($0) && !holding.contains($0) }
    }
}

/// Where one strategy stands with one obligation.
public struct ObligationStatus: Sendable, Equatable {
    /// Breached, applies, or does not apply.
    public enum State: String, Sendable {
        /// It applies and the simulated figures show a breach that concerns at least one customer.
        case violated = "breached"
        /// It applies; the figures show no breach (the organisation still has to do what it asks).
        case applies
        /// The act does not bind the business, or the strategy does not do what the entry is about.
        case notApplicable = "not_applicable"
    }
    /// The catalogue entry.
    public var obligation: Obligation
    /// Where the strategy stands with it.
    public var state: State
    /// The statutory cap for a breach, in euros (0 where none is computed).
    public var fineCapEUR: Double
    /// The customers the breach concerns (0 unless breached, never 0 when breached).
    public var people: Int = 0
    /// What was breached (a breach condition), when breached.
    public var breach: Condition?
    /// Why it does not apply, when not applicable.
    public var reason: LocalizedText?

    /// How many customers the breach concerns.
    public func violationCount(_ figures: StrategyFigures) -> Int { people }

    /// One short sentence: why it does not apply, or what was breached (empty where it simply applies).
    public func reasonText(_ language: Language, number: (Int) -> String = { String($0) }) -> String {
        if let reason { return reason.text(language) }
        if let text = breach?.breachText { return text.text(language).replacingOccurrences(of: "%1", with: number(people)) }
        return ""
    }
}

/// Assesses strategies against the obligations catalogue. Pure: no I/O.
public enum ComplianceAssessment {
    /// Why nothing applies to the oracle.
    static let hypothetical = LocalizedText(en: "The oracle is a hypothetical ceiling, not a way of running a campaign.",
                                            de: "Das Orakel ist eine hypothetische Obergrenze, keine Art, eine Kampagne zu führen.")

    /// The status of every obligation for one strategy. `oracle` is a hypothetical ceiling, not a
    /// way of running a campaign, so nothing applies to it.
    public static func assess(_ figures: StrategyFigures, facts: ComplianceFacts,
                              catalogue: ObligationCatalogue = .shipped) -> [ObligationStatus] {
        catalogue.obligations.map { obligation in
            guard figures.strategy.info.records != .hypothetical else {
                return ObligationStatus(obligation: obligation, state: .notApplicable, fineCapEUR: 0, reason: hypothetical)
            }
            // Who the business is first: an act that does not bind it says so, whatever the strategy does.
            if let unmet = facts.firstUnmet(obligation.binds) ?? facts.firstUnmet(obligation.appliesWhen) {
                return ObligationStatus(obligation: obligation, state: .notApplicable, fineCapEUR: 0, reason: unmet.unmetReason(facts.company))
            }
            // A breach names its people: one the figures count no one for is not a breach.
            guard !obligation.violatedWhen.isEmpty, facts.holds(obligation.violatedWhen),
                  let breach = Condition.allCases.first(where: { obligation.violatedWhen.contains($0) && $0.isBreach }),
                  let people = breach.people(figures), people > 0
            else { return ObligationStatus(obligation: obligation, state: .applies, fineCapEUR: 0) }
            var cap = obligation.fine.flatMap { $0.value(of: figures) } ?? 0
            // An Art. 83(5) breach exposes the company to that cap whichever breach it is (MODEL.md §5
            // computes it for processing without consent; the others fall under the same paragraph).
            if cap == 0 && obligation.fine == .fineCapGDPR { cap = FineCaps.gdprArt83_5(turnover: facts.company.annualTurnoverEUR) }
            return ObligationStatus(obligation: obligation, state: .violated, fineCapEUR: cap, people: people, breach: breach)
        }
    }
}
