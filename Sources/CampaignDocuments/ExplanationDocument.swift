import CampaignEngine
import CampaignOutput
import Localization
import ScenarioKit

/// `explain`'s output: explanations of sample customers as text or JSON. No I/O.
public enum ExplanationDocument {
    /// The explanations as text, one block per customer, with a closing disclaimer.
    public static func text(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language) -> String {
        let t = ExplainText(language: language)
        guard let first = explanations.first else { return "" }
        let strategyName = loc(first.strategy.title, language)
        var out = "\(t.title) — \(scenario.name), \(strategyName), \(t.consentRateLabel) \(NumberText.decimal(first.consentRate * 100, 0)) %\n"
        let width = [t.offerLabel, t.parametersLabel, t.dataLabel, t.basisLabel, t.changeLabel, t.violationsLabel].map(\.count).max()! + 2
        func line(_ label: String, _ value: String) -> String {
            "  " + label + ":" + String(repeating: " ", count: max(1, width - label.count)) + value + "\n"
        }
        for (e, inspection) in zip(explanations, inspections) {
            let c = inspection.customer
            out += "\n\(t.customerLabel) #\(e.customer) (\(c.ageBand.rawValue), \(t.consentsLabel): \(inspection.consents ? t.yes : t.no))\n"
            out += line(t.offerLabel, e.offer ?? t.notContactedLabel)
            out += line(t.parametersLabel, e.mainParameters)
            out += line(t.dataLabel, e.dataUsed.isEmpty ? t.noneLabel : e.dataUsed.joined(separator: ", "))
            out += line(t.basisLabel, e.legalBasis)
            out += line(t.changeLabel, e.howToChange)
            if !e.violations.isEmpty { out += line(t.violationsLabel, e.violations.joined(separator: "; ")) }
        }
        return out + "\n" + t.disclaimer + "\n"
    }

    /// The explanations as one JSON object (a stable, documented shape; the texts follow the language).
    public static func json(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("scenario", scenario.name)
        w.string("language", language.rawValue)
        w.string("strategy", explanations.first?.strategy.rawValue ?? "")
        w.number("consent_rate", explanations.first?.consentRate)
        w.beginArray("customers")
        for (e, inspection) in zip(explanations, inspections) {
            w.beginObject()
            w.int("customer", e.customer)
            w.string("age_band", inspection.customer.ageBand.rawValue)
            w.bool("consents", inspection.consents)
            if let offer = e.offer { w.string("offer", offer) } else { w.null("offer") }
            w.string("main_parameters", e.mainParameters)
            w.beginArray("data_used")
            for item in e.dataUsed { w.string(nil, item) }
            w.endArray()
            w.string("legal_basis", e.legalBasis)
            w.string("how_to_change", e.howToChange)
            w.beginArray("violations")
            for item in e.violations { w.string(nil, item) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }
}
