/// Every figure of WEEK_FIGURES (MODEL.md §9.3) by its machine-readable name, in output order,
/// with how to read it from `WeekFigures`.
public enum WeekFigureKey: String, CaseIterable, Sendable {
    /// Customers contacted this week, and conversions new this week.
    case contacted, conversions
    /// Σ conversion probability over this week's contacted customers.
    case expectedConversions = "expected_conversions"
    /// This week's revenue, in euros.
    case revenueEUR = "revenue_eur"
    /// This week's bonus cost, in euros.
    case bonusCostEUR = "bonus_cost_eur"
    /// This week's revenue minus bonus cost, in euros.
    case profitEUR = "profit_eur"
    /// This week's expected profit, in euros.
    case expectedProfitEUR = "expected_profit_eur"
    /// Conversions from week 1 up to this week.
    case cumulativeConversions = "cumulative_conversions"
    /// Profit from week 1 up to this week, in euros.
    case cumulativeProfitEUR = "cumulative_profit_eur"
    /// Customers consenting this week, those withdrawn by this week, and contacted customers profiled.
    case consenting, withdrawn, profiled
    /// Customers profiled without consent this week.
    case profiledWithoutConsent = "profiled_without_consent"
    /// Minors whose profile was used this week.
    case minorsProfiled = "minors_profiled"
    /// Vulnerable customers contacted this week.
    case vulnerableTargeted = "vulnerable_targeted"
    /// Personal data points used on this week's contacted customers.
    case dataPoints = "data_points"
    /// Records held at the end of the week.
    case storedRecords = "stored_records"
    /// Events held in the stored records at the end of the week.
    case storedEvents = "stored_events"
    /// Mean re-identification risk over stored records.
    case reidRiskMean = "reid_risk_mean"
    /// Maximum re-identification risk over stored records.
    case reidRiskMax = "reid_risk_max"
    /// Share of stored records in classes smaller than k (0–1).
    case recordsBelowK = "records_below_k"
    /// This week's exposure index, 0–100.
    case exposureIndex = "exposure_index"
    /// What not knowing cost this week, and cells with observations (MODEL.md §12.3; learning only).
    case learningRegretEUR = "learning_regret_eur", cellsLearning = "cells_learning"

    /// The figures of §9.3 that every campaign of several weeks writes, in output order.
    public static let standard: [WeekFigureKey] = allCases.filter { !learning.contains($0) }
    /// The figures of §12.3, written where the firm learns.
    public static let learning: [WeekFigureKey] = [.learningRegretEUR, .cellsLearning]

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
        case .learningRegretEUR: f.learning?.regretEUR
        case .cellsLearning: f.learning.map { Double($0.cellsLearning) }
        }
    }
}
