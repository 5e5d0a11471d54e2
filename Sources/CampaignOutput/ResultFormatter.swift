import CampaignEngine
import Localization
import ScenarioKit

/// Renders engine results as JSON, CSV or a text table (MODEL.md §7). No I/O.
public enum ResultFormatter {
    /// The JSON object of MODEL.md §7.
    /// With a campaign of several weeks each entry also holds `weeks` (MODEL.md §9), and its
    /// strategies hold the campaign totals with `contacts` (and segment's `epsilon_total`).
    public static func json(scenario: Scenario, results: [RateResult]) -> String {
        document(scenario: scenario, replications: 1, rates: results.map(\.consentRate), entryExtra: { w, r in
            writeWeeks(&w, results[r].weeks, causal: scenario.hasOrganicConversions, learning: learns(scenario))
        }) { w, r in
            let timed = !results[r].weeks.isEmpty
            for f in results[r].strategies {
                writeFigures(&w, strategy: f.strategy, value: { $0.value(of: f) }, causal: scenario.hasOrganicConversions, extra: { w in
                    if learns(scenario) { writeLearning(&w, f.learning) }
                    guard timed else { return }
                    w.number("contacts", f.contacts.map { Double($0) })
                    if f.strategy == .segment { w.number("epsilon_total", f.epsilonTotal) }
                })
            }
        }
    }

