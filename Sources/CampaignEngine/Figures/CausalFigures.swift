/// What a strategy's campaign causes, beside what it counts (MODEL.md §11.3): of the contacted
/// customers who bought, the sure things would have bought anyway and their bonuses bought nothing.
///
/// Present only where some cohort buys without contact (`organic_rate` > 0); without organic
/// conversions every conversion is incremental and these figures would repeat the v2 ones.
public struct CausalFigures: Sendable, Equatable {
    /// Contacted customers who converted and would have without contact (wᵢ < qᵢ).
    public var sureThings: Int
    /// Σ qᵢ over contacted customers.
    public var expectedSureThings: Double
    /// Conversions minus sure things: the conversions the campaign caused.
    public var incrementalConversions: Int
    /// Σ (πᵢ(o) − qᵢ) over contacted customers.
    public var expectedIncrementalConversions: Double
    /// Customers not contacted who bought anyway.
    public var organicConversions: Int
    /// Bonuses paid to sure things, in euros.
    public var cannibalisedCostEUR: Double
    /// Margin of incremental conversions minus the bonuses of sure things, in euros.
    public var incrementalProfitEUR: Double
    /// The same with expectations: Σ (πᵢ − qᵢ)·(value − cost) − Σ qᵢ·cost over contacted customers.
    public var expectedIncrementalProfitEUR: Double
    /// Bonus cost per incremental conversion; nil without incremental conversions.
    public var costPerIncrementalAcquisitionEUR: Double?
    /// Expected incremental conversions relative to broadcast's, minus one; nil without broadcast.
    public var incrementalUpliftVsBroadcast: Double?

    /// The value of a §11.3 key; nil for other keys and where a figure does not apply.
    public func value(_ key: FigureKey) -> Double? {
        switch key {
        case .sureThings: Double(sureThings)
        case .expectedSureThings: expectedSureThings
        case .incrementalConversions: Double(incrementalConversions)
        case .expectedIncrementalConversions: expectedIncrementalConversions
        case .organicConversions: Double(organicConversions)
        case .cannibalisedCostEUR: cannibalisedCostEUR
        case .incrementalProfitEUR: incrementalProfitEUR
        case .expectedIncrementalProfitEUR: expectedIncrementalProfitEUR
        case .costPerIncrementalAcquisitionEUR: costPerIncrementalAcquisitionEUR
        case .incrementalUpliftVsBroadcast: incrementalUpliftVsBroadcast
        default: nil
        }
    }

    /// The figures of `tally`; `buyAnyway` counts the customers, contacted or not, with wᵢ < qᵢ
    /// among those the tally's strategy could reach (so `organicConversions` is the rest).
    init(tally: Tally, offers: [ModelContext.OfferConstants], buyAnyway: Int) {
        var sure = 0, conversions = 0, expected: UInt64 = 0, organic: UInt64 = 0
        var cannibalised = 0.0, bonusCost = 0.0, profit = 0.0, expectedProfit = 0.0
        for (o, offer) in offers.enumerated() {
            sure += tally.sure[o]
            conversions += tally.conversions[o]
            expected &+= tally.expected[o]
            organic &+= tally.organic[o]
            let caused = tally.conversions[o] - tally.sure[o]
            cannibalised += Double(tally.sure[o]) * offer.cost
            bonusCost += Double(tally.conversions[o]) * offer.cost
            profit += Double(caused) * offer.margin - Double(tally.sure[o]) * offer.cost
            let q = Double(tally.organic[o]) / Tally.scale
            expectedProfit += (Double(tally.expected[o]) / Tally.scale - q) * offer.margin - q * offer.cost
        }
        sureThings = sure
        expectedSureThings = Double(organic) / Tally.scale
        incrementalConversions = conversions - sure
        // Integer sums first, so the difference is exact in fixed point.
        expectedIncrementalConversions = Double(expected &- organic) / Tally.scale
        organicConversions = buyAnyway - sure
        cannibalisedCostEUR = cannibalised
        incrementalProfitEUR = profit
        expectedIncrementalProfitEUR = expectedProfit
        costPerIncrementalAcquisitionEUR = conversions > sure ? bonusCost / Double(conversions - sure) : nil
        incrementalUpliftVsBroadcast = nil
    }
}
