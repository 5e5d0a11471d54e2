import CampaignEngine
import Localization

extension WeekFigureKey {
    /// The figure's name for people, in `l`.
    public func label(_ l: Language) -> String {
        switch self {
        case .contacted: loc("Contacted", l)
        case .conversions: loc("Conversions this week", l)
        case .expectedConversions: loc("Expected conversions this week", l)
        case .revenueEUR: loc("Revenue this week", l)
        case .bonusCostEUR: loc("Bonus cost this week", l)
        case .profitEUR: loc("Realised profit this week", l)
        case .expectedProfitEUR: loc("Expected profit this week", l)
        case .cumulativeConversions: loc("Cumulative conversions", l)
        case .cumulativeProfitEUR: loc("Cumulative realised profit", l)
        case .consenting: loc("Customers consenting", l)
        case .withdrawn: loc("Consent withdrawn", l)
        case .profiled: loc("Profiled this week", l)
        case .profiledWithoutConsent: loc("Profiled w/o consent", l)
        case .minorsProfiled: loc("Minors profiled", l)
        case .vulnerableTargeted: loc("Vulnerable targeted", l)
        case .dataPoints: loc("Data points this week", l)
        case .storedRecords: loc("Stored records", l)
        case .storedEvents: loc("Stored events", l)
        case .reidRiskMean: loc("Re-id risk mean", l)
        case .reidRiskMax: loc("Re-id risk max", l)
        case .recordsBelowK: loc("Records below k", l)
        case .exposureIndex: loc("Exposure index (0-100)", l)
        }
    }

    /// Whether the figure is a fraction shown as a percentage.
    public var isFraction: Bool { self == .recordsBelowK }
    /// Whether the figure is in euros.
    public var isEuros: Bool { [.revenueEUR, .bonusCostEUR, .profitEUR, .expectedProfitEUR, .cumulativeProfitEUR].contains(self) }
}
