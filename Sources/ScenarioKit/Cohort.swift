/// A named weight, kept in the order the scenario file gives it.
public struct Weighted: Sendable, Equatable {
    /// The name (region, category, …).
    public var name: String
    /// The weight as written (not normalised).
    public var weight: Double
    /// Creates a named weight.
    public init(_ name: String, _ weight: Double) {
        self.name = name
        self.weight = weight
    }
}

/// A group of customers drawn from the same distributions (MODEL.md §1, §2).
public struct Cohort: Sendable, Equatable {
    /// Unique name.
    public var name: String
    /// Number of customers.
    public var size: Int
    /// Weight per age band, in `AgeBand.allCases` order (not normalised).
    public var ageBands: [Double]
    /// Region weights in file order (not normalised).
    public var regions: [Weighted]
    /// Dirichlet weights of the categories the cohort lists.
    public var interests: [Weighted]
    /// p0: conversion probability for a neutral offer with no incentive.
    public var baseRate: Double
    /// σb: spread of the individual base logit.
    public var baseSpread: Double = 0.5
    /// s: incentive sensitivity.
    public var incentiveSensitivity: Double = 2.0
    /// λ: mean number of observed events.
    public var historyMean: Double = 5
    /// Odds multiplier on consenting.
    public var consentBias: Double = 1
    /// Share of vulnerable customers.
    public var vulnerableShare: Double = 0
    /// p_org: chance of converting in the campaign window without being contacted (MODEL.md §11).
    public var organicRate: Double = 0

    /// Creates a cohort; the defaults are those of MODEL.md.
    public init(name: String, size: Int, ageBands: [Double] = Cohort.defaultAgeBands,
                regions: [Weighted] = [Weighted("all", 1)], interests: [Weighted] = [], baseRate: Double) {
        self.name = name
        self.size = size
        self.ageBands = ageBands
        self.regions = regions
        self.interests = interests
        self.baseRate = baseRate
    }

    /// All weight on `25-34`.
    public static let defaultAgeBands: [Double] = AgeBand.allCases.map { $0 == .from25to34 ? 1 : 0 }

    /// The Dirichlet parameter α over `categories`, with `interestDefault` for unlisted ones.
    public func dirichletAlpha(categories: [String], interestDefault: Double) -> [Double] {
        categories.map { category in interests.first { $0.name == category }?.weight ?? interestDefault }
    }
}

/// What kind of bonus an offer is; descriptive only.
public enum OfferKind: String, Sendable, CaseIterable {
    /// A discount on the first purchase.
    case welcomeDiscount = "welcome_discount"
    /// A free trial period.
    case freeTrial = "free_trial"
    /// A bonus on a first deposit.
    case depositBonus = "deposit_bonus"
    /// A voucher, cash back, or any other kind of bonus.
    case voucher, cashback, other
}

/// A bonus the campaign can show (MODEL.md §1).
public struct Offer: Sendable, Equatable {
    /// Unique name.
    public var name: String
    /// Descriptive kind.
    public var kind: OfferKind
    /// The category it targets, or nil for `any`.
    public var category: String?
    /// ι: incentive strength, e.g. 0.15 for 15 % off.
    public var incentive: Double
    /// Margin a conversion brings, in euros.
    public var valueEUR: Double
    /// What the bonus costs when redeemed, in euros.
    public var costEUR: Double
    /// Adults only (gambling, alcohol, …).
    public var adultOnly: Bool
    /// A third party pays the business to show it: an advertisement in the sense of DSA Art. 3(r).
    public var sponsored: Bool

    /// Creates an offer.
    public init(name: String, kind: OfferKind = .other, category: String?, incentive: Double,
                valueEUR: Double, costEUR: Double, adultOnly: Bool = false, sponsored: Bool = false) {
        self.name = name
        self.kind = kind
        self.category = category
        self.incentive = incentive
        self.valueEUR = valueEUR
        self.costEUR = costEUR
        self.adultOnly = adultOnly
        self.sponsored = sponsored
    }

    /// value − cost: what a conversion earns net of the bonus.
    public var margin: Double { valueEUR - costEUR }
}
