import CampaignEngine
import ScenarioKit

/// The stored records as CSV (RFC 4180), one row per record or cell, one count column per category.
public enum RecordsFormatter {
    /// A field quoted when it holds a comma, a quote or a line break (category and region names may).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `records` as CSV text with a header row, the count columns named after `scenario`'s categories.
    public static func csv(_ records: StoredRecords, scenario: Scenario) -> String {
        let categories = scenario.categories.map(field)
        var lines: [String] = []
        switch records {
        case .pseudonymised(let rows):
            lines.append((["age_band", "region"] + categories).joined(separator: ","))
            for r in rows { lines.append(([r.ageBand.rawValue, field(r.region)] + r.counts.map(String.init)).joined(separator: ",")) }
        case .identified(let rows):
            lines.append((["customer", "age_band", "region"] + categories).joined(separator: ","))
            for r in rows {
                lines.append(([String(r.customer ?? 0), r.ageBand.rawValue, field(r.region)] + r.counts.map(String.init)).joined(separator: ","))
            }
        case .cells(let cells):
            lines.append((["age_band", "region", "contributors"] + categories).joined(separator: ","))
            for c in cells {
                lines.append(([c.ageBand.rawValue, field(c.region), String(c.contributors)] + c.totals.map(JSONWriter.format)).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
