import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Localization
import ScenarioKit

/// `explain`'s output: explanations of sample customers as text or JSON. No I/O.
public enum ExplanationDocument {
    /// The explanations as text, one block per customer, with a closing disclaimer.
    /// The strategy's headline figures over replications, as one sentence (empty without them).
    public static func figuresLine(_ f: ReplicatedFigures?, replications: Int, language: Language) -> String {
        guard let f, let conversions = f[.conversions], let profit = f[.expectedProfitEUR] else { return "" }
        func euros(_ v: Double) -> String { NumberText.wholeEuros(v, language) }
        var text = loc("Over %1 synthetic populations: conversions %2 ± %3, expected profit %4 ± %5", language, replications,
                       NumberText.grouped(Int(conversions.mean.rounded()), language), NumberText.grouped(Int(conversions.halfWidth.rounded()), language),
                       euros(profit.mean), euros(profit.halfWidth))
        if f.strategy != .broadcast, let d = f.vsBroadcast[.expectedProfitEUR] {
            text += d.excludesZero ? loc("; its difference to broadcast is clear at 95 %", language)
                : loc("; not distinguishable from broadcast at 95 %", language)
        }
        return text + ".\n"
    }

    /// `notes` hold, per customer, lines printed under its heading (a campaign week's story).
    public static func text(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language,
                            figures: String = "", notes: [[String]] = []) -> String {
        let t = ExplainText(language: language)
        guard let first = explanations.first else { return "" }
        let strategyName = loc(first.strategy.title, language)
        var out = "\(t.title) — \(scenario.name), \(strategyName), \(t.consentRateLabel) \(NumberText.decimal(first.consentRate * 100, 0, language)) %\n" + figures
        let width = [t.offerLabel, t.parametersLabel, t.dataLabel, t.basisLabel, t.changeLabel, t.violationsLabel].map(\.count).max()! + 2
        func line(_ label: String, _ value: String) -> String {
            "  " + label + ":" + String(repeating: " ", count: max(1, width - label.count)) + value + "\n"
        }
        for (i, (e, inspection)) in zip(explanations, inspections).enumerated() {
            let c = inspection.customer
            out += "\n\(t.customerLabel) #\(e.customer) (\(c.ageBand.rawValue), \(t.consentsLabel): \(inspection.consents ? t.yes : t.no))\n"
            if i < notes.count { for note in notes[i] { out += "  " + note + "\n" } }
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
    /// With `week`, the object names the campaign week and each customer carries its `notes`.
    public static func json(_ explanations: [Explanation], _ inspections: [CustomerInspection], scenario: Scenario, language: Language,
                            replicated: ReplicatedFigures? = nil, replications: Int = 1, week: Int? = nil, notes: [[String]] = []) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("scenario", scenario.name)
        w.string("language", language.rawValue)
        w.string("strategy", explanations.first?.strategy.rawValue ?? "")
        w.number("consent_rate", explanations.first?.consentRate)
        if let week { w.int("week", week) }
        if let replicated {
            // The strategy's figures over replications (MODEL.md §8.1): means with their 95 % intervals.
            w.beginObject("figures")
            w.int("replications", replications)
            for key in [FigureKey.conversions, .expectedConversions, .expectedProfitEUR, .profitEUR, .exposureIndex] {
                guard let e = replicated[key] else { continue }
                w.beginObject(key.rawValue)
                w.number("mean", e.mean)
                w.beginArray("ci95"); w.number(nil, e.low); w.number(nil, e.high); w.endArray()
                w.endObject()
            }
            w.endObject()
        }
        w.beginArray("customers")
        for (i, (e, inspection)) in zip(explanations, inspections).enumerated() {
            w.beginObject()
            w.int("customer", e.customer)
            if week != nil {
                w.beginArray("notes")
                for note in i < notes.count ? notes[i] : [] { w.string(nil, note) }
                w.endArray()
            }
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
