import CampaignCompliance
import CampaignOutput
import Localization
import ScenarioKit

/// The audit report's text; German comes from the one localisation table (module Localization).
struct ReportText {
    let language: Language
    init(language: Language) { self.language = language }

    func title(_ name: String) -> String { loc("Privacy and compliance report: %1", language, name) }
    /// The opening paragraph; `ways` counts the strategies the scenario compares.
    func intro(rate: Int, asOf: String, ways: Int) -> String {
        if ways == 1 {
            return loc("This report describes one way of running the campaign at a consent rate of %1 %, with the personal data it uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of %2). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.", language, rate, asOf)
        }
        return loc("This report compares %3 ways of running the campaign at a consent rate of %1 %, with the personal data each uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of %2). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.", language, rate, asOf, cardinal(ways, language))
    }
    func disclaimer(asOf: String) -> String {
        loc("Teaching material, not legal advice. Law as of %1; check later changes before relying on it.", language, asOf)
    }
    var scenarioHeading: String { loc("1. The scenario", language) }
    func customers(_ n: Int, minors: Int, vulnerable: Int) -> String {
        loc("Customers: %1, of whom %2 minors and %3 vulnerable", language, AuditReport.group(n, language), AuditReport.group(minors, language), AuditReport.group(vulnerable, language))
    }
    func cohorts(_ text: String) -> String { loc("Cohorts: %1", language, text) }
    func offers(_ text: String) -> String { loc("Offers: %1", language, text) }
    var adultsOnlyMark: String { loc(" (adults only)", language) }
    func company(turnover: Double, sme: Bool) -> String {
        loc("Company: worldwide annual turnover %1", language, AuditReport.euros(turnover, language))
            + (sme ? loc(", SME", language) : "")
    }
    func consent(rate: Int, k: Int, epsilon: Double?, protect: Bool) -> String {
        let eps = epsilon.map { NumberText.decimal($0, 2, language) } ?? loc("off", language)
        let suppression = protect ? loc("suppressed", language) : loc("NOT suppressed", language)
        return loc("Settings: consent rate %1 %, k = %2, ε = %3, vulnerable customers %4", language, rate, k, eps, suppression)
    }
    func role(_ role: StrategyRole) -> String { loc(role.mark, language) }
    var figuresHeading: String { loc("2. Strategies and their figures", language) }
    func replicationsIntro(_ r: Int) -> String {
        loc("Figures are means over %1 synthetic populations, ± the half-width of their 95 % interval (Student's t). Each strategy's expected profit compared with broadcast on the same customers (paired, 95 % interval):", language, r)
    }
    func difference(_ strategy: String, mean: String, low: String, high: String, clear: Bool) -> String {
        clear ? loc("%1: %2 against broadcast (%3 to %4); the difference is clear at 95 %.", language, strategy, mean, low, high)
            : loc("%1: %2 against broadcast (%3 to %4); not distinguishable from broadcast at 95 %.", language, strategy, mean, low, high)
    }
    var dataHeading: String { loc("3. Data categories and legal basis", language) }
    var dataHeaders: [String] { [loc("Strategy", language), loc("Data used", language), loc("Records stored", language), loc("Legal basis", language)] }
    func dataUsed(_ s: StrategyName) -> String { loc(s.info.dataUsed, language) }
    func records(_ s: StrategyName) -> String { loc(s.info.recordsStored, language) }
    /// The suppression list's row of the data table: what is kept and on which basis.
    func suppressionRow(gambling: Bool) -> [String] {
        [loc("Suppression list (all compliant strategies)", language),
         loc("whether a visitor is on the list of protected (vulnerable) people; checked for every visitor", language),
         loc("the list's entries", language),
         gambling ? loc("legal obligation, GDPR Art. 6(1)(c): the statutory self-exclusion register (in Germany OASIS, GlüStV § 8)", language)
             : loc("legitimate interests, GDPR Art. 6(1)(f): protecting vulnerable people (document the balancing test)", language)]
    }
    func basis(_ s: StrategyName) -> String { loc(s.info.legalBasis, language) }
    var dpiaHeading: String { loc("4. DPIA screening (GDPR Art. 35(3))", language) }
    var dpiaIntro: String {
        loc("Art. 35(3) makes a DPIA mandatory for (a) systematic and extensive automated evaluation, including profiling, with legal or similarly significant effects, (b) large-scale processing of special categories (Art. 9) or of criminal-offence data (Art. 10), (c) large-scale monitoring of public areas. Profiling at scale, or where minors or vulnerable people are reached, is screened as 'DPIA recommended'.", language)
    }
    var dpiaHeaders: [String] { [loc("Strategy", language), loc("(a) Profiling", language), loc("(b) Special categories", language), loc("(c) Public monitoring", language), loc("Result", language)] }
    func profilingYes(_ n: Int) -> String { loc("yes, %1 profiles", language, AuditReport.group(n, language)) }
    var no: String { loc("no", language) }
    var specialCategories: String { loc("not modelled: check the category list", language) }
    var dpiaRecommended: String { loc("DPIA recommended", language) }
    var dpiaDocument: String { loc("document the screening", language) }
    var dpiaNotNeeded: String { loc("no DPIA indicated", language) }
    var aiActHeading: String { loc("5. AI Act classification", language) }
    var aiNotHighRisk: String {
        loc("Not high-risk: marketing personalisation is not among the eight Annex III areas, unless it feeds a listed decision such as credit.", language)
    }
    var aiLiteracy: String {
        loc("Art. 4 (AI literacy, from 2 Feb 2025) applies to every automated selection: train the staff who run it.", language)
    }
    var aiArt50: String {
        loc("Art. 50 transparency (from 2 Aug 2026) usually does not reach an offer selector; it does if a chatbot presents offers or creatives are AI-generated.", language)
    }
    var aiNoProhibited: String {
        loc("No strategy contacts vulnerable customers: no sign of the Art. 5(1)(b) prohibited practice.", language)
    }
    func aiProhibited(_ names: String) -> String {
        loc("Prohibited-practice risk (Art. 5(1)(b), exploiting vulnerabilities): %1 contacts vulnerable customers.", language, names)
    }
    var obligationsHeading: String { loc("6. Obligations that apply", language) }
    /// Words, not ticks: a tick reads as "compliant" to a compliance officer.
    var obligationsLegend: String {
        loc("“applies”: the duty is in force for the strategy, and nothing in the simulation shows a breach (it is not a finding of compliance). “BREACHED”: the simulation shows the strategy breaking it. “n/a”: it does not apply to the strategy.", language)
    }
    var citation: String { loc("Obligation", language) }
    var appliesMark: String { loc("applies", language) }
    var violatedMark: String { loc("BREACHED", language) }
    var notApplicableMark: String { loc("n/a", language) }
    /// A cap the EU text leaves to national law (ePrivacy).
    var nationalCap: String { loc("set by national law", language) }
    var provenanceHeading: String { loc("Provenance", language) }
    var provenanceItem: String { loc("Item", language) }
    var provenanceValue: String { loc("Value", language) }
    var generated: String { loc("Generated (UTC)", language) }
    var tool: String { loc("Tool", language) }
    var source: String { loc("Scenario source", language) }
    var digest: String { loc("Scenario digest", language) }
    var seedAndCustomers: String { loc("Seed and customers", language) }
    func seed(_ seed: UInt64, customers: String) -> String { loc("seed %1, %2 customers", language, String(seed), customers) }
    var options: String { loc("Options", language) }

