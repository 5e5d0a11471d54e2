import CampaignEngine
import Localization
import ScenarioKit

/// Renders engine results as JSON, CSV or a text table (MODEL.md §7). No I/O.
public enum ResultFormatter {
    /// The JSON object of MODEL.md §7.
    public static func json(scenario: Scenario, results: [RateResult]) -> String {
        document(scenario: scenario, replications: 1, rates: results.map(\.consentRate)) { w, r in
            for f in results[r].strategies {
                writeFigures(&w, strategy: f.strategy, value: { $0.value(of: f) }, extra: { _ in })
            }
        }
    }

    /// The envelope every JSON result shares: scenario, seed, customers, model version,
    /// replications, and one entry per rate whose `strategies` object `strategies` fills.
    static func document(scenario: Scenario, replications: Int, rates: [Double],
                         strategies: (inout JSONWriter, Int) -> Void) -> String {
        var w = JSONWriter()
        w.beginObject()
        writeHeader(&w, scenario: scenario)
        w.int("replications", replications)
        w.beginArray("results")
        for (r, rate) in rates.enumerated() {
            w.beginObject()
            w.number("consent_rate", rate)
            w.beginObject("strategies")
            strategies(&w, r)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    /// The keys every machine-readable output starts with: scenario, seed, customers, model version.
    static func writeHeader(_ w: inout JSONWriter, scenario: Scenario) {
        w.string("scenario", scenario.name)
        w.int("seed", Int(truncatingIfNeeded: scenario.seed))
        w.int("customers", scenario.totalCustomers)
        w.string("model_version", Engine.modelVersion)
    }

    /// One strategy's FIGURES object: the contract figures, the fine caps (null for oracle, which
    /// has no privacy figures), then whatever `extra` adds.
    static func writeFigures(_ w: inout JSONWriter, strategy: StrategyName, value: (FigureKey) -> Double?,
                             extra: (inout JSONWriter) -> Void) {
        w.beginObject(strategy.rawValue)
        for key in FigureKey.contract { w.number(key.rawValue, value(key)) }
        if strategy == .oracle {
            w.null("fine_caps_eur")
        } else {
            w.beginObject("fine_caps_eur")
            for key in FigureKey.fineCaps { w.number(key.rawValue, value(key) ?? 0) }
            w.endObject()
        }
        extra(&w)
        w.endObject()
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
    public static func table(scenario: Scenario, results: [RateResult], language: Language = .en) -> String {
        var out = TableLayout.heading(scenario, language) + "\n"
        for result in results {
            out += "\n" + TableLayout.render(result: result, scenario: scenario, language: language)
        }
        let listed = scenario.strategies
        if listed.contains(.unconstrained) || listed.contains(.oracle) {
            out += "\n" + TableLayout.rolesNote(language) + "\n"
        }
        return out
    }
}
