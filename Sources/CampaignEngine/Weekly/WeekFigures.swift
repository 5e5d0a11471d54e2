import ScenarioKit

/// The privacy figures of one strategy in one week (MODEL.md §9.3); absent for `oracle`.
public struct WeekPrivacy: Sendable, Equatable {
    /// Contacted customers whose profile chose this week's offer.
    public var profiled: Int
    public var profiledWithoutConsent: Int
    public var minorsProfiled: Int
    /// Contacted vulnerable customers.
    public var vulnerableTargeted: Int
    /// Personal data points used on this week's contacted customers.
    public var dataPoints: Int
    /// Records held at the end of the week, and the events in them (linked events for
    /// `personalized`, all events for `unconstrained`, none for segment's aggregate cells).
    public var storedRecords: Int
    public var storedEvents: Int
    public var reidRiskMean: Double
    public var reidRiskMax: Double
    public var recordsBelowK: Double
    /// 0–100, with this week's contacted customers, data points and record risks.
    public var exposureIndex: Double

    /// All violations together this week.
    public var violations: Int { profiledWithoutConsent + minorsProfiled + vulnerableTargeted }
}

/// What one strategy did in one week of a campaign (MODEL.md §9.3, WEEK_FIGURES).
public struct WeekFigures: Sendable, Equatable {
    public var strategy: StrategyName
    public var contacted: Int
    /// Conversions new this week.
    public var conversions: Int
    public var expectedConversions: Double
    public var revenueEUR: Double
    public var bonusCostEUR: Double
    public var profitEUR: Double
    public var expectedProfitEUR: Double
    public var cumulativeConversions: Int
    public var cumulativeProfitEUR: Double
    /// Customers whose consent is active this week, and those whose consent ended by this week.
    public var consenting: Int
    public var withdrawn: Int
    /// nil for `oracle`, which is a hypothetical ceiling.
    public var privacy: WeekPrivacy?
}

/// Every compared strategy in one week, with what `segment` released that week.
public struct WeekResult: Sendable, Equatable {
    /// 1 … T.
    public var week: Int
    /// In the scenario's strategy order.
    public var strategies: [WeekFigures]
    /// Segment's offer in each (age band, region) segment this week, and whether it had statistics.
    public var segmentOffers: [Int]
    public var segmentHasStatistics: [Bool]

    /// The figures of one strategy, if it is compared.
    public subscript(strategy: StrategyName) -> WeekFigures? { strategies.first { $0.strategy == strategy } }
}
