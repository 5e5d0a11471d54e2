import CampaignEngine
import Localization
import ScenarioKit

/// How a figure is written for people.
public enum FigureFormat: Sendable, Equatable {
    /// A whole number with thousands separators.
    case count
    /// A count that is a legal violation when above zero (drawn as a warning).
    case violation
    /// A number with this many decimals.
    case decimal(Int)
    /// A fraction as a percentage with this many decimals.
    case percent(Int)
    /// A fraction as a signed percentage ("+12.3 %").
    case signedPercent
    /// An amount of euros.
    case euros
    /// A statutory fine cap: "—" where none applies, a warning where one does.
    case fineCap
}

/// One figure as people see it: its key, its labels (English; German through the localisation
/// table) and how it is written. Every view, table and report takes its rows from here.
public struct Figure: Sendable {
    /// The figure's machine-readable key.
    public let key: FigureKey
    /// The full label, for tables and wide screens.
    public let label: String
    /// A label of at most 11 characters for 80-column screens.
    public let short: String
    /// How the figure's value is written.
    public let format: FigureFormat

    /// The label in `language`, full or short.
    public func label(_ language: Language, short: Bool = false) -> String { loc(short ? self.short : label, language) }

    /// Whether the figure shows a breach for these figures (drawn as a warning).
    public func isAlarming(_ f: StrategyFigures) -> Bool {
        guard format == .violation || format == .fineCap else { return false }
        return (key.value(of: f) ?? 0) > 0
    }
}

/// The one list of figures with their labels and formats, and the selections each view shows.
public enum FigureCatalog {
    /// Every figure a person is shown, by key.
    public static let all: [FigureKey: Figure] = Dictionary(uniqueKeysWithValues: [
        Figure(key: .customers, label: loc("Customers", .en), short: loc("Customers", .en), format: .count),
        Figure(key: .contacted, label: loc("Contacted", .en), short: loc("Contacted", .en), format: .count),
        Figure(key: .expectedConversionRate, label: loc("Expected conversion rate", .en), short: loc("Exp. conv. rate", .en), format: .percent(2)),
        Figure(key: .dataPoints, label: loc("Data points", .en), short: loc("Data points", .en), format: .count),
        Figure(key: .conversions, label: loc("Conversions", .en), short: loc("Conversions", .en), format: .count),
        Figure(key: .expectedConversions, label: loc("Expected conversions", .en), short: loc("Exp. conv.", .en), format: .decimal(1)),
        Figure(key: .conversionRate, label: loc("Conversion rate", .en), short: loc("Conv. rate", .en), format: .percent(2)),
        Figure(key: .upliftVsBroadcast, label: loc("Uplift vs broadcast", .en), short: loc("Uplift", .en), format: .signedPercent),
        Figure(key: .revenueEUR, label: loc("Revenue", .en), short: loc("Revenue", .en), format: .euros),
        Figure(key: .bonusCostEUR, label: loc("Bonus cost", .en), short: loc("Bonus cost", .en), format: .euros),
        // "Realised" and "expected" always: the two differ by sampling noise, and a bare "profit" hid which one was shown.
        Figure(key: .profitEUR, label: loc("Realised profit", .en), short: loc("Real. profit", .en), format: .euros),
        Figure(key: .expectedProfitEUR, label: loc("Expected profit", .en), short: loc("Profit exp.", .en), format: .euros),
        Figure(key: .costPerAcquisitionEUR, label: loc("Cost per acquisition", .en), short: loc("Cost/acq.", .en), format: .euros),
        Figure(key: .profiled, label: loc("Profiled customers", .en), short: loc("Profiled", .en), format: .count),
        Figure(key: .profiledWithoutConsent, label: loc("Profiled w/o consent", .en), short: loc("No consent", .en), format: .violation),
        Figure(key: .minorsProfiled, label: loc("Minors profiled", .en), short: loc("Minors", .en), format: .violation),
        Figure(key: .vulnerableTargeted, label: loc("Vulnerable targeted", .en), short: loc("Vulnerable", .en), format: .violation),
        Figure(key: .dataPointsPerCustomer, label: loc("Data points / customer", .en), short: loc("Data/cust.", .en), format: .decimal(2)),
        Figure(key: .reidRiskMean, label: loc("Re-id risk mean", .en), short: loc("Re-id mean", .en), format: .decimal(3)),
        Figure(key: .reidRiskMax, label: loc("Re-id risk max", .en), short: loc("Re-id max", .en), format: .decimal(3)),
        Figure(key: .recordsBelowK, label: loc("Records below k", .en), short: loc("Below k", .en), format: .percent(1)),
        Figure(key: .exposureIndex, label: loc("Exposure index (0-100)", .en), short: loc("Exposure", .en), format: .decimal(1)),
        Figure(key: .fineCapGDPR, label: loc("Fine cap GDPR 83(5)", .en), short: loc("Cap GDPR", .en), format: .fineCap),
        Figure(key: .fineCapDSA, label: loc("Fine cap DSA 52(3)", .en), short: loc("Cap DSA", .en), format: .fineCap),
        Figure(key: .fineCapAIAct, label: loc("Fine cap AI Act 99(3)", .en), short: loc("Cap AI Act", .en), format: .fineCap),
        Figure(key: .violations, label: loc("Violations", .en), short: loc("Violations", .en), format: .violation),
        Figure(key: .fineCapLargest, label: loc("Largest fine cap", .en), short: loc("Fine cap", .en), format: .fineCap),
        // What the campaign causes (MODEL.md §11.3), shown where some cohort buys without contact.
        Figure(key: .sureThings, label: loc("Sure things (bought anyway)", .en), short: loc("Sure things", .en), format: .count),
        Figure(key: .expectedSureThings, label: loc("Expected sure things", .en), short: loc("Exp. sure", .en), format: .decimal(1)),
        Figure(key: .incrementalConversions, label: loc("Incremental conversions", .en), short: loc("Incr. conv.", .en), format: .count),
        Figure(key: .expectedIncrementalConversions, label: loc("Expected incremental conversions", .en), short: loc("Exp. incr.", .en), format: .decimal(1)),
        Figure(key: .organicConversions, label: loc("Bought without contact", .en), short: loc("Organic", .en), format: .count),
        Figure(key: .cannibalisedCostEUR, label: loc("Bonuses to sure things", .en), short: loc("Bonus waste", .en), format: .euros),
        Figure(key: .incrementalProfitEUR, label: loc("Realised incremental profit", .en), short: loc("Incr. profit", .en), format: .euros),
        Figure(key: .expectedIncrementalProfitEUR, label: loc("Expected incremental profit", .en), short: loc("Incr. exp.", .en), format: .euros),
        Figure(key: .costPerIncrementalAcquisitionEUR, label: loc("Cost per incremental acquisition", .en), short: loc("Cost/incr.", .en), format: .euros),
        Figure(key: .incrementalUpliftVsBroadcast, label: loc("Incremental uplift vs broadcast", .en), short: loc("Incr. lift", .en), format: .signedPercent),
        // What learning costs (MODEL.md §12.3), shown where the firm learns.
        Figure(key: .learningRegretEUR, label: loc("Learning regret (vs knowing)", .en), short: loc("Regret", .en), format: .euros),
        Figure(key: .cellsLearning, label: loc("Cells with observations", .en), short: loc("Cells seen", .en), format: .count),
    ].map { ($0.key, $0) })

