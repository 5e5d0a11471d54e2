import CampaignEngine
import ScenarioKit
import CampaignCompliance
import CampaignOutput
import Localization

/// The explanation's sentences; German comes from the one localisation table (module Localization).
public struct ExplainText: Sendable {
    let language: Language
    /// The sentences in `language`.
    public init(language: Language) { self.language = language }

    /// "Why am I seeing this offer?"
    public var title: String { loc("Why am I seeing this offer?", language) }
    /// "Customer".
    public var customerLabel: String { loc("Customer", language) }
    /// "consents".
    public var consentsLabel: String { loc("consents", language) }
    /// "yes".
    public var yes: String { loc("yes", language) }
    /// "no".
    public var no: String { loc("no", language) }
    /// "Offer".
    public var offerLabel: String { loc("Offer", language) }
    /// "not contacted".
    public var notContactedLabel: String { loc("not contacted", language) }
    /// "Main parameters".
    public var parametersLabel: String { loc("Main parameters", language) }
    /// "Data used".
    public var dataLabel: String { loc("Data used", language) }
    /// "none".
    public var noneLabel: String { loc("none", language) }
    /// "Legal basis".
    public var basisLabel: String { loc("Legal basis", language) }
    /// "How to change".
    public var changeLabel: String { loc("How to change", language) }
    /// "Violations".
    public var violationsLabel: String { loc("Violations", language) }
    /// "consent rate".
    public var consentRateLabel: String { loc("consent rate", language) }
    /// Says the customer is simulated and the text is no legal advice.
    public var disclaimer: String {
        loc("Simulated customer; teaching material, not legal advice.", language)
    }


