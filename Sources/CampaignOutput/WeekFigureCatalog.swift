import CampaignEngine
import Localization

/// One figure of a campaign week as people see it: its key, its labels (English; German through
/// the localisation table) and how it is written. The timeline, the week tables of `run` and the
/// report and the week charts take their labels from here, so a figure has one name everywhere.
public struct WeekFigure: Sendable {
    /// The figure.
    public let key: WeekFigureKey
    /// The full label, for tables and wide screens.
    public let label: String
    /// A label of at most 11 characters for narrow columns.
    public let short: String
    /// How its values are written.
    public let format: FigureFormat

    /// The label in `language`, full or short.
    public func label(_ language: Language, short: Bool = false) -> String { loc(short ? self.short : label, language) }
}

/// The one list of week figures with their labels and formats.
public enum WeekFigureCatalog {
    /// Every week figure, by key.
    public static let all: [WeekFigureKey: WeekFigure] = Dictionary(uniqueKeysWithValues: [
        WeekFigure(key: .contacted, label: loc("Contacted", .en), short: loc("Contacted", .en), format: .count),
        WeekFigure(key: .conversions, label: loc("Conversions this week", .en), short: loc("New conv.", .en), format: .count),
        WeekFigure(key: .expectedConversions, label: loc("Expected conversions this week", .en), short: loc("Exp. conv.", .en), format: .decimal(1)),
        WeekFigure(key: .revenueEUR, label: loc("Revenue this week", .en), short: loc("Revenue", .en), format: .euros),
        WeekFigure(key: .bonusCostEUR, label: loc("Bonus cost this week", .en), short: loc("Bonus cost", .en), format: .euros),
        WeekFigure(key: .profitEUR, label: loc("Realised profit this week", .en), short: loc("Real. profit", .en), format: .euros),
        WeekFigure(key: .expectedProfitEUR, label: loc("Expected profit this week", .en), short: loc("Profit exp.", .en), format: .euros),
        WeekFigure(key: .cumulativeConversions, label: loc("Cumulative conversions", .en), short: loc("Cum. conv.", .en), format: .count),
        WeekFigure(key: .cumulativeProfitEUR, label: loc("Cumulative realised profit", .en), short: loc("Cum. profit", .en), format: .euros),
        WeekFigure(key: .consenting, label: loc("Customers consenting", .en), short: loc("Consenting", .en), format: .count),
        WeekFigure(key: .withdrawn, label: loc("Consent withdrawn", .en), short: loc("Withdrawn", .en), format: .count),
        WeekFigure(key: .profiled, label: loc("Profiled this week", .en), short: loc("Profiled", .en), format: .count),
        WeekFigure(key: .profiledWithoutConsent, label: loc("Profiled w/o consent", .en), short: loc("No consent", .en), format: .violation),
        WeekFigure(key: .minorsProfiled, label: loc("Minors profiled", .en), short: loc("Minors", .en), format: .violation),
        WeekFigure(key: .vulnerableTargeted, label: loc("Vulnerable targeted", .en), short: loc("Vulnerable", .en), format: .violation),
        WeekFigure(key: .dataPoints, label: loc("Data points this week", .en), short: loc("Data points", .en), format: .count),
        WeekFigure(key: .storedRecords, label: loc("Stored records", .en), short: loc("Records", .en), format: .count),
        WeekFigure(key: .storedEvents, label: loc("Stored events", .en), short: loc("Events", .en), format: .count),
        WeekFigure(key: .reidRiskMean, label: loc("Re-id risk mean", .en), short: loc("Re-id mean", .en), format: .decimal(3)),
        WeekFigure(key: .reidRiskMax, label: loc("Re-id risk max", .en), short: loc("Re-id max", .en), format: .decimal(3)),
        WeekFigure(key: .recordsBelowK, label: loc("Records below k", .en), short: loc("Below k", .en), format: .percent(1)),
        WeekFigure(key: .exposureIndex, label: loc("Exposure index (0-100)", .en), short: loc("Exposure", .en), format: .decimal(1)),
        WeekFigure(key: .learningRegretEUR, label: loc("Learning regret this week", .en), short: loc("Regret", .en), format: .euros),
        WeekFigure(key: .cellsLearning, label: loc("Cells with observations", .en), short: loc("Cells seen", .en), format: .count),
    ].map { ($0.key, $0) })

    /// The figure of `key`.
    public static func figure(_ key: WeekFigureKey) -> WeekFigure { all[key]! }
}

extension WeekFigureKey {
    /// The figure's name for people, in `l`.
    public func label(_ l: Language, short: Bool = false) -> String { WeekFigureCatalog.figure(self).label(l, short: short) }

    /// Whether the figure is a fraction shown as a percentage.
    public var isFraction: Bool {
        if case .percent = WeekFigureCatalog.figure(self).format { return true }
        return false
    }
    /// Whether the figure is in euros.
    public var isEuros: Bool { WeekFigureCatalog.figure(self).format == .euros }
}
