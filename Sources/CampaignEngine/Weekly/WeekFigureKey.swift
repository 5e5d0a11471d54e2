/// Every figure of WEEK_FIGURES (MODEL.md §9.3) by its machine-readable name, in output order,
/// with how to read it from `WeekFigures`.
public enum WeekFigureKey: String, CaseIterable, Sendable {
    case contacted, conversions
    case expectedConversions = "expected_conversions"
    case revenueEUR = "revenue_eur"
    case bonusCostEUR = "bonus_cost_eur"
    case profitEUR = "profit_eur"
    case expectedProfitEUR = "expected_profit_eur"
    case cumulativeConversions = "cumulative_conversions"
    case cumulativeProfitEUR = "cumulative_profit_eur"
    case consenting, withdrawn, profiled
    case profiledWithoutConsent = "profiled_without_consent"
    case minorsProfiled = "minors_profiled"
    case vulnerableTargeted = "vulnerable_targeted"
    case dataPoints = "data_points"
    case storedRecords = "stored_records"
    case storedEvents = "stored_events"
    case reidRiskMean = "reid_risk_mean"
    case reidRiskMax = "reid_risk_max"
    case recordsBelowK = "records_below_k"
    case exposureIndex = "exposure_index"

    /// The value, or nil where it does not apply (privacy figures of `oracle`).
    public func value(of f: WeekFigures) -> Double? {
        switch self {
        case .contacted: Double(f.contacted)
        case .conversions: Double(f.conversions)
        case .expectedConversions: f.expectedConversions
        case .revenueEUR: f.revenueEUR
        case .bonusCostEUR: f.bonusCostEUR
        case .profitEUR: f.profitEUR
        case .expectedProfitEUR: f.expectedProfitEUR
        case .cumulativeConversions: Double(f.cumulativeConversions)
        case .cumulativeProfitEUR: f.cumulativeProfitEUR
        case .consenting: Double(f.consenting)
        case .withdrawn: Double(f.withdrawn)
        case .profiled: f.privacy.map { Double($0.profiled) }
        case .profiledWithoutConsent: f.privacy.map { Double($0.profiledWithoutConsent) }
        case .minorsProfiled: f.privacy.map { Double($0.minorsProfiled) }
        case .vulnerableTargeted: f.privacy.map { Double($0.vulnerableTargeted) }
        case .dataPoints: f.privacy.map { Double($0.dataPoints) }
        case .storedRecords: f.privacy.map { Double($0.storedRecords) }
        case .storedEvents: f.privacy.map { Double($0.storedEvents) }
        case .reidRiskMean: f.privacy?.reidRiskMean
        case .reidRiskMax: f.privacy?.reidRiskMax
        case .recordsBelowK: f.privacy?.recordsBelowK
        case .exposureIndex: f.privacy?.exposureIndex
        }
    }
}