    var noEvents: String { loc("no linked events, so the average interests of all customers chose the offer", language) }
    func noFavourite(_ total: Int) -> String { loc("no clear favourite (%1 events)", language, total) }
    func leadingCategory(_ category: String, _ count: Int, _ total: Int) -> String {
        loc("most often %1 (%2 of %3 events)", language, category, count, total)
    }
    var notLeadingCategory: String {
        loc("The offer is not in your most frequent category: with your profile, its discount and margin give the best expected profit.", language)
    }
    var generalOfferFits: String { loc("A general offer: with your profile it gives the best expected profit.", language) }
    func topCategory(_ category: String, _ count: Int, _ total: Int) -> String {
        loc("mostly %1 (%2 of %3 events)", language, category, count, total)
    }
    func notContacted(suppressed: Bool) -> String {
        suppressed ? loc("Not contacted: the customer is on the suppression list (vulnerable).", language)
            : loc("Not contacted: no offer may be shown to a minor here (all are adults-only).", language)
    }
    func sameForEveryone(minor: Bool) -> String {
        minor ? loc("The same offer every minor sees; adults-only offers are never shown to minors.", language)
            : loc("The same offer everyone sees: it has the best expected profit for the average customer.", language)
    }
    func pageContext(_ category: String) -> String {
        loc("The page you are on (%1); nothing about you is stored.", language, category)
    }
    var minorFallback: String {
        loc("You are under 18, so no profile chooses your offer (GDPR Recital 38; the EDPB-endorsed WP251).", language)
    }
    func trackedClick(_ category: String) -> String {
        loc("The category of your last tracked click in our e-mails (%1).", language, category)
    }
    var emailAddress: String { loc("your e-mail address", language) }
    var minorCheck: String { loc("your age band (under 18), checked only to keep profiling and adults-only offers from you", language) }
    var minorCheckBasis: String {
        loc("Checking your age band to protect you is processing too: a legal obligation where a law keeps offers from minors (GDPR Art. 6(1)(c)), otherwise legitimate interests (Art. 6(1)(f)). Nothing else about you is used.", language)
    }
    var segmentLookup: String { loc("your age band and region, looked up only to find your group (too small to use)", language) }
    var sponsoredAdvertisement: String { loc("(a partner's advertisement, DSA Art. 3(r))", language) }
    var trackedClickData: String { loc("the category of your last tracked click", language) }
    var emailConsent: String {
        loc("Sending needs your prior consent to e-mail advertising (ePrivacy Art. 13; in Germany § 7(2) Nr. 2 UWG), or, if you bought from us before, the existing-customer rule (§ 7(3) UWG); the GDPR's Art. 6(1) does not govern the sending itself (CJEU C-654/23, Inteligo Media).", language)
    }
    var clickProfiling: String {
        loc("Tracking your clicks needs your consent (§ 25 TDDDG); choosing the offer from them is profiling (GDPR Art. 4(4)) on legitimate interests (Art. 6(1)(f)), which you may object to (Art. 21(2)).", language)
    }
    /// The profiling of a contextual fallback on e-mail: the model's assumption about click-tracking consent.
    var fallbackClickProfiling: String {
        loc("Your last tracked click still chose the offer: that tracking needs your consent (§ 25 TDDDG), which this model assumes you gave when you subscribed; choosing from it is profiling (GDPR Art. 4(4)) on legitimate interests (Art. 6(1)(f)), which you may object to (Art. 21(2)).", language)
    }
    var sureThing: String {
        loc("In this simulation you would have bought anyway, without any offer: a sure thing, whose bonus changed nothing.", language)
    }
    var emailAddressHeld: String { loc("your e-mail address (kept on the mailing list)", language) }
    var addressHeld: String {
        loc("Not contacted now; the mailing list keeps your address on the basis on which you subscribed (ePrivacy Art. 13; § 7 UWG).", language)
    }
    var profileHeld: String { loc("your pseudonymous profile (kept, not used this time)", language) }
    var unsubscribe: String {
        loc("Unsubscribe at any time with the link in every e-mail; you can also object to direct marketing (GDPR Art. 21(2)).", language)
    }
    /// On e-mail: unsubscribing first, then what else changes the offer; the objection right once.
    func unsubscribeThen(_ other: String) -> String {
        if other == noChoiceNeeded { return unsubscribe }
        let objection = other.contains("21(2)")
        return (objection ? loc("Unsubscribe at any time with the link in every e-mail.", language) : unsubscribe) + " " + other
    }
    var ageGateEntry: String { loc("whether you are 18 or over (the age gate of adults-only offers)", language) }
    func ageGateBasis(email: Bool) -> String {
        email ? loc("The age gate keeps an 18+ flag about you: a legal obligation where a law keeps the offer from minors (GDPR Art. 6(1)(c)), otherwise legitimate interests (Art. 6(1)(f)).", language)
            : loc("The age gate checks only whether you are 18 or over; while you stay an anonymous visitor this self-declaration is arguably not personal data. Where it is, its basis is a legal obligation to keep the offer from minors (GDPR Art. 6(1)(c)), or legitimate interests (Art. 6(1)(f)).", language)
    }
    var vulnerableFallback: String {
        loc("Your data is not used for targeting (protected customer).", language)
    }
    var noConsentFallback: String {
        loc("You have not consented to personalised advertising, so no profile of your history is used.", language)
    }
    func segment(_ age: String, _ region: String, k: Int) -> String {
        loc("Customers of your age band %1 in region %2 as a group — at least %3 consenting people — prefer this category.", language, age, region, k)
    }
    func segmentBelowK(k: Int) -> String {
        loc("Your age-and-region group has fewer than %1 consenting people, so its statistics are not used: you see the general offer.", language, k)
    }
    func profile(_ top: String) -> String {
        loc("Your pseudonymous profile, built with your consent from your linked activity: %1.", language, top)
    }
    func fullHistory(_ top: String) -> String {
        loc("Your full activity history: %1.", language, top)
    }
    var vulnerablePushed: String {
        loc("You were identified as vulnerable and shown the strongest incentive.", language)
    }
    func oracle(_ category: String) -> String {
        loc("Hypothetical: your true interests (top: %1) — no real system knows them.", language, category)
    }
    func ageBand(_ band: String) -> String { loc("age band %1", language, band) }
    func region(_ region: String) -> String { loc("region %1", language, region) }
    func linkedEvents(_ n: Int) -> String { loc("%1 linked activity events", language, n) }
    func allEvents(_ n: Int) -> String { loc("all %1 activity events", language, n) }
    var trueInterests: String { loc("true interests (hypothetical)", language) }
    var noPersonalData: String { loc("None needed: no personal data is used (model assumption: an anonymous visitor on a page or in an app).", language) }
    var suppressionEntry: String { loc("your entry on the suppression list (kept and checked for every campaign)", language) }
    var suppressionLegalObligation: String {
        loc("A licensed gambling operator must check the statutory player exclusion register before you play (GlüStV § 8, in Germany OASIS): a legal obligation (GDPR Art. 6(1)(c)) with Art. 9(2)(g), since an entry may reveal a gambling problem. Keeping excluded and at-risk players out of bonus campaigns too is the operator's own measure (a model assumption). Nothing else about you is used.", language)
    }
    var suppressionLegitimateInterest: String {
        loc("The company's legitimate interest in protecting vulnerable people (GDPR Art. 6(1)(f)): it keeps and checks the list so that you are not targeted. Nothing else about you is used.", language)
    }
    func suppressionChange(gambling: Bool) -> String {
        gambling ? loc("You can ask what the register holds about you (GDPR Art. 15); a self-exclusion runs at least three months before it can be lifted on request (GlüStV § 8).", language)
            : loc("You can ask what the list holds about you (GDPR Art. 15) and object to being on it (Art. 21(1)); the company must then weigh your reasons against the protection the list gives.", language)
    }
    var legitimateInterests: String {
        loc("Legitimate interests (GDPR Art. 6(1)(f)): coarse, expected data, balanced against your interests.", language)
    }
    var consent: String { loc("Your consent (GDPR Art. 6(1)(a)).", language) }
    var consentButCounterexample: String {
        loc("Consent was given, but this counterexample ignores consent for everyone else.", language)
    }
    var noLawfulBasis: String {
        loc("None: profiling without consent (or of a minor) has no lawful basis here.", language)
    }
    var hypothetical: String { loc("Not applicable: a hypothetical ceiling, not a way to run a campaign.", language) }
    var noChoiceNeeded: String { loc("Nothing to change: nothing about you chose this offer.", language) }
    var objectToMarketing: String {
        loc("You can object to the use of your data for direct marketing at any time (GDPR Art. 21(2)); it will then no longer be used.", language)
    }
    var withdrawConsent: String {
        loc("Withdraw your consent in the privacy settings at any time, as easily as you gave it (GDPR Art. 7(3)); you can also object to direct marketing (Art. 21(2)).", language)
    }
    var giveConsent: String {
        loc("If you want offers that fit your interests, you can consent in the privacy settings; you can withdraw it any time.", language)
    }
    var counterexampleChange: String {
        loc("In this counterexample your choices are ignored — which is exactly what the law forbids.", language)
    }
    var violationNoConsent: String { loc("profiled without consent (GDPR Art. 6(1)(a))", language) }
    var violationMinor: String { loc("a minor profiled for marketing without a lawful basis (GDPR Art. 6(1); Art. 8, Recital 38)", language) }
    var violationMinorSponsored: String {
        loc("a profiled minor shown a sponsored offer, an advertisement on a platform (DSA Art. 28(2))", language)
    }
    func violationVulnerable(aiSystem: Bool) -> String {
        aiSystem ? loc("a vulnerable person targeted with the strongest incentive (can be a prohibited practice, AI Act Art. 5(1)(b))", language)
            : loc("a vulnerable person targeted with the strongest incentive", language)
    }

