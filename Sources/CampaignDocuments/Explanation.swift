import CampaignCompliance
import CampaignEngine
import CampaignOutput
import Localization
import ScenarioKit

/// "Why am I seeing this offer?" for one customer and strategy, in the sense of DSA Art. 26(1)(d):
/// the main parameters, the data used, the legal basis, and how to change or withdraw, and the same
/// in a few words (`short`) for a table row. Built only from the engine's own decision data
/// (`Engine.inspect`); the TUI, `explain` and the report all take their text from here.
public struct Explanation: Sendable, Equatable {
    /// The customer's population index.
    public var customer: Int
    /// The strategy whose decision is explained.
    public var strategy: StrategyName
    /// The population consent rate r of the decision.
    public var consentRate: Double
    /// The offer shown, or nil when the customer was not contacted.
    public var offer: String?
    /// Why it was this offer (or no offer).
    public var mainParameters: String
    /// Personal data the decision used.
    public var dataUsed: [String]
    /// The legal basis of the processing, or that no personal data was used.
    public var legalBasis: String
    /// How the customer can change the decision: withdraw or give consent, object, or nothing needed.
    public var howToChange: String
    /// Set for the counterexample's breaches.
    public var violations: [String]
    /// The reason in a few words, for a table row; a breach comes first so that it survives a narrow column.
    public var short: String