    /// The `weeks` array: one `{week, strategies: {NAME: WEEK_FIGURES}}` per week; nothing when empty.
    static func writeWeeks(_ w: inout JSONWriter, _ weeks: [WeekResult], causal: Bool, learning: Bool = false) {
        guard !weeks.isEmpty else { return }
        w.beginArray("weeks")
        for week in weeks {
            w.beginObject()
            w.int("week", week.week)
            w.beginObject("strategies")
            for f in week.strategies {
                w.beginObject(f.strategy.rawValue)
                for key in WeekFigureKey.standard { w.number(key.rawValue, key.value(of: f)) }
                if causal { for key in FigureKey.causal { w.number(key.rawValue, f.causal?.value(key)) } }
                if learning { writeLearning(&w, f.learning) }
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
    }

    /// Whether the scenario's strategies learn, so that outputs carry the figures of MODEL.md §12.3.
    static func learns(_ scenario: Scenario) -> Bool { scenario.model.learning == .thompson }

    /// The keys of MODEL.md §12.3 (null for the oracle, which does not learn).
    static let learningKeys = FigureKey.learning.map(\.rawValue)

    /// `learning_regret_eur` and `cells_learning`.
    static func writeLearning(_ w: inout JSONWriter, _ figures: LearningFigures?) {
        w.number(FigureKey.learningRegretEUR.rawValue, figures?.regretEUR)
        w.number(FigureKey.cellsLearning.rawValue, figures.map { Double($0.cellsLearning) })
    }

    /// `learning_regret_eur` and `cells_learning` as CSV fields.
    static func learningFields(_ figures: LearningFigures?) -> [String] {
        [figures.map { JSONWriter.format($0.regretEUR) } ?? "", figures.map { String($0.cellsLearning) } ?? ""]
    }

    /// The envelope every JSON result shares: scenario, seed, customers, model version,
    /// replications, and one entry per rate whose `strategies` object `strategies` fills.
    static func document(scenario: Scenario, replications: Int, rates: [Double],
                         entryExtra: (inout JSONWriter, Int) -> Void = { _, _ in },
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
            entryExtra(&w, r)
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
    /// has no privacy figures), with `causal` the figures of MODEL.md §11.3, then whatever `extra` adds.
    static func writeFigures(_ w: inout JSONWriter, strategy: StrategyName, value: (FigureKey) -> Double?, causal: Bool,
                             extra: (inout JSONWriter) -> Void) {
        w.beginObject(strategy.rawValue)
        for key in FigureKey.contract { w.number(key.rawValue, value(key)) }
        if !strategy.info.hasPrivacyFigures {
            w.null("fine_caps_eur")
        } else {
            w.beginObject("fine_caps_eur")
            for key in FigureKey.fineCaps { w.number(key.rawValue, value(key) ?? 0) }
            w.endObject()
        }
        if causal { for key in FigureKey.causal { w.number(key.rawValue, value(key)) } }
        extra(&w)
        w.endObject()
    }

    /// One CSV row per (consent rate, strategy), with a header.
    /// A campaign of several weeks adds a `week` column (0 for the campaign totals, then one row per
    /// week and strategy) and the columns only weeks have; a figure a row lacks is empty.
    public static func csv(scenario: Scenario, results: [RateResult]) -> String {
        let timed = results.contains { !$0.weeks.isEmpty }
        let causal = scenario.hasOrganicConversions ? FigureKey.causal : []
        let figureKeys = FigureKey.contract + FigureKey.fineCaps
        let weekOnly = WeekFigureKey.standard.filter { FigureKey(rawValue: $0.rawValue) == nil }
        var columns = ["consent_rate"] + (timed ? ["week"] : []) + ["strategy"] + FigureKey.contract.map(\.rawValue)
            + FigureKey.fineCaps.map { "fine_cap_\($0.rawValue)_eur" } + causal.map(\.rawValue)
        let learning = learns(scenario)
        if learning { columns += learningKeys }
        if timed { columns += ["contacts", "epsilon_total"] + weekOnly.map(\.rawValue) }
        var lines = [columns.joined(separator: ",")]
        let empty = { (count: Int) in [String](repeating: "", count: count) }
        for result in results {
            let rate = JSONWriter.format(result.consentRate)
            for f in result.strategies {
                var row = [rate] + (timed ? ["0"] : []) + [f.strategy.rawValue]
                row += figureKeys.map { $0.value(of: f).map(JSONWriter.format) ?? "" }
                row += causal.map { $0.value(of: f).map(JSONWriter.format) ?? "" }
                if learning { row += learningFields(f.learning) }
                if timed {
                    row += [f.contacts.map { String($0) } ?? "", f.epsilonTotal.map(JSONWriter.format) ?? ""] + empty(weekOnly.count)
                }
                lines.append(row.joined(separator: ","))
            }
            for week in result.weeks {
                for f in week.strategies {
                    var row = [rate, String(week.week), f.strategy.rawValue]
                    row += figureKeys.map { key in WeekFigureKey(rawValue: key.rawValue)?.value(of: f).map(JSONWriter.format) ?? "" }
                    row += causal.map { f.causal?.value($0).map(JSONWriter.format) ?? "" }
                    if learning { row += learningFields(f.learning) }
                    row += ["", ""] + weekOnly.map { $0.value(of: f).map(JSONWriter.format) ?? "" }
                    lines.append(row.joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table for people: strategies as columns, figures as rows, one block per rate.
    /// With a campaign of several weeks the blocks hold the campaign totals; `weeks` adds a
    /// week-by-week table after each (otherwise a line says how to get one).
    public static func table(scenario: Scenario, results: [RateResult], language: Language = .en, weeks: Bool = false) -> String {
        var out = TableLayout.heading(scenario, language) + "\n"
        let timed = results.contains { !$0.weeks.isEmpty }
        if timed { out += WeekTable.campaignLine(scenario, language) + "\n" }
        for result in results {
            out += "\n" + TableLayout.render(result: result, scenario: scenario, language: language)
            if weeks && !result.weeks.isEmpty { out += "\n" + WeekTable.render(result: result, scenario: scenario, language: language) }
        }
        if timed && !weeks { out += "\n" + loc("Figures are campaign totals; add --weeks-table for week by week.", language) + "\n" }
        let listed = scenario.strategies
        if listed.contains(where: { $0.role != nil }) {
            out += "\n" + TableLayout.rolesNote(language) + "\n"
        }
        return out
    }
}
