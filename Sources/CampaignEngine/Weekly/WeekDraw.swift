import Foundation

/// A customer's draws of one week t ≥ 2 of a campaign (MODEL.md §9.1); week 1's are the draws of §2.
public struct WeekDraw: Sendable, Equatable {
    /// vᵢₜ: consent is withdrawn in the first week t ≥ 2 with v < q.
    public var withdrawal: Double
    /// wᵢₜ, the week's conversion draw.
    public var conversion: Double
    /// xᵢₜ, the category of the page the customer is on this week.
    public var context: Int
    /// nᵢₜ, the week's events (their categories and links go to the caller's lists).
    public var eventCount: Int
}

extension CustomerGenerator {
    /// The stream of week `week` of customer `index` of cohort `k`: its own keys, so a week's draws
    /// do not depend on other weeks, customers, chunks or threads. Week 1 is the customer's §2 stream.
    static func weekStream(seed: UInt64, week: Int, cohort k: Int, index: Int) -> RandomStream {
        RandomStream(seed: seed, UInt64(k) | UInt64(week) << 40, UInt64(index))
    }

    /// Week `week` (≥ 2) of customer `index` of cohort `k`, whose week-1 draw left θᵢ in `scratch`.
    /// The order is fixed: v, w, x, n, then per event its category and its link; categories go to
    /// `events` and links to `linked`.
    @inline(__always)
    func generateWeek(_ week: Int, cohort k: Int, index: Int, scratch: Scratch,
                      events: inout [UInt8], linked: inout [Bool]) -> WeekDraw {
        let cohort = tables.cohorts[k]
        var rng = CustomerGenerator.weekStream(seed: tables.seed, week: week, cohort: k, index: index)
        let v = rng.uniform()
        let w = rng.uniform()
        let cumulative = UnsafeBufferPointer(start: scratch.cumulativeTheta, count: tables.categories)
        let context = rng.categorical(cumulative: cumulative)
        let n = rng.poisson(cohort.historyMean, limit: cohort.poissonLimit)
        let rho = tables.linkage
        for _ in 0..<n {
            events.append(UInt8(truncatingIfNeeded: rng.categorical(cumulative: cumulative)))
            linked.append(rng.uniform() < rho)
        }
        return WeekDraw(withdrawal: v, conversion: w, context: context, eventCount: n)
    }
}