    /// Why a customer is not contacted in a later week of a campaign.
    public func redeemedBefore(_ week: Int) -> String {
        loc("Not contacted this week: a welcome bonus is redeemed once, and you redeemed one in week %1.", language, week)
    }

    /// What happened to the customer up to week `trace.week` of a campaign, for `strategy`: the
    /// week, consent and its withdrawal, the retention window, and a conversion that ended contact.
    public func weekNotes(_ trace: WeekInspection, strategy: StrategyName, scenario: Scenario) -> [String] {
        let l = language
        var notes = [loc("Week %1 of %2.", l, trace.week, scenario.campaign.weeks)]
        let choices = trace.inspection.choices
        if strategy == .personalized || strategy == .unconstrained {
            if let withdrawn = trace.withdrawnIn {
                let fallback = scenario.privacy.fallback == .contextual ? loc("contextual", l) : loc("broadcast", l)
                notes.append(strategy == .unconstrained
                    ? loc("Your consent was withdrawn in week %1, yet this counterexample goes on profiling you and keeps all your data (a breach of GDPR Arts. 7(3) and 17(1)(b)).", l, withdrawn)
                    : loc("Your consent was withdrawn in week %1: your profile was erased (GDPR Art. 17(1)(b)), and from then on your offer is %2.", l, withdrawn, fallback))
            } else if trace.consentsAtRate && choices.profileable && strategy == .personalized {
                let kept = scenario.privacy.retentionWeeks == nil ? loc("no retention limit", l) : loc("retention %1 weeks", l, scenario.privacy.retentionWeeks!)
                notes.append(loc("Your consent is active; your profile holds your linked events of weeks %1–%2 (%3).", l, trace.windowStart, trace.week, kept))
            }
        }
        if let converted = trace.convertedIn[strategy] {
            notes.append(loc("You redeemed an offer in week %1; a welcome bonus is redeemed once, so you are not contacted again.", l, converted))
        }
        return notes
    }
}

