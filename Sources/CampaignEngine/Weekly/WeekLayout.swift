import ScenarioKit

/// Where a campaign's integer sums live in one flat buffer: per week, per consent block, per
/// strategy (MODEL.md §9).
///
/// A customer's contribution counts at some consent levels only. Three kinds of block say which:
/// `atOrAbove(l)` counts at every level ≥ l (what a customer does once they consent), `below(l)`
/// at every level < l (what they do before), `exactly(l)` at level l alone (segment, whose
/// statistics differ by level). Integer sums are associative, so totals are identical for any
/// thread count and chunk size. Week 0 holds the campaign's distinct-customer counts.
struct WeekLayout: Sendable {
    let offers: Int
    let levels: Int
    let weeks: Int
    /// Values per block: every strategy's fields, then the two consent counts. Stored, since the
    /// hot loops read it for every customer and week (`allCases` builds an array on each call).
    let fields: Int
    private let strategyIndex: [StrategyName: Int]

    /// Whether strategies learn (MODEL.md §12): each strategy then also sums, per offer, the
    /// fixed-point πᵢ of the offer its known rule would have chosen, for the learning regret.
    let learning: Bool

    init(offers: Int, levels: Int, weeks: Int, learning: Bool = false) {
        self.offers = offers
        self.levels = levels
        self.weeks = weeks
        self.learning = learning
        fields = StrategyName.allCases.count * (Tally.fields * offers + 11 + (learning ? offers : 0)) + 2
        strategyIndex = Dictionary(uniqueKeysWithValues: StrategyName.allCases.enumerated().map { ($1, $0) })
    }

    /// One strategy's fields: a tally in `Tally`'s flat form (contacts, conversions, Σπ, sure
    /// things, Σq per offer), then eleven counts.
    var strategyStride: Int { Tally.fields * offers + 11 + (learning ? offers : 0) }
    var blocks: Int { 3 * levels + 2 }
    var size: Int { (weeks + 1) * blocks * fields }

    func atOrAbove(_ week: Int, _ level: Int) -> Int { (week * blocks + level) * fields }
    func below(_ week: Int, _ level: Int) -> Int { (week * blocks + levels + 1 + level) * fields }
    func exactly(_ week: Int, _ level: Int) -> Int { (week * blocks + 2 * (levels + 1) + level) * fields }

    /// The first field of strategy `s`.
    func base(_ s: StrategyName) -> Int { strategyIndex[s]! * strategyStride }
    var contacted: Int { 0 }
    var conversions: Int { offers }
    var expected: Int { 2 * offers }
    var profiled: Int { Tally.fields * offers }
    var withoutConsent: Int { Tally.fields * offers + 1 }
    var minors: Int { Tally.fields * offers + 2 }
    var vulnerable: Int { Tally.fields * offers + 3 }
    var dataPoints: Int { Tally.fields * offers + 4 }
    var exposure: Int { Tally.fields * offers + 5 }
    var storedEvents: Int { Tally.fields * offers + 6 }
    var storedRecords: Int { Tally.fields * offers + 7 }
    /// Minors shown a sponsored offer their profile chose (week 0: distinct customers; DSA Art. 28(2)).
    var minorsSponsored: Int { Tally.fields * offers + 8 }
    /// `segment`'s customers whose offer its statistics chose (week 0: distinct customers).
    var statisticsTargeted: Int { Tally.fields * offers + 9 }
    /// Customers the strategy did not contact this week who bought anyway (MODEL.md §11.1).
    var organicConversions: Int { Tally.fields * offers + 10 }
    /// Under learning, Σ fixed-point πᵢ of the known rule's offer, per offer (MODEL.md §12.3).
    var knownExpected: Int { Tally.fields * offers + 11 }
    /// Customers whose consent is active, and those whose consent has ended (not per strategy).
    var consenting: Int { fields - 2 }
    var withdrawn: Int { consenting + 1 }

    /// Not contacted this week: a customer with wᵢₜ < qᵢ buys anyway and is then done (MODEL.md §11.1).
    @inline(__always)
    func buysAnyway(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, sure: Bool) -> Bool {
        guard sure else { return false }
        block[base + organicConversions] &+= 1
        return true
    }

    /// On e-mail a contact no profile chose still uses the address, and the click where the
    /// context chose it (MODEL.md §13); nothing off e-mail.
    @inline(__always)
    func plain(_ block: UnsafeMutablePointer<UInt64>, _ base: Int, contextual: Bool, channel: ChannelPoints) {
        guard channel.address > 0 else { return }
        block[base + dataPoints] &+= UInt64(channel.plain(contextual: contextual))
        block[base + exposure] &+= channel.exposure(contextual: contextual)
    }

    /// Week `week`'s totals at every level, `fields` values per level.
    func resolve(_ storage: [UInt64], week: Int) -> [[UInt64]] {
        let fields = self.fields
        var result: [[UInt64]] = []
        result.reserveCapacity(levels)
        // Levels below l: the blocks `below(b)` with b > l, summed from the top down.
        var suffix = [[UInt64]](repeating: [UInt64](repeating: 0, count: fields), count: levels + 1)
        var running = [UInt64](repeating: 0, count: fields)
        for b in stride(from: levels, through: 1, by: -1) {
            let at = below(week, b)
            for f in 0..<fields { running[f] &+= storage[at + f] }
            suffix[b - 1] = running
        }
        var prefix = [UInt64](repeating: 0, count: fields)
        for level in 0..<levels {
            let above = atOrAbove(week, level), exact = exactly(week, level)
            var values = suffix[level]
            for f in 0..<fields {
                prefix[f] &+= storage[above + f]
                values[f] &+= prefix[f] &+ storage[exact + f]
            }
            result.append(values)
        }
        return result
    }
}

/// Where segment statistics are gathered: per week and consent block (`atOrAbove` only), per
/// segment its contributors, then its clipped events per category.
struct SegmentLayout: Sendable {
    let segments: Int
    let categories: Int
    let levels: Int
    let weeks: Int

    var segmentStride: Int { 1 + categories }
    var blockSize: Int { segments * segmentStride }
    var size: Int { weeks * (levels + 1) * blockSize }

    /// The block of week `week` (1-based) whose customers consent from level `level` on.
    func block(_ week: Int, _ level: Int) -> Int { ((week - 1) * (levels + 1) + level) * blockSize }
}

/// One record `personalized` holds in some week: its re-identification key, and packed into
/// `meta` the holder's first consenting level (bits 0–10), whether they are contacted that week
/// (bit 11) and Σh′ over the retention window (bits 12–31).
struct ClassRecord: Sendable {
    var key: UInt64
    var meta: UInt32

    init(key: UInt64, level: Int, contacted: Bool, linked: Int) {
        self.key = key
        meta = UInt32(level) | (contacted ? 1 << 11 : 0) | UInt32(min(linked, 0xF_FFFF)) << 12
    }

    var level: Int { Int(meta & 0x7FF) }
    var contacted: Bool { meta & (1 << 11) != 0 }
    var linked: Int { Int(meta >> 12) }
}
