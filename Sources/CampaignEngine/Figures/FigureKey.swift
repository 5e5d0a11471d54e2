import ScenarioKit

/// Every figure the engine reports for a strategy, by the name the machine-readable output uses,
/// with how to read it from `StrategyFigures`. The figures of MODEL.md §7 come first, in contract
/// order (`contract`); derived figures that views show follow.
public enum FigureKey: String, CaseIterable, Sendable {
    case customers, contacted, conversions
    case expectedConversions = "expected_conversions"
    case conversionRate = "conversion_rate"
    case expectedConversionRate = "expected_conversion_rate"
    case revenueEUR = "revenue_eur"
    case bonusCostEUR = "bonus_cost_eur"
    case profitEUR = "profit_eur"
    case expectedProfitEUR = "expected_profit_eur"
    case costPerAcquisitionEUR = "cost_per_acquisition_eur"
    case upliftVsBroadcast = "uplift_vs_broadcast"
    case profiled
    case profiledWithoutConsent = "profiled_without_consent"
    case minorsProfiled = "minors_profiled"
    case vulnerableTargeted = "vulnerable_targeted"
    case dataPoints = "data_points"
    case dataPointsPerCustomer = "data_points_per_customer"
    case exposureIndex = "exposure_index"
    case reidRiskMean = "reid_risk_mean"
    case reidRiskMax = "reid_risk_max"
    case recordsBelowK = "records_below_k"
    // The statutory fine caps (written as the object `fine_caps_eur`).
    case fineCapGDPR = "gdpr_art83_5"
    case fineCapDSA = "dsa_art52_3"
    case fineCapAIAct = "ai_act_art99_3"
    // Derived figures.
    /// All violation counts together.
    case violations
    /// The largest single fine cap.
    case fineCapLargest = "fine_cap_largest"

    /// The flat figures of MODEL.md §7, in contract order (the fine caps follow as an object).
    public static let contract: [FigureKey] = Array(allCases.prefix { $0 != .fineCapGDPR })

    /// The three statutory fine caps in contract order.
    public static let fineCaps: [FigureKey] = [.fineCapGDPR, .fineCapDSA, .fineCapAIAct]

    /// Whether the figure is a privacy figure (null for `oracle`, which stores and profiles nothing).
    public var isPrivacy: Bool {
        switch self {
        case .customers, .contacted, .conversions, .expectedConversions, .conversionRate, .expectedConversionRate,
             .revenueEUR, .bonusCostEUR, .profitEUR, .expectedProfitEUR, .costPerAcquisitionEUR, .upliftVsBroadcast: false
        default: true
        }
    }

    /// The value, or nil where it does not apply (privacy figures of `oracle`, rates without contacts).
    public func value(of f: StrategyFigures) -> Double? {
        switch self {
        case .customers: Double(f.customers)
        case .contacted: Double(f.contacted)
        case .conversions: Double(f.conversions)
        case .expectedConversions: f.expectedConversions
        case .conversionRate: f.conversionRate
        case .expectedConversionRate: f.expectedConversionRate
        case .revenueEUR: f.revenueEUR
        case .bonusCostEUR: f.bonusCostEUR
        case .profitEUR: f.profitEUR
        case .expectedProfitEUR: f.expectedProfitEUR
        case .costPerAcquisitionEUR: f.costPerAcquisitionEUR
        case .upliftVsBroadcast: f.upliftVsBroadcast
        case .profiled: f.privacy.map { Double($0.profiled) }
        case .profiledWithoutConsent: f.privacy.map { Double($0.profiledWithoutConsent) }
        case .minorsProfiled: f.privacy.map { Double($0.minorsProfiled) }
        case .vulnerableTargeted: f.privacy.map { Double($0.vulnerableTargeted) }
        case .dataPoints: f.privacy.map { Double($0.dataPoints) }
        case .dataPointsPerCustomer: f.privacy?.dataPointsPerCustomer
        case .exposureIndex: f.privacy?.exposureIndex
        case .reidRiskMean: f.privacy?.reidRiskMean
        case .reidRiskMax: f.privacy?.reidRiskMax
        case .recordsBelowK: f.privacy?.recordsBelowK
        case .fineCapGDPR: f.privacy?.fineCaps.gdprArt83_5
        case .fineCapDSA: f.privacy?.fineCaps.dsaArt52_3
        case .fineCapAIAct: f.privacy?.fineCaps.aiActArt99_3
        case .violations: f.privacy.map { Double($0.violations) }
        case .fineCapLargest: f.privacy?.fineCaps.largest
        }
    }

    /// Whether the figure is a count (printed without decimals).
    public var isCount: Bool {
        switch self {
        case .customers, .contacted, .conversions, .profiled, .profiledWithoutConsent, .minorsProfiled,
             .vulnerableTargeted, .dataPoints, .violations: true
        default: false
        }
    }
}