extension ExplainText {
    /// What a learning strategy did with the customer this week (MODEL.md §12): the cell, how many
    /// customers it had observed, that the offer was drawn by Thompson sampling, and the known
    /// rule's offer; nil for the oracle, which does not learn.
    public func learningNotes(_ choices: [LearnerChoice], strategy: StrategyName, scenario: Scenario) -> [String] {
        let l = language
        guard strategy != .oracle else { return [] }
        guard let choice = choices.first(where: { $0.strategy == strategy }) else {
            return [loc("The firm learns from feedback, but this customer has already converted under this strategy: not contacted this week.", l)]
        }
        let offers = scenario.offers
        var notes = [
            loc("The firm does not know how customers respond; it learns by Thompson sampling. Offers that have worked in your cell (below) are shown more often; sometimes others are shown so that the shop keeps learning.", l),
            loc("Your cell: %1, with %2 contacts observed in earlier weeks. Offer shown: %3 (drawn with chance %4).", l,
                cellName(choice, scenario: scenario), NumberText.grouped(choice.observations, l), offers[choice.offer].name,
                NumberText.percent(choice.probability, 1, l)),
        ]
        notes.append(choice.known == choice.offer
            ? loc("If it knew the response model, this strategy would show the same offer.", l)
            : loc("If it knew the response model, this strategy would show %1 instead (the reasons above are that rule's).", l, offers[choice.known].name))
        if scenario.hasOrganicConversions {
            notes.append(loc("The learner counts every purchase after an offer, including those who would have bought anyway: without a holdout group it cannot tell them apart.", l))
        }
        return notes
    }

    /// A learning cell in words: "page category shoes", "segment 25-34, region 3", …
    func cellName(_ choice: LearnerChoice, scenario: Scenario) -> String {
        let l = language
        let categories = scenario.categories
        func category(_ i: Int) -> String { i < categories.count ? categories[i] : "?" }
        switch choice.cellKind {
        case "everyone": return loc("everyone (one cell)", l)
        case "context":
            return scenario.campaign.channel == .email ? loc("last clicked category %1", l, category(choice.cellIndex))
                : loc("page category %1", l, category(choice.cellIndex))
        case "profile": return loc("top category %1 of your profile", l, category(choice.cellIndex))
        case "segment":
            let regions = scenario.regionKeys
            let count = max(1, regions.count)
            let age = AgeBand.allCases[min(choice.cellIndex / count, AgeBand.allCases.count - 1)].rawValue
            return loc("segment %1, region %2", l, age, regions.isEmpty ? "?" : scenario.regionLabel(regions[choice.cellIndex % count]))
        default: return loc("segments without statistics (pooled)", l)
        }
    }
}
