import ScenarioKit

/// The privacy figures of one strategy in one week (MODEL.md §9.3); absent for `oracle`.
public struct WeekPrivacy: Sendable, Equatable {
    /// Contacted customers whose profile chose this week's offer.
    public var profiled: Int
    /// Contacted customers profiled without consent.
    public var profiledWithoutConsent: Int
    /// Contacted minors whose profile was used.
    public var minorsProfiled: Int
    /// Contacted vulnerable customers.
    public var vulnerableTargeted: Int
    /// Personal data points used on this week's contacted customers.
    public var dataPoints: Int
    /// Records held at the end of the week, and the events in them (linked events for
    /// `personalized`, all events for `unconstrained`, none for segment's aggregate cells).
    public var storedRecords: Int
    /// Events held in the stored records at the end of the week.
    public var storedEvents: Int
    /// Mean re-identification risk over stored records.
    public var reidRiskMean: Double
    /// Maximum re-identification risk over stored records.
    public var reidRiskMax: Double
    /// Share of stored records in classes smaller than k (0–1).
    public var recordsBelowK: Double
    /// 0–100, with this week's contacted customers, data points and record risks.
    public var exposureIndex: Double

    /// All violations together this week.
    public var violations: Int { profiledWithoutConsent + minorsProfiled + vulnerableTargeted }
}

/// What one strategy did in one week of a campaign (MODEL.md §9.3, WEEK_FIGURES).
public struct WeekFigures: Sendable, Equatable {
    /// The strategy these figures belong to.
    public var strategy: StrategyName
    /// Customers shown an offer this week.
    public var contacted: Int
    /// Conversions new this week.
    public var conversions: Int
    /// Σ conversion probability over this week's contacted customers.
    public var expectedConversions: Double
    /// This week's revenue, in euros.
    public var revenueEUR: Double
    /// This week's bonus cost, in euros.
    public var bonusCostEUR: Double
    /// This week's revenue minus bonus cost, in euros.
    public var profitEUR: Double
    /// This week's expected profit, in euros.
    public var expectedProfitEUR: Double
    /// Conversions from week 1 up to this week.
    public var cumulativeConversions: Int
    /// Profit from week 1 up to this week, in euros.
    public var cumulativeProfitEUR: Double
    /// Customers whose consent is active this week, and those whose consent ended by this week.
    public var consenting: Int
    /// Customers whose consent ended by this week.
    public var withdrawn: Int
    /// nil for `oracle`, which is a hypothetical ceiling.
    public var privacy: WeekPrivacy?
    /// What this week's campaign caused (MODEL.md §11.3); nil where no cohort buys without contact.
    public var causal: CausalFigures? = nil
    /// What learning cost this week (MODEL.md §12.3); nil where the firm knows the response.
    public var learning: LearningFigures? = nil
}

/// Every compared strategy in one week, with what `segment` released that week.
public struct WeekResult: Sendable, Equatable {
    /// 1 … T.
    public var week: Int
    /// In the scenario's strategy order.
    public var strategies: [WeekFigures]
    /// Segment's offer in each (age band, region) segment this week, and whether it had statistics.
    public var segmentOffers: [Int]
    /// Whether each (age band, region) segment had statistics this week.
    public var segmentHasStatistics: [Bool]

    /// The figures of one strategy, if it is compared.
    public subscript(strategy: StrategyName) -> WeekFigures? { strategies.first { $0.strategy == strategy } }
}
