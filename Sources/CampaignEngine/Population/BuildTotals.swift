/// The consent-independent sums of a build pass, in one flat integer buffer so that the
/// per-customer loop adds to it through one pointer (no per-element uniqueness checks).
///
/// Integer sums are associative, so totals merged from any number of workers are identical.
struct BuildTotals: Sendable {
    /// The strategies (or parts of them) whose outcome does not depend on the consent rate.
    enum Part: Int, CaseIterable {
        case broadcast, contextual, unconstrained, oracle
        /// `personalized` for contacted customers it may never profile.
        case personalizedFixed
        /// `segment` for contacted minors, served by the fallback.
        case segmentMinors
    }

    /// Offsets into `storage`.
    struct Layout: Sendable {
        let offers: Int
        let segments: Int
        /// A part's tally in `Tally`'s flat form (contacts, conversions, Σπ, sure things, Σq per offer).
        func tally(_ part: Int) -> Int { part * Tally.fields * offers }
        /// Per (segment, offer): realised conversions of contacted non-minors.
        var segmentConversions: Int { Part.allCases.count * Tally.fields * offers }
        /// Per (segment, offer): Σp of contacted non-minors in 2⁻³² units.
        var segmentExpected: Int { segmentConversions + segments * offers }
        /// Per segment: contacted non-minors.
        var segmentReach: Int { segmentExpected + segments * offers }
        var minors: Int { segmentReach + segments }
        var vulnerable: Int { minors + 1 }
        var dataPoints: Int { minors + 2 }
        var exposure: Int { minors + 3 }
        /// Minors the counterexample's profile shows a sponsored offer (DSA Art. 28(2)).
        var minorsSponsored: Int { minors + 4 }
        /// Customers who buy without contact (wᵢ < qᵢ), contacted or not (MODEL.md §11.3).
        var buyAnyway: Int { minors + 5 }
        /// Per segment: contacted non-minors who would buy anyway, and their Σq (2⁻³² units);
        /// the same whichever offer the segment shows.
        var segmentSure: Int { minors + 6 }
        var segmentOrganic: Int { segmentSure + segments }
        var size: Int { segmentOrganic + segments }
    }

    let layout: Layout
    var storage: [UInt64]

    init(offers: Int, segments: Int) {
        layout = Layout(offers: offers, segments: segments)
        storage = .init(repeating: 0, count: layout.size)
    }

    mutating func add(_ other: BuildTotals) {
        for i in storage.indices { storage[i] &+= other.storage[i] }
    }

    func tally(_ part: Part) -> Tally {
        Tally(flat: storage, at: layout.tally(part.rawValue), offers: layout.offers)
    }

    func scalar(_ offset: Int) -> Int { Int(storage[offset]) }

    /// Adds one contact of `offer` (πᵢ `fixed` in 2⁻³² units; `converted` when w < π; `sure` when
    /// w < q, with qᵢ `organic` in 2⁻³² units) to a part's tally.
    @inline(__always)
    static func record(_ p: UnsafeMutablePointer<UInt64>, layout: Layout, part: Part, offer: Int, fixed: UInt64, converted: Bool,
                       sure: Bool, organic: UInt64) {
        Tally.record(p, base: layout.tally(part.rawValue), offers: layout.offers, offer: offer, fixed: fixed, converted: converted,
                     sure: sure, organic: organic)
    }
}
