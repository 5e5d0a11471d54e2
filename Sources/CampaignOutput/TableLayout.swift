import CampaignEngine
import ScenarioKit

/// Lays out one consent rate's figures as a fixed-width text table.
enum TableLayout {
    /// Rows of the human table: label, and how to print the figure ("—" where it does not apply).
    static let rows: [(String, @Sendable (StrategyFigures) -> String)] = [
        ("Contacted", { NumberText.grouped($0.contacted) }),
        ("Conversions", { NumberText.grouped($0.conversions) }),
        ("Expected conversions", { NumberText.decimal($0.expectedConversions, 1) }),
        ("Conversion rate", { $0.conversionRate.map { NumberText.percent($0) } ?? "—" }),
        ("Uplift vs broadcast", { $0.upliftVsBroadcast.map { NumberText.signedPercent($0) } ?? "—" }),
        ("Revenue", { NumberText.euros($0.revenueEUR) }),
        ("Bonus cost", { NumberText.euros($0.bonusCostEUR) }),
        ("Profit", { NumberText.euros($0.profitEUR) }),
        ("Expected profit", { NumberText.euros($0.expectedProfitEUR) }),
        ("Cost per acquisition", { $0.costPerAcquisitionEUR.map(NumberText.euros) ?? "—" }),
        ("Profiled customers", { $0.privacy.map { NumberText.grouped($0.profiled) } ?? "—" }),
        ("Profiled w/o consent", { $0.privacy.map { violation($0.profiledWithoutConsent) } ?? "—" }),
        ("Minors profiled", { $0.privacy.map { violation($0.minorsProfiled) } ?? "—" }),
        ("Vulnerable targeted", { $0.privacy.map { violation($0.vulnerableTargeted) } ?? "—" }),
        ("Data points / customer", { $0.privacy.map { NumberText.decimal($0.dataPointsPerCustomer, 2) } ?? "—" }),
        ("Re-id risk mean", { $0.privacy.map { NumberText.decimal($0.reidRiskMean, 3) } ?? "—" }),
        ("Re-id risk max", { $0.privacy.map { NumberText.decimal($0.reidRiskMax, 3) } ?? "—" }),
        ("Records below k", { $0.privacy.map { NumberText.percent($0.recordsBelowK, 1) } ?? "—" }),
        ("Exposure index (0-100)", { $0.privacy.map { NumberText.decimal($0.exposureIndex, 1) } ?? "—" }),
        ("Fine cap GDPR 83(5)", { $0.privacy.map { NumberText.millions($0.fineCaps.gdprArt83_5) } ?? "—" }),
        ("Fine cap DSA 52(3)", { $0.privacy.map { NumberText.millions($0.fineCaps.dsaArt52_3) } ?? "—" }),
        ("Fine cap AI Act 99(3)", { $0.privacy.map { NumberText.millions($0.fineCaps.aiActArt99_3) } ?? "—" }),
    ]

    /// A count, marked with "!" when it is a violation above zero.
    static func violation(_ count: Int) -> String { count > 0 ? "!" + NumberText.grouped(count) : "0" }

    static func render(result: RateResult, scenario: Scenario) -> String {
        let strategies = result.strategies
        let headers = strategies.map { $0.strategy.title + ($0.strategy.role == nil ? "" : "*") }
        let cells = rows.map { row in strategies.map { row.1($0) } }
        let labelWidth = max(rows.map(\.0.count).max() ?? 0, 20)
        var widths = headers.map(\.count)
        for line in cells { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + fill : fill + text
        }
        var out = "Consent \(NumberText.decimal(result.consentRate * 100, 0)) %\n"
        out += pad("", labelWidth, left: true) + headers.enumerated().map { "  " + pad($1, widths[$0]) }.joined() + "\n"
        out += String(repeating: "-", count: labelWidth + widths.reduce(0) { $0 + $1 + 2 }) + "\n"
        for (r, row) in rows.enumerated() {
            out += pad(row.0, labelWidth, left: true) + cells[r].enumerated().map { "  " + pad($1, widths[$0]) }.joined() + "\n"
        }
        return out
    }
}
