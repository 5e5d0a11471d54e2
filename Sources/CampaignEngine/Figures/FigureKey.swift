import ScenarioKit

/// Every figure the engine reports for a strategy, by the name the machine-readable output uses,
/// with how to read it from `StrategyFigures`. The figures of MODEL.md §7 come first, in contract
/// order (`contract`); derived figures that views show follow.
public enum FigureKey: String, CaseIterable, Sendable {
    /// Customers in the population, customers contacted, and realised conversions.
    case customers, contacted, conversions
    /// Σ conversion probability over contacted customers.
    case expectedConversions = "expected_conversions"
    /// Realised conversions per contacted customer.
    case conversionRate = "conversion_rate"
    /// Expected conversions per contacted customer.
    case expectedConversionRate = "expected_conversion_rate"
    /// Revenue of realised conversions, in euros.
    case revenueEUR = "revenue_eur"
    /// Bonus cost of realised conversions, in euros.
    case bonusCostEUR = "bonus_cost_eur"
    /// Revenue minus bonus cost, in euros.
    case profitEUR = "profit_eur"
    /// Expected profit over contacted customers, in euros.
    case expectedProfitEUR = "expected_profit_eur"
    /// Bonus cost per realised conversion, in euros.
    case costPerAcquisitionEUR = "cost_per_acquisition_eur"
    /// Expected conversions relative to broadcast's, minus one.
    case upliftVsBroadcast = "uplift_vs_broadcast"
    /// Customers whose individual profile chose their offer.
    case profiled
    /// Customers whose profile chose their offer without consent.
    case profiledWithoutConsent = "profiled_without_consent"
    /// Minors whose profile was used.
    case minorsProfiled = "minors_profiled"
    /// Vulnerable customers who were contacted.
    case vulnerableTargeted = "vulnerable_targeted"
    /// Σ personal data points used to choose offers.
    case dataPoints = "data_points"
    /// Data points per customer of the whole population.
    case dataPointsPerCustomer = "data_points_per_customer"
    /// The exposure index, 0–100.
    case exposureIndex = "exposure_index"
    /// Mean prosecutor re-identification risk over stored records.
    case reidRiskMean = "reid_risk_mean"
    /// Maximum prosecutor re-identification risk over stored records.
    case reidRiskMax = "reid_risk_max"
    /// Share of stored records in classes smaller than k (0–1).
    case recordsBelowK = "records_below_k"
    // The statutory fine caps (written as the object `fine_caps_eur`).
    /// GDPR Art. 83(5) fine cap, in euros.
    case fineCapGDPR = "gdpr_art83_5"
    /// DSA Art. 52(3) fine cap, in euros.
    case fineCapDSA = "dsa_art52_3"
    /// AI Act Art. 99(3) fine cap, in euros.
    case fineCapAIAct = "ai_act_art99_3"
    // Derived figures.
    /// All violation counts together.
    case violations
    /// The largest single fine cap.
    case fineCapLargest = "fine_cap_largest"
    // What the campaign causes (MODEL.md §11.3), where some cohort buys without contact.
    /// Contacted customers who bought and would have without contact, and Σqᵢ over the contacted.
    case sureThings = "sure_things", expectedSureThings = "expected_sure_things"
    /// Conversions the campaign caused, realised and expected.
    case incrementalConversions = "incremental_conversions", expectedIncrementalConversions = "expected_incremental_conversions"
    /// Customers not contacted who bought anyway.
    case organicConversions = "organic_conversions"
    /// Bonuses paid to sure things, in euros.
    case cannibalisedCostEUR = "cannibalised_cost_eur"
    /// Margin of incremental conversions minus sure things' bonuses, realised and expected, in euros.
    case incrementalProfitEUR = "incremental_profit_eur", expectedIncrementalProfitEUR = "expected_incremental_profit_eur"
    /// Bonus cost per incremental conversion, in euros.
    case costPerIncrementalAcquisitionEUR = "cost_per_incremental_acquisition_eur"
    /// Expected incremental conversions relative to broadcast's, minus one.
    case incrementalUpliftVsBroadcast = "incremental_uplift_vs_broadcast"
    // What learning costs (MODEL.md §12.3), where the firm learns.
    /// Expected profit of the known rule's offers minus that of the offers shown, in euros.
    case learningRegretEUR = "learning_regret_eur"
    /// Cells with at least one observation by the end of the campaign.
    case cellsLearning = "cells_learning"

    /// The flat figures of MODEL.md §7, in contract order (the fine caps follow as an object).
    public static let contract: [FigureKey] = Array(allCases.prefix { $0 != .fineCapGDPR })

    /// The three statutory fine caps in contract order.
    public static let fineCaps: [FigureKey] = [.fineCapGDPR, .fineCapDSA, .fineCapAIAct]

    /// The figures of MODEL.md §11.3, written after the fine caps where some cohort buys without
    /// contact (and only there, so v2 scenarios print exactly what they printed).
    public static let causal: [FigureKey] = Array(allCases.drop { $0 != .sureThings }.prefix { $0 != .learningRegretEUR })

    /// The figures of MODEL.md §12.3, written after the others where the firm learns.
    public static let learning: [FigureKey] = [.learningRegretEUR, .cellsLearning]

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
        case .learningRegretEUR: f.learning?.regretEUR
        case .cellsLearning: f.learning.map { Double($0.cellsLearning) }
        default: f.causal?.value(self)
        }
    }
}
