import ScenarioKit

/// Privacy and legal-exposure figures of one strategy (MODEL.md §5); absent for `oracle`.
public struct PrivacyFigures: Sendable, Equatable {
    /// Customers whose individual profile chose their offer.
    public var profiled: Int
    /// Customers whose profile chose their offer without consent.
    public var profiledWithoutConsent: Int
    /// Minors whose profile was used.
    public var minorsProfiled: Int
    /// Contacted vulnerable customers.
    public var vulnerableTargeted: Int
    /// Σ personal data points used.
    public var dataPoints: Int
    /// Data points per customer of the whole population.
    public var dataPointsPerCustomer: Double
    /// 0–100, see docs/model.md.
    public var exposureIndex: Double
    /// Prosecutor re-identification risk over stored records: mean and maximum.
    public var reidRiskMean: Double
    /// Maximum prosecutor re-identification risk over stored records.
    public var reidRiskMax: Double
    /// Share of stored records in classes smaller than k.
    public var recordsBelowK: Double
    /// Number of stored records the risks are taken over.
    public var storedRecords: Int
    /// Statutory maximum fines for the violations present.
    public var fineCaps: FineCaps
    /// Profiled minors shown a sponsored offer (an advertisement based on profiling, DSA Art. 28(2)).
    /// Not one of the JSON figures: it feeds the DSA fine cap and the legal assessment.
    public var minorsShownSponsored: Int = 0
    /// `segment`: customers whose offer its statistics chose from their age band and region
    /// (profiling, GDPR Art. 4(4)); 0 for every other strategy. Not one of the JSON figures: on
    /// e-mail `dataPoints` also counts the address, so the legal assessment reads this instead.
    public var statisticsTargeted: Int = 0

    /// All violations together: customers profiled without consent, minors profiled and vulnerable
    /// customers targeted (a customer can count in more than one).
    public var violations: Int { profiledWithoutConsent + minorsProfiled + vulnerableTargeted }

    /// Whether any violation count is above zero.
    public var hasViolations: Bool { violations > 0 }
}

/// Everything the engine reports for one strategy at one consent rate.
public struct StrategyFigures: Sendable, Equatable {
    /// The strategy these figures belong to.
    public var strategy: StrategyName
    /// Customers in the whole population.
    public var customers: Int
    /// Customers shown an offer.
    public var contacted: Int
    /// Conversions realised with the conversion draws w.
    public var conversions: Int
    /// Σ conversion probability over contacted customers.
    public var expectedConversions: Double
    /// Realised conversions per contacted customer; nil without contacts.
    public var conversionRate: Double?
    /// Expected conversions per contacted customer; nil without contacts.
    public var expectedConversionRate: Double?
    /// Value of realised conversions, in euros.
    public var revenueEUR: Double
    /// Bonus cost of realised conversions, in euros.
    public var bonusCostEUR: Double
    /// Revenue minus bonus cost, in euros.
    public var profitEUR: Double
    /// Σ conversion probability times offer margin over contacted customers, in euros.
    public var expectedProfitEUR: Double
    /// Bonus cost per realised conversion; nil without conversions.
    public var costPerAcquisitionEUR: Double?
    /// Expected conversions relative to broadcast's, minus one; nil when broadcast is not compared.
    public var upliftVsBroadcast: Double?
    /// Contacts per offer, in scenario order.
    public var offerContacts: [Int]
    /// nil for `oracle`, which is a hypothetical ceiling.
    public var privacy: PrivacyFigures?
    /// Over a campaign of several weeks (MODEL.md §9.4): the contacts of all weeks together (each
    /// customer counts once per week contacted); nil for a one-shot campaign, where it equals `contacted`.
    public var contacts: Int? = nil
    /// Over several weeks, segment's total differential-privacy budget T·ε (sequential
    /// composition); nil for other strategies, without ε, or for a one-shot campaign.
    public var epsilonTotal: Double? = nil
    /// Over several weeks, the customers whose consent was withdrawn by the last week (the same for
    /// every strategy); nil for a one-shot campaign.
    public var withdrawnByEnd: Int? = nil
    /// What the campaign causes (MODEL.md §11.3); nil where no cohort buys without contact.
    public var causal: CausalFigures? = nil
    /// What learning cost over the campaign (MODEL.md §12.3); nil where the firm knows the response.
    public var learning: LearningFigures? = nil

