import CampaignEngine
import Localization
import ScenarioKit

/// The week-by-week tables of a campaign (MODEL.md §9.3): the figures that move, one block per
/// strategy, each row one week. No I/O.
enum WeekTable {
    /// "Campaign of 12 weeks; 2 % of consenting customers withdraw each week; history kept 4 weeks."
    static func campaignLine(_ scenario: Scenario, _ l: Language) -> String {
        let retention = scenario.privacy.retentionWeeks.map { loc("history kept %1 weeks", l, $0) } ?? loc("history kept without limit", l)
        let line = loc("Campaign of %1 weeks; %2 of consenting customers withdraw each week; %3.", l, scenario.campaign.weeks,
                       NumberText.percent(scenario.consent.withdrawalWeekly, 1, l), retention)
        guard scenario.model.learning == .thompson else { return line }
        return line + "\n" + learningLine(l)
    }

    /// What learning means, in a sentence (MODEL.md §12).
    static func learningLine(_ l: Language) -> String {
        loc("The firm learns which offer works from weekly feedback (Thompson sampling), each strategy from the customers it may keep data of; the regret is what not knowing costs.", l)
    }

    /// The week-by-week blocks of one consent rate.
    static func render(result: RateResult, scenario: Scenario, language l: Language) -> String {
        let weeks = result.weeks
        guard !weeks.isEmpty else { return "" }
        var out = loc("Week by week at consent %1 %", l, NumberText.decimal(result.consentRate * 100, 0, l)) + "\n"
        let weekHeader = loc("Week", l)
        out += grid(headers: [weekHeader, WeekFigureKey.consenting.label(l, short: true), WeekFigureKey.withdrawn.label(l, short: true)],
                    rows: weeks.map { w in
                        let f = w.strategies[0]
                        return [String(w.week), NumberText.grouped(f.consenting, l), NumberText.grouped(f.withdrawn, l)]
                    })
        for (index, strategy) in scenario.strategies.enumerated() {
            let learns = scenario.model.learning == .thompson && strategy != .oracle
            let shown: [WeekFigureKey] = [.contacted, .cumulativeConversions, .cumulativeProfitEUR] + (learns ? [.learningRegretEUR] : [])
                + (strategy.info.hasPrivacyFigures ? [.storedRecords, .storedEvents, .reidRiskMean, .recordsBelowK, .exposureIndex] : [])
            let headers = [weekHeader] + shown.map { $0.label(l, short: true) }
            let rows: [[String]] = weeks.map { w in
                let f = w.strategies[index]
                var row = [String(w.week), NumberText.grouped(f.contacted, l), NumberText.grouped(f.cumulativeConversions, l),
                           NumberText.compactEuros(f.cumulativeProfitEUR, l)]
                if learns { row.append(NumberText.compactEuros(f.learning?.regretEUR ?? 0, l)) }
                if let p = f.privacy {
                    row += [NumberText.grouped(p.storedRecords, l), NumberText.grouped(p.storedEvents, l),
                            NumberText.decimal(p.reidRiskMean, 3, l), NumberText.percent(p.recordsBelowK, 1, l),
                            NumberText.decimal(p.exposureIndex, 1, l)]
                }
                return row
            }
            out += "\n" + loc(strategy.title, l) + (strategy.role == nil ? "" : "*") + "\n" + grid(headers: headers, rows: rows)
        }
        return out
    }

    /// Right-aligned columns under their headers, with a rule below the headers.
    static func grid(headers: [String], rows: [[String]]) -> String {
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        // Two spaces between columns, one where two would pass 100 columns.
        let gap = widths.reduce(0, +) + 2 * (widths.count - 1) > 100 ? " " : "  "
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in String(repeating: " ", count: widths[i] - cell.count) + cell }.joined(separator: gap) + "\n"
        }
        return line(headers) + String(repeating: "-", count: widths.reduce(0, +) + gap.count * (widths.count - 1)) + "\n" + rows.map(line).joined()
    }
}
