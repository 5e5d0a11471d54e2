import ScenarioKit

/// A customer with all of their draws and every strategy's decision: the engine's own data,
/// for "why am I seeing this offer" explanations and the TUI's strategy detail.
public struct CustomerInspection: Sendable, Equatable {
    /// The customer with all of their draws.
    public var customer: Customer
    /// The population consent rate r the decisions were taken at.
    public var consentRate: Double
    /// Whether the customer consents at this rate.
    public var consents: Bool
    /// The true chance of buying when shown each offer: πᵢ(o) = qᵢ + (1 − qᵢ)·pᵢ(o) (MODEL.md §11.1),
    /// which is pᵢ(o) where the customer does not buy without contact.
    public var probabilities: [Double]
    /// The offers each strategy apart from `segment` picks for the customer.
    public var choices: CustomerChoices
    /// Every compared strategy's decision, in the scenario's strategy order.
    public var decisions: [Decision]
    /// Segment index (age band × regions + region).
    public var segment: Int
    /// The customer's region by name (the engine numbers regions in order of first appearance).
    public var regionName: String

    /// The decision of one strategy.
    public func decision(_ strategy: StrategyName) -> Decision? { decisions.first { $0.strategy == strategy } }

    /// Whether the customer would have bought without contact (wᵢ < qᵢ): a contacted buyer who
    /// is one is a sure thing, a customer not contacted who is one bought anyway.
    public var buysAnyway: Bool { customer.conversionDraw < customer.organic }
}

extension Engine {
    /// Regenerates customer `id` from its stream and applies every strategy's rule at `rate`.
    /// `result` must be this engine's evaluation at the same rate (for the segment offers).
    public func inspect(customer id: Int, result: RateResult) -> CustomerInspection {
        let generator = population.generator
        let k = generator.cohortIndex(of: id)
        let scratch = CustomerGenerator.Scratch(categories: context.categoryCount)
        let draw = generator.generate(cohort: k, index: id - context.cohorts[k].offset, scratch: scratch, keepEvents: true)
        let probabilities = (0..<context.offers.count).map { generator.probability(offer: $0, draw: draw, scratch: scratch) }
        let choices = probabilities.withUnsafeBufferPointer { population.rules.choices(draw: draw, scratch: scratch, probability: $0) }
        let q = draw.organic
        let conversion = q > 0 ? probabilities.map { q + (1 - q) * $0 } : probabilities
        let customer = generator.customer(id, cohort: k, draw: draw, scratch: scratch)
        let consents = draw.u < context.cohortConsentRate(result.consentRate, cohort: k)
        let segment = draw.age * context.regions.count + draw.region
        let inputs = Decision.Inputs(
            broadcast: choices.broadcast, contextual: choices.contextual, oracle: choices.oracle, fallback: choices.fallback,
            unconstrained: choices.unconstrained, unconstrainedDataPoints: 2 + draw.eventCount,
            personal: consents ? choices.personal : nil, personalDataPoints: 2 + draw.linkedCount,
            contactable: !choices.suppressed, minor: choices.minor,
            segmentOffer: result.segmentOffers[segment], segmentHasStatistics: result.segmentHasStatistics[segment],
            channel: context.channel, contextualFallback: context.scenario.privacy.fallback == .contextual)
        let decisions = StrategyName.allCases.map { Decision(strategy: $0, inputs: inputs) }
        return CustomerInspection(customer: customer, consentRate: result.consentRate, consents: consents,
                                  probabilities: conversion, choices: choices, decisions: decisions, segment: segment,
                                  regionName: context.regions[draw.region])
    }
}
