import ScenarioKit

/// One strategy's decision for one customer at one consent rate.
public struct Decision: Sendable, Equatable {
    /// The strategy that decided.
    public var strategy: StrategyName
    /// The offer shown, or nil when the customer is not contacted.
    public var offer: Int?
    /// Whether an individual profile chose the offer.
    public var profiled: Bool
    /// Personal data points used for this customer (MODEL.md §4 table).
    public var dataPoints: Int
    /// Whether the choice came from the fallback (minor, no consent) rather than the strategy's own data.
    public var usedFallback: Bool
    /// For `segment`: whether the customer's segment had statistics (≥ k contributors).
    public var segmentHadStatistics: Bool

    /// What every strategy decides from at one moment: the one-shot campaign, or one week of a
    /// weekly one. The inspections fill it from their own data; the rules of each strategy live
    /// only in `init(strategy:inputs:)`, so the one-shot and the weekly explanation cannot differ.
    struct Inputs {
        /// Broadcast's offer; nil when compliant strategies do not contact the customer.
        var broadcast: Int?
        /// Contextual's offer from the page in view.
        var contextual: Int?
        /// The oracle's offer.
        var oracle: Int?
        /// The fallback's offer (contextual or broadcast) for those not profiled.
        var fallback: Int?
        /// The counterexample's offer and the data points its profile uses.
        var unconstrained: Int?, unconstrainedDataPoints: Int
        /// The consented profile's offer where the customer may be profiled now, and its data points.
        var personal: Int?, personalDataPoints: Int
        /// Whether compliant strategies contact the customer, and whether they are a minor.
        var contactable: Bool, minor: Bool
        /// The offer of the customer's segment and whether the segment had statistics.
        var segmentOffer: Int?, segmentHasStatistics: Bool
        /// What a contact itself uses on the channel, and whether the fallback reads the context.
        var channel: ChannelPoints, contextualFallback: Bool
    }

    /// The decision `strategy` takes on `inputs` (MODEL.md §4).
    init(strategy: StrategyName, inputs: Inputs) {
        self.init(strategy: strategy, offer: nil, profiled: false, dataPoints: 0, usedFallback: false, segmentHadStatistics: false)
        switch strategy {
        case .broadcast: offer = inputs.broadcast
        case .contextual: offer = inputs.contextual
        case .oracle: offer = inputs.oracle
        case .unconstrained:
            offer = inputs.unconstrained
            profiled = true
            dataPoints = inputs.unconstrainedDataPoints
        case .personalized:
            if let personal = inputs.personal {
                offer = personal
                profiled = true
                dataPoints = inputs.personalDataPoints
            } else {
                offer = inputs.fallback
                usedFallback = inputs.fallback != nil
            }
        case .segment:
            guard inputs.contactable else { break }
            if inputs.minor {
                offer = inputs.fallback
                usedFallback = inputs.fallback != nil
            } else {
                offer = inputs.segmentOffer
                segmentHadStatistics = inputs.segmentHasStatistics
                dataPoints = segmentHadStatistics ? 2 : 0
            }
        }
        // On e-mail every contact uses the address, and a context read from a tracked click (MODEL.md §13).
        if offer != nil && strategy != .oracle {
            let contextual = strategy == .contextual || (usedFallback && inputs.contextualFallback)
            dataPoints += profiled || segmentHadStatistics ? inputs.channel.address : inputs.channel.plain(contextual: contextual)
        }
    }

    /// Every field given; spelled out because the initialiser above hides the memberwise one.
    public init(strategy: StrategyName, offer: Int?, profiled: Bool, dataPoints: Int, usedFallback: Bool, segmentHadStatistics: Bool) {
        self.strategy = strategy
        self.offer = offer
        self.profiled = profiled
        self.dataPoints = dataPoints
        self.usedFallback = usedFallback
        self.segmentHadStatistics = segmentHadStatistics
    }
}
