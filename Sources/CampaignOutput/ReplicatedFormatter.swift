import CampaignEngine
import Localization
import CampaignStatistics
import ScenarioKit

/// JSON, CSV and the text table of results over R > 1 replications (MODEL.md §7 v2, §8.1). No I/O.
public enum ReplicatedFormatter {
    /// One JSON object: means in the usual keys, `ci95` and `vs_broadcast` beside them.
    public static func json(scenario: Scenario, results: [ReplicatedResult]) -> String {
        ResultFormatter.document(scenario: scenario, replications: results.first?.replications ?? 0, rates: results.map(\.consentRate)) { w, r in
            for f in results[r].strategies {
                let causal = scenario.hasOrganicConversions, learning = ResultFormatter.learns(scenario)
                ResultFormatter.writeFigures(&w, strategy: f.strategy, value: { f[$0]?.mean }, causal: causal) { w in
                    if learning { for key in FigureKey.learning { w.number(key.rawValue, f[key]?.mean) } }
                    w.beginObject("ci95")
                    for key in FigureKey.contract + FigureKey.fineCaps + (causal ? FigureKey.causal : []) + (learning ? FigureKey.learning : []) {
                        guard let e = f[key] else { continue }
                        w.beginArray(key.rawValue)
                        w.number(nil, e.low)
                        w.number(nil, e.high)
                        w.endArray()
                    }
                    w.endObject()
                    w.beginObject("vs_broadcast")
                    for key in ReplicatedFigures.pairedKeys + (causal ? ReplicatedFigures.causalPairedKeys : []) {
                        guard let d = f.vsBroadcast[key] else { continue }
                        w.beginObject(key.rawValue)
                        w.number("mean", d.mean)
                        w.beginArray("ci95")
                        w.number(nil, d.low)
                        w.number(nil, d.high)
                        w.endArray()
                        w.endObject()
                    }
                    w.endObject()
                }
            }
        }
    }

    /// One CSV row per (rate, strategy): each figure's mean, then its `_ci_low` and `_ci_high`.
    public static func csv(scenario: Scenario, results: [ReplicatedResult]) -> String {
        let keys = FigureKey.contract + FigureKey.fineCaps + (scenario.hasOrganicConversions ? FigureKey.causal : [])
            + (ResultFormatter.learns(scenario) ? FigureKey.learning : [])
        func name(_ key: FigureKey) -> String { FigureKey.fineCaps.contains(key) ? "fine_cap_\(key.rawValue)_eur" : key.rawValue }
        let columns = ["consent_rate", "strategy"] + keys.flatMap { [name($0), name($0) + "_ci_low", name($0) + "_ci_high"] }
        var lines = [columns.joined(separator: ",")]
        for result in results {
            for f in result.strategies {
                var row = [JSONWriter.format(result.consentRate), f.strategy.rawValue]
                for key in keys {
                    if let e = f[key] { row += [JSONWriter.format(e.mean), JSONWriter.format(e.low), JSONWriter.format(e.high)] } else { row += ["", "", ""] }
                }
                lines.append(row.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text table: every cell "mean ±half-width"; ↑ or ↓ marks a figure whose paired
    /// difference to broadcast is clear at 95 % (its interval excludes zero).
    public static func table(scenario: Scenario, results: [ReplicatedResult], language l: Language = .en) -> String {
        let r = results.first?.replications ?? 0
        var out = TableLayout.heading(scenario, l) + loc(", %1 replications", l, r) + "\n"
        for result in results {
            out += "\n" + layout(result, scenario, l)
        }
        out += "\n" + loc("Means over %1 replications ± the half-width of their 95 % interval (Student's t). ↑/↓: higher/lower than", l, r) + "\n"
        out += loc("broadcast, and the paired 95 % interval of the difference excludes 0; no mark: not distinguishable from broadcast.", l) + "\n"
        let listed = scenario.strategies
        if listed.contains(where: { $0.role != nil }) {
            out += TableLayout.rolesNote(l) + "\n"
        }
        return out
    }

    static func layout(_ result: ReplicatedResult, _ scenario: Scenario, _ l: Language) -> String {
        let strategies = result.strategies
        let headers = strategies.map { loc($0.strategy.title, l) + ($0.strategy.role == nil ? "" : "*") }
        let rows = FigureCatalog.table(for: scenario)
        let cells = rows.map { row in strategies.map { f -> String in
            guard let e = f[row.key] else { return "—" }
            var text = FigureText.text(row, value: e.mean, .table, l)
            if e.halfWidth > 0 { text += " ±" + FigureText.halfWidth(row, e.halfWidth, mean: e.mean, l) }
            if f.strategy != .broadcast, let d = f.vsBroadcast[row.key], d.excludesZero { text += d.mean > 0 ? " ↑" : " ↓" }
            return text
        } }
        return TableLayout.grid(title: TableLayout.consentTitle(result.consentRate, l), headers: headers,
                                labels: rows.map { $0.label(l) }, cells: cells)
    }
}
