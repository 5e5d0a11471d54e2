import CampaignEngine
import ScenarioKit

/// Lays out one consent rate's figures as a fixed-width text table.
enum TableLayout {
    static func render(result: RateResult, scenario: Scenario) -> String {
        let strategies = result.strategies
        let headers = strategies.map { $0.strategy.title + ($0.strategy.role == nil ? "" : "*") }
        let rows = FigureCatalog.table
        let cells = rows.map { row in strategies.map { FigureText.table(row, $0) } }
        return grid(title: "Consent \(NumberText.decimal(result.consentRate * 100, 0)) %", headers: headers, labels: rows.map(\.label), cells: cells)
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
        var out = title + "\n"
        out += pad("", labelWidth, left: true) + headers.enumerated().map { "  " + pad($1, widths[$0]) }.joined() + "\n"
        out += String(repeating: "-", count: labelWidth + widths.reduce(0) { $0 + $1 + 2 }) + "\n"
        for (r, label) in labels.enumerated() {
            out += pad(label, labelWidth, left: true) + cells[r].enumerated().map { "  " + pad($1, widths[$0]) }.joined() + "\n"
        }
        return out
    }
}