    /// "Title: text", without doubling the title's own question or exclamation mark.
    static func labelled(_ title: String, _ text: String) -> String {
        guard let last = title.last, "?!.:".contains(last) else { return title + ": " + text }
        return title + " " + text
    }
    var dutiesHeading: String { loc("What the organisation must do (compliant strategies)", language) }
    var violationsHeading: String { loc("7. Violations and fine caps", language) }
    var violationsIntro: String {
        loc("Statutory maximum fines for the breaches the simulation shows — ceilings, not predictions; caps for different breaches are not simply added.", language)
    }
    var violationHeaders: [String] { [loc("Strategy", language), loc("Provision", language), loc("People affected", language), loc("Cap", language)] }
    var noViolations: String { loc("No strategy in this comparison violates a rule the simulation can see.", language) }
    var checklistHeading: String { loc("8. Good-practice checklist", language) }
    var checklist: [String] {
        [loc("Review the data strategy: which data does the offer choice really need (Art. 5(1)(c), Art. 25)?", language), loc("Classify the AI systems and document the classification (AI Act Art. 5, Art. 50, Annex III).", language), loc("Screen for a DPIA and run one where indicated (Art. 35).", language), loc("Tell customers why they see an offer and how to change or withdraw (DSA Art. 26(1)(d), GDPR Arts. 7(3), 21).", language), loc("Train staff (AI literacy, AI Act Art. 4).", language), loc("Audit the algorithms regularly: minors, vulnerable customers, consent, re-identification risk.", language), loc("Bind vendors by contract (data processing agreements, GDPR Art. 28).", language)]
    }
}