    /// Explains `inspection`'s decision for `strategy` in `language`.
    public init(_ inspection: CustomerInspection, strategy: StrategyName, scenario: Scenario, language: Language) {
        let t = ExplainText(language: language)
        let c = inspection.customer
        let d = inspection.decision(strategy)!
        let categories = scenario.categories
        customer = c.id
        self.strategy = strategy
        consentRate = inspection.consentRate
        offer = d.offer.map { scenario.offers[$0].name }
        violations = []
        func top(_ counts: [Int]) -> String {
            let profile = ProfileSummary(counts)
            guard profile.total > 0 else { return t.noEvents }
            guard let leading = profile.leading else { return t.noFavourite(profile.total) }
            return profile.isMajority ? t.topCategory(categories[leading], profile.count, profile.total)
                : t.leadingCategory(categories[leading], profile.count, profile.total)
        }
        /// Why the offer is not the profile's leading category, where it is not.
        func fit(_ counts: [Int]) -> String {
            guard let o = d.offer, let leading = ProfileSummary(counts).leading else { return "" }
            guard let category = scenario.offers[o].category else { return " " + t.generalOfferFits }
            return category == categories[leading] ? "" : " " + t.notLeadingCategory
        }
        let region = scenario.regionLabel(inspection.regionName)
        let email = scenario.campaign.channel == .email
        // On e-mail the "page" is the subscriber's last tracked click (MODEL.md §13).
        func context(_ category: String) -> String { email ? t.trackedClick(category) : t.pageContext(category) }
        short = Self.short(inspection, d, strategy: strategy, categories: categories, region: region, language: language)
        switch strategy {
        case .broadcast:
            mainParameters = d.offer == nil ? t.notContacted(suppressed: inspection.choices.suppressed) : t.sameForEveryone(minor: c.isMinor)
            dataUsed = []
            legalBasis = t.noPersonalData
            howToChange = t.noChoiceNeeded
        case .contextual:
            mainParameters = d.offer == nil ? t.notContacted(suppressed: inspection.choices.suppressed) : context(categories[c.context])
            dataUsed = []
            legalBasis = t.noPersonalData
            howToChange = t.noChoiceNeeded
        case .segment:
            if d.offer == nil {
                mainParameters = t.notContacted(suppressed: inspection.choices.suppressed)
                dataUsed = []
            } else if c.isMinor {
                let fallback = scenario.privacy.fallback == .contextual ? context(categories[c.context]) : t.sameForEveryone(minor: true)
                mainParameters = t.minorFallback + " " + fallback
                dataUsed = []
            } else if d.segmentHadStatistics {
                mainParameters = t.segment(c.ageBand.rawValue, region, k: scenario.privacy.k)
                dataUsed = [t.ageBand(c.ageBand.rawValue), t.region(region)]
            } else {
                mainParameters = t.segmentBelowK(k: scenario.privacy.k)
                // Looking up the group is processing of the age band and region, even when the group is too small.
                dataUsed = [t.segmentLookup]
            }
            legalBasis = dataUsed.isEmpty ? t.noPersonalData : t.legitimateInterests
            howToChange = dataUsed.isEmpty ? t.noChoiceNeeded : t.objectToMarketing
        case .personalized:
            if d.profiled {
                let linked = c.linkedHistory(categories: categories.count)
                mainParameters = t.profile(top(linked)) + fit(linked)
                dataUsed = [t.ageBand(c.ageBand.rawValue), t.region(region), t.linkedEvents(linked.reduce(0, +))]
                legalBasis = t.consent
                howToChange = t.withdrawConsent
            } else {
                // Say what the fallback used: the page, or nothing at all.
                let fallback = scenario.privacy.fallback == .contextual ? context(categories[c.context]) : t.sameForEveryone(minor: c.isMinor)
                mainParameters = d.offer == nil ? t.notContacted(suppressed: inspection.choices.suppressed)
                    : (c.isMinor ? t.minorFallback : c.vulnerable ? t.vulnerableFallback : t.noConsentFallback) + " " + fallback
                dataUsed = []
                legalBasis = t.noPersonalData
                howToChange = c.isMinor || c.vulnerable ? t.noChoiceNeeded : t.giveConsent
            }
        case .unconstrained:
            let history = c.history(categories: categories.count)
            mainParameters = c.vulnerable ? t.vulnerablePushed : t.fullHistory(top(history)) + fit(history)
            dataUsed = [t.ageBand(c.ageBand.rawValue), t.region(region), t.allEvents(history.reduce(0, +))]
            legalBasis = inspection.consents && !c.isMinor ? t.consentButCounterexample : t.noLawfulBasis
            howToChange = t.counterexampleChange
            if !inspection.consents { violations.append(t.violationNoConsent) }
            if c.isMinor { violations.append(t.violationMinor) }
            // The DSA's ban binds platforms, and only advertisements: a partner's sponsored offer.
            if c.isMinor, let o = d.offer, scenario.offers[o].sponsored, scenario.company.dsaPlatformRulesBind { violations.append(t.violationMinorSponsored) }
            if c.vulnerable { violations.append(t.violationVulnerable(aiSystem: scenario.company.isAISystem(strategy))) }
        case .oracle:
            let best = c.theta.indices.max { c.theta[$0] < c.theta[$1] } ?? 0
            mainParameters = t.oracle(categories[best])
            dataUsed = [t.trueInterests]
            legalBasis = t.hypothetical
            howToChange = t.hypothetical
        }
        // Keeping and checking a suppression list is processing, not "no personal data": say what is
        // processed and on which basis (a statutory gambling register: a legal obligation).
        let usesList = inspection.choices.suppressed || (strategy == .personalized && c.vulnerable && !d.profiled)
        if usesList && strategy.isCompliant {
            // The basis follows the sector: only a gambling operator has a statutory register to check.
            let gambling = scenario.company.sector == .gambling
            dataUsed.append(t.suppressionEntry)
            legalBasis = gambling ? t.suppressionLegalObligation : t.suppressionLegitimateInterest
            howToChange = t.suppressionChange(gambling: gambling)
        }
        // A minor is kept from profiling and adults-only offers by checking the age band: processing too.
        if c.isMinor && strategy.isCompliant {
            dataUsed.append(t.minorCheck)
            if legalBasis == t.noPersonalData { legalBasis = t.minorCheckBasis }
        }
        // Not contacted (suppressed, or converted in an earlier week): nothing is chosen, but what is
        // held stays held: the address on e-mail, a consenting customer's pseudonymous profile.
        if d.offer == nil && strategy.info.records != .hypothetical && !inspection.choices.suppressed {
            if strategy == .personalized && inspection.consents && inspection.choices.profileable {
                dataUsed.append(t.profileHeld)
                legalBasis = t.consent
                howToChange = t.withdrawConsent
            }
            if email {
                dataUsed = [t.emailAddressHeld] + dataUsed
                legalBasis = t.addressHeld + (legalBasis == t.noPersonalData ? "" : " " + legalBasis)
                howToChange = t.unsubscribeThen(howToChange)
            }
        }
        // MODEL.md §11: a contacted customer who would have bought anyway is a sure thing.
        if scenario.hasOrganicConversions && d.offer != nil && inspection.buysAnyway {
            mainParameters += " " + t.sureThing
        }
        guard strategy.info.records != .hypothetical, let shown = d.offer else { return }
        // A partner's paid promotion is an advertisement (DSA Art. 3(r)): say so with the offer.
        if scenario.offers[shown].sponsored { offer = (offer ?? "") + " " + t.sponsoredAdvertisement }
        // Eligibility: an adult shown an adults-only offer passed its age gate, which keeps an 18+ flag.
        if strategy.isCompliant && !c.isMinor && scenario.offers[shown].adultOnly {
            dataUsed.append(t.ageGateEntry)
            if legalBasis == t.noPersonalData { legalBasis = t.ageGateBasis(email: email) }
        }
        // E-mail: every strategy uses the address, and sending needs prior consent (MODEL.md §13).
        if email {
            let fallbackClicked = d.usedFallback && scenario.privacy.fallback == .contextual
            let clicked = strategy == .contextual || fallbackClicked
            dataUsed = [t.emailAddress] + (clicked ? [t.trackedClickData] : []) + dataUsed
            let own = legalBasis == t.noPersonalData ? "" : " " + legalBasis
            legalBasis = t.emailConsent + (fallbackClicked ? " " + t.fallbackClickProfiling : clicked ? " " + t.clickProfiling : "") + own
            howToChange = t.unsubscribeThen(howToChange)
        }
    }

