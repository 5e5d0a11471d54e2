import CampaignEngine
import ScenarioKit

/// Renders engine results as JSON, CSV or a text table (MODEL.md §7). No I/O.
public enum ResultFormatter {
    /// The JSON object of MODEL.md §7.
    public static func json(scenario: Scenario, results: [RateResult]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("scenario", scenario.name)
        w.int("seed", Int(truncatingIfNeeded: scenario.seed))
        w.int("customers", scenario.totalCustomers)
        w.string("model_version", Engine.modelVersion)
        w.int("replications", 1)
        w.beginArray("results")
        for result in results {
            w.beginObject()
            w.number("consent_rate", result.consentRate)
            w.beginObject("strategies")
            for f in result.strategies {
                w.beginObject(f.strategy.rawValue)
                for key in FigureKey.contract { w.number(key.rawValue, key.value(of: f)) }
                if f.privacy != nil {
                    w.beginObject("fine_caps_eur")
                    for key in FigureKey.fineCaps { w.number(key.rawValue, key.value(of: f) ?? 0) }
                    w.endObject()
                } else {
                    w.null("fine_caps_eur")
                }
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    /// One CSV row per (consent rate, strategy), with a header.
    public static func csv(scenario: Scenario, results: [RateResult]) -> String {
        let columns = ["consent_rate", "strategy"] + FigureKey.contract.map(\.rawValue)
            + FigureKey.fineCaps.map { "fine_cap_\($0.rawValue)_eur" }
        var lines = [columns.joined(separator: ",")]
        for result in results {
            for f in result.strategies {
                var row = [JSONWriter.format(result.consentRate), f.strategy.rawValue]
                row += (FigureKey.contract + FigureKey.fineCaps).map { $0.value(of: f).map(JSONWriter.format) ?? "" }
                lines.append(row.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table for people: strategies as columns, figures as rows, one block per rate.
    public static func table(scenario: Scenario, results: [RateResult]) -> String {
        var out = "\(scenario.name) — \(NumberText.grouped(scenario.totalCustomers)) customers, seed \(scenario.seed)\n"
        for result in results {
            out += "\n" + TableLayout.render(result: result, scenario: scenario)
        }
        let listed = scenario.strategies
        if listed.contains(.unconstrained) || listed.contains(.oracle) {
            out += "\n* Unconstrained ignores consent: a counterexample, not an option. Oracle knows every customer's true interests: a ceiling, not a strategy.\n"
        }
        return out
    }
}
