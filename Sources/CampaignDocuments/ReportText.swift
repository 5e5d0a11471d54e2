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
    func company(turnover: Double) -> String {
        loc("Company: worldwide annual turnover %1", language, AuditReport.euros(turnover, language))
    }
    func consent(rate: Int, k: Int, epsilon: Double?, protect: Bool) -> String {
        let eps = epsilon.map { NumberText.decimal($0, 2, language) } ?? loc("off", language)
        let suppression = protect ? loc("suppressed", language) : loc("NOT suppressed", language)
        return loc("Settings: consent rate %1 %, k = %2, ε = %3, vulnerable customers %4", language, rate, k, eps, suppression)
    }
    func role(_ role: StrategyRole) -> String { loc(role.mark, language) }
    var figuresHeading: String { loc("2. Strategies and their figures", language) }
    /// What the Violations column adds up (one definition for the dashboard, timeline and report).
    var violationsDefinition: String {
        loc("Violations adds three counts: customers profiled without consent, minors profiled and vulnerable customers contacted; one customer can count in two of them. Section 7 lists each breach with the people it concerns.", language)
    }
    func replicationsIntro(_ r: Int) -> String {
        loc("Figures are means over %1 synthetic populations, ± the half-width of their 95 % interval (Student's t). Each strategy's expected profit compared with broadcast on the same customers (paired, 95 % interval):", language, r)
    }
    func difference(_ strategy: String, mean: String, low: String, high: String, clear: Bool) -> String {
        clear ? loc("%1: %2 against broadcast (%3 to %4); the difference is clear at 95 %.", language, strategy, mean, low, high)
            : loc("%1: %2 against broadcast (%3 to %4); not distinguishable from broadcast at 95 %.", language, strategy, mean, low, high)
    }
    var dataHeading: String { loc("3. Data categories and legal basis", language) }
    var dataHeaders: [String] { [loc("Strategy", language), loc("Data used", language), loc("Records stored", language), loc("Legal basis", language)] }
    /// What the strategy uses; on e-mail the address comes first, and contextual's "page" is a tracked click (MODEL.md §13).
    func dataUsed(_ s: StrategyName, _ channel: Channel) -> String {
        guard channel == .email, s.info.records != .hypothetical else { return loc(s.info.dataUsed, language) }
        if s == .contextual { return loc("e-mail address, the category of the subscriber's last tracked click", language) }
        let own = s.info.dataUsed == "none" ? "" : ", " + loc(s.info.dataUsed, language)
        return loc("e-mail address", language) + own
    }
    func records(_ s: StrategyName) -> String { loc(s.info.recordsStored, language) }
    /// The suppression list's row of the data table: what is kept and on which basis.
    func suppressionRow(gambling: Bool) -> [String] {
        [loc("Suppression list (all compliant strategies)", language),
         loc("whether a visitor is on the list of protected (vulnerable) people; checked for every visitor", language),
         loc("the list's entries", language),
         gambling ? loc("legal obligation, GDPR Art. 6(1)(c) with Art. 9(2)(g): the statutory player exclusion register checked before play (in Germany OASIS, GlüStV § 8); at-risk flags beyond it need an Art. 9 exception of their own", language)
             : loc("legitimate interests, GDPR Art. 6(1)(f): protecting vulnerable people (document the balancing test)", language)]
    }
    /// The legal basis; on e-mail the sending needs prior consent first, whatever picks the offer.
    func basis(_ s: StrategyName, _ channel: Channel) -> String {
        guard channel == .email, s.info.records != .hypothetical else { return loc(s.info.legalBasis, language) }
        let sending = loc("sending: prior consent to e-mail advertising (ePrivacy Art. 13; in Germany § 7(2) Nr. 2 UWG) or, for existing customers, § 7(3) UWG; the GDPR's Art. 6(1) does not govern the sending itself (CJEU C-654/23); if opens or clicks are tracked, § 25 TDDDG consent", language)
        switch s {
        case .broadcast: return sending
        case .contextual: return sending + "; " + loc("choosing from a known subscriber's tracked click is profiling (GDPR Art. 4(4)): legitimate interests (Art. 6(1)(f)) with the right to object (Art. 21(2)), the click tracking itself with § 25 TDDDG consent", language)
        default: return sending + "; " + loc("choosing the offer: %1", language, loc(s.info.legalBasis, language))
        }
    }
    /// The age gate's row of the data table: an 18+ flag, personal data where the person is identifiable.
    func ageGateRow(channel: Channel, gambling: Bool) -> [String] {
        [loc("Age gate (adults-only offers)", language),
         channel == .email ? loc("an 18+ flag per subscriber (personal data: the subscriber is known)", language)
             : loc("an 18+ self-declaration per visitor (arguably not personal data while the visitor stays anonymous)", language),
         loc("none beyond the check", language),
         gambling ? loc("legal obligation, GDPR Art. 6(1)(c): keeping gambling from minors (GlüStV)", language)
             : loc("legal obligation where a law keeps the offer from minors, GDPR Art. 6(1)(c); otherwise legitimate interests, Art. 6(1)(f)", language)]
    }
    var dpiaHeading: String { loc("4. DPIA screening (GDPR Art. 35(3))", language) }
    var dpiaIntro: String {
        loc("Art. 35(3) makes a DPIA mandatory for (a) systematic and extensive automated evaluation, including profiling, with legal or similarly significant effects, (b) large-scale processing of special categories (Art. 9) or of criminal-offence data (Art. 10), (c) large-scale monitoring of public areas. Profiling at scale, or where minors or vulnerable people are reached, is screened as 'DPIA recommended'. 'At scale' means at least 10,000 profiles: the project's teaching threshold, not a legal one (WP248 names no number).", language)
    }
    var dpiaHeaders: [String] { [loc("Strategy", language), loc("(a) Profiling", language), loc("(b) Special categories", language), loc("(c) Public monitoring", language), loc("Result", language)] }
    func profilingYes(_ n: Int) -> String { loc("yes, %1 profiles", language, AuditReport.group(n, language)) }
    func profilingCoarse(_ n: Int) -> String {
        loc("coarse (a group's statistics or a tracked click), %1 people; no legal or similarly significant effect assumed", language, AuditReport.group(n, language))
    }
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
        loc("Art. 4 (AI literacy, from 2 Feb 2025, as amended by the Digital Omnibus; Official Journal publication not confirmed in our sources): support AI literacy among the staff who run the AI systems.", language)
    }
    /// Which strategies the scenario builds as AI systems, and why the others are not listed.
    func aiSystems(_ names: String, others: String) -> String {
        let listed = names.isEmpty ? loc("No strategy is built as an AI system in this scenario (company.ai_systems), so the AI Act's rows do not apply.", language)
            : loc("AI systems in this scenario (company.ai_systems, an assumption): %1. The AI Act's rows apply to them.", language, names)
        guard !others.isEmpty else { return listed }
        return listed + " " + loc("Not listed: %1; fixed rules and simple statistics are generally not AI systems under the Commission's guidelines on AI Act Art. 3(1).", language, others)
    }
    /// Vulnerable customers contacted by a strategy that is not an AI system.
    func vulnerableWithoutAI(_ names: String) -> String {
        loc("%1 contacts vulnerable customers but is not an AI system here: Art. 5(1)(b) does not reach it; the GDPR and consumer law still do.", language, names)
    }
    var whyNotApplicableHeading: String { loc("Why an obligation does not apply", language) }
    /// The cap column of the violations table.
    func cap(_ status: ObligationStatus) -> String {
        if status.fineCapEUR > 0 { return AuditReport.euros(status.fineCapEUR, language) }
        switch status.obligation.law {
        case "GDPR": return loc("up to €10 M or 2 % (GDPR Art. 83(4)), not computed", language)
        case "ePrivacy", "GlüStV": return nationalCap
        default: return "—"
        }
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
        [loc("Review the data strategy: which data does the offer choice really need (Art. 5(1)(c), Art. 25)?", language), loc("Classify the AI systems and document the classification (AI Act Art. 5, Art. 50, Annex III).", language), loc("Screen for a DPIA and run one where indicated (Art. 35).", language), loc("Tell customers why they see an offer and how to change or withdraw (GDPR Arts. 13/14, 7(3), 21; on an online platform, DSA Art. 26(1)(d) for sponsored offers).", language), loc("Support the AI literacy of the staff who run AI systems (AI Act Art. 4, as amended; Official Journal publication not confirmed).", language), loc("Audit the algorithms regularly: minors, vulnerable customers, consent, re-identification risk.", language), loc("Bind vendors by contract (data processing agreements, GDPR Art. 28).", language)]
    }
}