    /// Figures given one by one (test fixtures that must not depend on the engine's draws).
    init(strategy: StrategyName, customers: Int, contacted: Int, conversions: Int, expectedConversions: Double,
         revenueEUR: Double, bonusCostEUR: Double, expectedProfitEUR: Double, offerContacts: [Int], privacy: PrivacyFigures?) {
        self.strategy = strategy
        self.customers = customers
        self.contacted = contacted
        self.conversions = conversions
        self.expectedConversions = expectedConversions
        conversionRate = contacted > 0 ? Double(conversions) / Double(contacted) : nil
        expectedConversionRate = contacted > 0 ? expectedConversions / Double(contacted) : nil
        self.revenueEUR = revenueEUR
        self.bonusCostEUR = bonusCostEUR
        profitEUR = revenueEUR - bonusCostEUR
        self.expectedProfitEUR = expectedProfitEUR
        costPerAcquisitionEUR = conversions > 0 ? bonusCostEUR / Double(conversions) : nil
        upliftVsBroadcast = nil
        self.offerContacts = offerContacts
        self.privacy = privacy
    }

    /// Builds the outcome figures from a tally; with organic conversions also what the strategy
    /// causes, `buyAnyway` counting the customers who buy without contact.
    init(strategy: StrategyName, customers: Int, tally: Tally, context: ModelContext, privacy: PrivacyFigures?, buyAnyway: Int = 0) {
        self.strategy = strategy
        self.customers = customers
        contacted = tally.contacted.reduce(0, +)
        conversions = tally.conversions.reduce(0, +)
        let expectedFixed = tally.expected.reduce(UInt64(0), &+)
        expectedConversions = Double(expectedFixed) / Tally.scale
        conversionRate = contacted > 0 ? Double(conversions) / Double(contacted) : nil
        expectedConversionRate = contacted > 0 ? expectedConversions / Double(contacted) : nil
        var revenue = 0.0, cost = 0.0, expectedProfit = 0.0
        for (o, offer) in context.offers.enumerated() {
            revenue += Double(tally.conversions[o]) * offer.value
            cost += Double(tally.conversions[o]) * offer.cost
            expectedProfit += Double(tally.expected[o]) / Tally.scale * offer.margin
        }
        revenueEUR = revenue
        bonusCostEUR = cost
        profitEUR = revenue - cost
        expectedProfitEUR = expectedProfit
        costPerAcquisitionEUR = conversions > 0 ? cost / Double(conversions) : nil
        upliftVsBroadcast = nil
        offerContacts = tally.contacted
        self.privacy = privacy
        if context.hasOrganic { causal = CausalFigures(tally: tally, offers: context.offers, buyAnyway: buyAnyway) }
    }
}

/// All strategies' figures at one consent rate.
public struct RateResult: Sendable, Equatable {
    /// The population consent rate r.
    public var consentRate: Double
    /// Figures in the scenario's strategy order.
    public var strategies: [StrategyFigures]
    /// Which offer `segment` showed in each (age band, region) segment, and whether it had statistics.
    public var segmentOffers: [Int]
    /// Whether each (age band, region) segment had enough contributors for statistics.
    public var segmentHasStatistics: [Bool]
    /// Week by week, for a campaign of several weeks (MODEL.md §9); empty for a one-shot campaign.
    /// `strategies` then hold the campaign totals.
    public var weeks: [WeekResult] = []

    /// The figures of one strategy, if it is compared.
    public subscript(strategy: StrategyName) -> StrategyFigures? { strategies.first { $0.strategy == strategy } }
}