    /// The figure of `key`.
    public static func figure(_ key: FigureKey) -> Figure { all[key]! }

    /// Rows of the headless text table (`run`, `sweep`).
    public static let table: [Figure] = [
        .contacted, .conversions, .expectedConversions, .conversionRate, .upliftVsBroadcast, .revenueEUR, .bonusCostEUR,
        .profitEUR, .expectedProfitEUR, .costPerAcquisitionEUR, .profiled, .profiledWithoutConsent, .minorsProfiled,
        .vulnerableTargeted, .dataPointsPerCustomer, .reidRiskMean, .reidRiskMax, .recordsBelowK, .exposureIndex,
        .fineCapGDPR, .fineCapDSA, .fineCapAIAct,
    ].map(figure)

    /// What the campaign causes (MODEL.md §11.3), in the order the headless table shows it.
    public static let causal: [Figure] = [
        .sureThings, .organicConversions, .incrementalConversions, .expectedIncrementalConversions, .cannibalisedCostEUR,
        .incrementalProfitEUR, .expectedIncrementalProfitEUR, .costPerIncrementalAcquisitionEUR, .incrementalUpliftVsBroadcast,
    ].map(figure)

    /// The headless table's rows for `scenario`: with organic conversions, what the campaign
    /// causes follows the outcome figures.
    public static func table(for scenario: Scenario) -> [Figure] {
        let rows = scenario.hasOrganicConversions ? inserting(causal, into: table, after: .costPerAcquisitionEUR) : table
        // Where the firm learns, what learning cost follows the profits (MODEL.md §12.3).
        guard scenario.model.learning == .thompson else { return rows }
        return inserting(FigureKey.learning.map(figure), into: rows, after: .expectedProfitEUR)
    }

    /// The dashboard's rows: what the campaign causes leads where customers buy anyway, and where
    /// the firm learns, the learning regret takes the cost-per-acquisition row.
    public static func dashboard(causal: Bool, learning: Bool) -> [Figure] {
        let rows = causal ? dashboardCausal : dashboard
        guard learning else { return rows }
        return rows.map { [.costPerAcquisitionEUR, .costPerIncrementalAcquisitionEUR].contains($0.key) ? figure(.learningRegretEUR) : $0 }
    }

    /// `figures` with `added` after the figure of `key` (at the end where it is missing).
    static func inserting(_ added: [Figure], into figures: [Figure], after key: FigureKey) -> [Figure] {
        var result = figures
        result.insert(contentsOf: added, at: (figures.firstIndex { $0.key == key } ?? figures.count - 1) + 1)
        return result
    }

    /// Rows of the interactive dashboard.
    public static let dashboard: [Figure] = [
        .conversionRate, .conversions, .upliftVsBroadcast, .profitEUR, .costPerAcquisitionEUR, .profiled, .violations,
        .dataPointsPerCustomer, .reidRiskMax, .exposureIndex, .fineCapLargest,
    ].map(figure)

    /// The dashboard's rows where some customers buy anyway: what the campaign causes leads
    /// (MODEL.md §11.3); the totals are one key away.
    public static let dashboardCausal: [Figure] = [
        .incrementalConversions, .sureThings, .incrementalUpliftVsBroadcast, .incrementalProfitEUR, .costPerIncrementalAcquisitionEUR,
        .profiled, .violations, .dataPointsPerCustomer, .reidRiskMax, .exposureIndex, .fineCapLargest,
    ].map(figure)

    /// The audit report's columns for `scenario`: with organic conversions, the sure things and the
    /// expected incremental profit follow the profits (MODEL.md §11.3).
    public static func report(for scenario: Scenario) -> [Figure] {
        scenario.hasOrganicConversions ? inserting([figure(.sureThings), figure(.expectedIncrementalProfitEUR)], into: report, after: .profitEUR) : report
    }

    /// Columns of the audit report's figures table.
    public static let report: [Figure] = [
        .contacted, .conversions, .expectedProfitEUR, .profitEUR, .profiled, .violations, .exposureIndex, .reidRiskMax, .fineCapLargest,
    ].map(figure)
}
