import CampaignEngine
import Localization
import ScenarioKit

/// Lays out one consent rate's figures as a fixed-width text table.
enum TableLayout {
    static func render(result: RateResult, scenario: Scenario, language l: Language) -> String {
        let strategies = result.strategies
        let headers = strategies.map { loc($0.strategy.title, l) + ($0.strategy.role == nil ? "" : "*") }
        let rows = FigureCatalog.table(for: scenario)
        let cells = rows.map { row in strategies.map { FigureText.table(row, $0, l) } }
        return grid(title: consentTitle(result.consentRate, l), headers: headers, labels: rows.map { $0.label(l) }, cells: cells)
    }

    /// "Consent 40 %" above a rate's block.
    static func consentTitle(_ rate: Double, _ l: Language) -> String { loc("Consent %1 %", l, NumberText.decimal(rate * 100, 0, l)) }

    /// The first line of a table: scenario, customers, seed.
    static func heading(_ scenario: Scenario, _ l: Language) -> String {
        loc("%1 — %2 customers, seed %3", l, scenario.localized(l).name, NumberText.grouped(scenario.totalCustomers, l), String(scenario.seed))
    }

    /// The note under a table that lists the counterexample or the ceiling.
    /// Wrapped at 100 columns, so a table's default output stays readable in a terminal.
    static func rolesNote(_ l: Language) -> String {
        wrap(loc("* Unconstrained ignores consent: a counterexample, not an option. Oracle knows every customer's true interests: a ceiling, not a strategy.", l), width: 100)
    }

    /// `text` broken at spaces into lines of at most `width` characters, so notes stay readable in a terminal.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// A title line, then labels down the left and right-aligned columns under their headers.
    static func grid(title: String, headers: [String], labels: [String], cells: [[String]]) -> String {
        let labelWidth = max(labels.map(\.count).max() ?? 0, 20)
        var widths = headers.map(\.count)
        for line in cells { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + fill : fill + text
        }
        // Two spaces between columns, one where that keeps the table within 100 columns (long German
        // labels); a table wider than 100 either way keeps two, so its columns never run together.
        let wide = labelWidth + widths.reduce(0) { $0 + $1 + 2 }, narrow = labelWidth + widths.reduce(0) { $0 + $1 + 1 }
        let gap = wide > 100 && narrow <= 100 ? " " : "  "
        var out = title + "\n"
        out += pad("", labelWidth, left: true) + headers.enumerated().map { gap + pad($1, widths[$0]) }.joined() + "\n"
        out += String(repeating: "-", count: labelWidth + widths.reduce(0) { $0 + $1 + gap.count }) + "\n"
        for (r, label) in labels.enumerated() {
            out += pad(label, labelWidth, left: true) + cells[r].enumerated().map { gap + pad($1, widths[$0]) }.joined() + "\n"
        }
        return out
    }
}
