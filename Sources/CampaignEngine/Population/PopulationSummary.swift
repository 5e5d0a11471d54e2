import Foundation

/// What the figures need of a population besides the per-rate sums: its size, the
/// consent-independent totals, the segment noise and the strategy rules.
struct PopulationSummary: Sendable {
    let count: Int
    let totals: BuildTotals
    /// Standard Laplace draws per (segment, category), scaled by history_clip/ε when ε is on.
    let segmentNoise: [Double]
    let rules: DecisionRules

    var minors: Int { totals.scalar(totals.layout.minors) }
    var vulnerable: Int { totals.scalar(totals.layout.vulnerable) }
    /// Minors the counterexample shows a sponsored offer chosen from their profile.
    var minorsShownSponsored: Int { totals.scalar(totals.layout.minorsSponsored) }
    var unconstrainedDataPoints: Int { totals.scalar(totals.layout.dataPoints) }
    var unconstrainedExposure: UInt64 { totals.storage[totals.layout.exposure] }

    /// Contacted non-minors of segment `s`.
    func reach(ofSegment s: Int) -> Int { totals.scalar(totals.layout.segmentReach + s) }

    /// Conversions and Σπ (2⁻³² units) if every contacted non-minor of segment `s` were shown offer
    /// `o`, with the sure things among them and their Σq (which do not depend on the offer).
    func segmentTally(segment s: Int, offer o: Int) -> (contacted: Int, conversions: Int, expected: UInt64, sure: Int, organic: UInt64) {
        let i = s * totals.layout.offers + o
        let layout = totals.layout
        return (reach(ofSegment: s), totals.scalar(layout.segmentConversions + i), totals.storage[layout.segmentExpected + i],
                totals.scalar(layout.segmentSure + s), totals.storage[layout.segmentOrganic + s])
    }

    /// Customers who buy without contact, contacted or not (MODEL.md §11.3).
    var buyAnyway: Int { totals.scalar(totals.layout.buyAnyway) }

    /// One fixed standard Laplace draw per (segment, category), from its own stream, so that
    /// sweeps stay paired. Each week of a campaign releases with fresh noise (MODEL.md §9.1).
    static func laplaceNoise(context: ModelContext, week: Int = 1) -> [Double] {
        var noise: [Double] = []
        noise.reserveCapacity(context.segmentCount * context.categoryCount)
        let key = UInt64(0x5E6_4E7) | (week > 1 ? UInt64(week) << 40 : 0)
        for s in 0..<context.segmentCount {
            for c in 0..<context.categoryCount {
                var rng = RandomStream(seed: context.scenario.seed, key, UInt64(s * context.categoryCount + c))
                let u = rng.uniformOpen() - 0.5
                noise.append(-(u < 0 ? -1.0 : 1.0) * log(1 - 2 * abs(u)))
            }
        }
        return noise
    }
}