    /// The one-line form alone, without building the long one (the detail table draws it per row).
    public static func short(_ inspection: CustomerInspection, strategy: StrategyName, scenario: Scenario, language: Language) -> String {
        guard let d = inspection.decision(strategy) else { return "" }
        return short(inspection, d, strategy: strategy, categories: scenario.categories, region: scenario.regionLabel(inspection.regionName), language: language)
    }

    /// The one-line form of the reason.
    private static func short(_ sample: CustomerInspection, _ decision: Decision, strategy: StrategyName, categories: [String], region: String,
                              language l: Language) -> String {
        let customer = sample.customer
        func top(_ counts: [Int]) -> String {
            let profile = ProfileSummary(counts)
            guard profile.total > 0 else { return loc("no events yet", l) }
            guard let leading = profile.leading else { return loc("no clear favourite", l) }
            return loc("%1 (%2 of %3)", l, categories[leading], profile.count, profile.total)
        }
        if decision.offer == nil {
            if sample.choices.suppressed { return loc("not contacted: vulnerable, on the suppression list", l) }
            return loc("not contacted: no offer may be shown to a minor", l)
        }
        switch strategy {
        case .broadcast:
            return customer.isMinor ? loc("same offer for every minor", l) : loc("same offer for everyone", l)
        case .contextual:
            return loc("page: %1", l, categories[customer.context])
        case .segment:
            if customer.isMinor { return loc("minor: fallback, no data used", l) }
            let place = "\(customer.ageBand.rawValue) / \(region)"
            return decision.segmentHadStatistics ? loc("segment %1 statistics", l, place) : loc("segment %1 below k: average offer", l, place)
        case .personalized:
            if decision.profiled { return loc("profile: %1", l, top(customer.linkedHistory(categories: categories.count))) }
            if customer.isMinor { return loc("minor: fallback, never profiled", l) }
            if customer.vulnerable { return loc("vulnerable: fallback, never profiled", l) }
            return loc("no consent: fallback", l)
        case .unconstrained:
            if customer.vulnerable { return loc("VULNERABLE: strongest incentive pushed", l) }
            let history = top(customer.history(categories: categories.count))
            if customer.isMinor { return loc("MINOR profiled: %1", l, history) }
            if !sample.consents { return loc("NO CONSENT, profiled: %1", l, history) }
            return loc("full history: %1", l, history)
        case .oracle:
            let best = customer.theta.indices.max { customer.theta[$0] < customer.theta[$1] } ?? 0
            return loc("true top interest: %1 (%2)", l, categories[best], NumberText.percent(customer.theta[best], 0, l))
        }
    }
}

/// What a history of events says about a person's interests, stated no stronger than it is.
struct ProfileSummary {
    /// The category with the most events, when one has strictly more than every other.
    let leading: Int?
    let count: Int
    let total: Int

    init(_ counts: [Int]) {
        total = counts.reduce(0, +)
        let most = counts.max() ?? 0
        let tops = counts.indices.filter { counts[$0] == most }
        leading = total > 0 && tops.count == 1 ? tops[0] : nil
        count = most
    }

    /// Whether the leading category holds more than half of the events ("mostly").
    var isMajority: Bool { leading != nil && 2 * count > total }
}
