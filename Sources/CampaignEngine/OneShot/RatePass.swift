/// The consent-dependent sums of a sweep: what each customer adds from the first consent level at
/// which they consent, kept as deltas per level in one flat integer buffer.
///
/// Consent sets nest as the rate grows, so prefix sums of the deltas give every level's totals
/// (suffix sums for the fallback, which serves those who do not consent yet).
struct RateDeltas: Sendable {
    /// Offsets inside one level's block.
    struct Layout: Sendable {
        let offers: Int
        let segments: Int
        let categories: Int
        var consenting: Int { 0 }
        var linkedEvents: Int { 1 }
        /// Tally of profiled customers in `Tally`'s flat form.
        var personal: Int { 2 }
        /// Tally of profileable customers served by the fallback.
        var fallback: Int { 2 + Tally.fields * offers }
        /// Per (segment, category): clipped events of consenting non-minors.
        var history: Int { 2 + 2 * Tally.fields * offers }
        /// Per segment: consenting non-minors, and those of them who are contacted.
        var contributors: Int { history + segments * categories }
        var contributorsContacted: Int { contributors + segments }
        var stride: Int { contributorsContacted + segments }
    }

    let layout: Layout
    /// Levels plus one (the last block holds customers who never consent).
    let blocks: Int
    var storage: [UInt64]

    init(levels: Int, offers: Int, segments: Int, categories: Int) {
        self.init(levels: levels, layout: Layout(offers: offers, segments: segments, categories: categories))
    }

    init(levels: Int, layout: Layout) {
        self.layout = layout
        blocks = levels + 1
        storage = .init(repeating: 0, count: blocks * layout.stride)
    }

    mutating func add(_ other: RateDeltas) {
        for i in storage.indices { storage[i] &+= other.storage[i] }
    }

    /// Every level's totals from the deltas.
    func levelTotals() -> [RateTotals] {
        let stride = layout.stride
        let levels = blocks - 1
        // The fallback serves those who do not consent yet: at level l, everyone whose threshold is above l.
        let width = Tally.fields * layout.offers
        var notYet = [[UInt64]](repeating: [], count: levels)
        var suffix = [UInt64](repeating: 0, count: width)
        for level in (0..<levels).reversed() {
            for i in 0..<width { suffix[i] &+= storage[(level + 1) * stride + layout.fallback + i] }
            notYet[level] = suffix
        }
        var running = [UInt64](repeating: 0, count: stride)
        var result: [RateTotals] = []
        result.reserveCapacity(levels)
        for level in 0..<levels {
            for i in 0..<stride { running[i] &+= storage[level * stride + i] }
            result.append(RateTotals(layout: layout, running: running, fallback: notYet[level]))
        }
        return result
    }

    /// Each cohort's consent rate at every level, made non-decreasing so consent sets nest exactly.
    static func cohortLevels(_ levels: [Double], context: ModelContext) -> [[Double]] {
        (0..<context.cohorts.count).map { cohort in
            var previous = -Double.infinity
            return levels.map { rate in
                previous = max(previous, context.cohortConsentRate(rate, cohort: cohort))
                return previous
            }
        }
    }

    /// The first level at which a consent draw `u` consents (levels.count when it never does).
    @inline(__always)
    static func threshold(_ u: Double, _ levels: UnsafeBufferPointer<Double>) -> Int {
        var lo = 0, hi = levels.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if u < levels[mid] { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Adds customers at column indices `range` (their clipped events in order in `events`), and
    /// writes each profileable customer's consent threshold to `thresholds` at the same index
    /// when it is given (the streaming sweep's class table needs them; the engine does not).
    mutating func add(_ columns: borrowing CustomerColumns, _ range: Range<Int>, events: [UInt8], levels: LevelTable,
                      thresholds: UnsafeMutablePointer<UInt16>?) {
        let stride = layout.stride
        let never = blocks - 1
        var cursor = 0
        storage.withUnsafeMutableBufferPointer { storage in
            let deltas = storage.baseAddress!
            events.withUnsafeBufferPointer { events in
                for i in range {
                    let flag = columns.flags[i]
                    let t = levels.threshold(columns.consentDraw[i], cohort: Int(columns.cohort[i]))
                    if flag & CustomerColumns.Flag.profileable != 0 { thresholds?[i] = UInt16(t) }
                    RateDeltas.contribute(columns, i, flag: flag, to: deltas + t * stride, consents: t < never, layout: layout,
                                          events: events, cursor: &cursor)
                }
            }
        }
    }

    /// Adds, as consenting at this value's first level, only the customers whose consent draw lies
    /// in their cohort's band [lower, upper): what moves between blocks when a level is inserted.
    mutating func addBand(_ columns: borrowing CustomerColumns, _ range: Range<Int>, events: [UInt8], lower: LevelTable,
                          upper: LevelTable) {
        var cursor = 0
        let layout = self.layout
        storage.withUnsafeMutableBufferPointer { storage in
            let deltas = storage.baseAddress!
            events.withUnsafeBufferPointer { events in
                for i in range {
                    let flag = columns.flags[i]
                    let u = Double(columns.consentDraw[i]), k = Int(columns.cohort[i])
                    if u >= lower.first(cohort: k) && u < upper.first(cohort: k) {
                        RateDeltas.contribute(columns, i, flag: flag, to: deltas, consents: true, layout: layout, events: events,
                                              cursor: &cursor)
                    } else if flag & CustomerColumns.Flag.minor == 0 {
                        cursor += Int(columns.clippedCount[i])
                    }
                }
            }
        }
    }

    /// Adds customer `i` to the block at `level` (consenting there unless `consents` is false, which
    /// is the block of those who never consent) and moves `cursor` past their clipped events.
    @inline(__always)
    private static func contribute(_ columns: borrowing CustomerColumns, _ i: Int, flag: UInt8, to level: UnsafeMutablePointer<UInt64>,
                                   consents: Bool, layout: Layout, events: UnsafeBufferPointer<UInt8>, cursor: inout Int) {
        let categories = layout.categories, offers = layout.offers
        if consents { level[layout.consenting] &+= 1 }
        if flag & CustomerColumns.Flag.minor == 0 {
            let clipped = Int(columns.clippedCount[i])
            if consents {
                let s = Int(columns.segment[i])
                level[layout.contributors + s] &+= 1
                if flag & CustomerColumns.Flag.contacted != 0 { level[layout.contributorsContacted + s] &+= 1 }
                let history = level + layout.history + s * categories
                for e in cursor..<(cursor + clipped) { history[Int(events[e])] &+= 1 }
            }
            cursor += clipped
        }
        if flag & CustomerColumns.Flag.profileable != 0 {
            // Profiled from this level on; served by the fallback at every level below it.
            let sure = flag & CustomerColumns.Flag.sure != 0
            let organic = columns.organicProbability.count > 0 ? UInt64(columns.organicProbability[i]) : 0
            if consents {
                Tally.record(level, base: layout.personal, offers: offers, offer: Int(columns.personalOffer[i]),
                             fixed: UInt64(columns.personalProbability[i]),
                             converted: flag & CustomerColumns.Flag.personalConverts != 0, sure: sure, organic: organic)
                level[layout.linkedEvents] &+= UInt64(columns.linkedCount[i])
            }
            Tally.record(level, base: layout.fallback, offers: offers, offer: Int(columns.fallbackOffer[i]),
                         fixed: UInt64(columns.fallbackProbability[i]),
                         converted: flag & CustomerColumns.Flag.fallbackConverts != 0, sure: sure, organic: organic)
        }
    }

    /// The deltas of one level `rate` not in this sweep's levels, without a pass over everyone:
    /// the customers consenting at `rate` are those of the blocks below its place plus `band`
    /// (those between the level below and `rate`), who leave the blocks above. Integer sums, so
    /// this equals a fresh pass at `rate` exactly.
    func single(insertedAt place: Int, band: RateDeltas) -> RateDeltas {
        var result = RateDeltas(levels: 1, layout: layout)
        let stride = layout.stride
        storage.withUnsafeBufferPointer { storage in
            result.storage.withUnsafeMutableBufferPointer { out in
                band.storage.withUnsafeBufferPointer { band in
                    for block in 0..<blocks {
                        let target = block < place ? 0 : 1
                        for i in 0..<stride { out[target * stride + i] &+= storage[block * stride + i] }
                    }
                    for i in 0..<stride {
                        out[i] &+= band[i]
                        out[stride + i] &-= band[i]
                    }
                }
            }
        }
        return result
    }
}

/// The consent-dependent totals at one level.
struct RateTotals {
    var consenting = 0
    var personal: Tally
    var fallback: Tally
    var linkedEvents = 0
    var history: [Int]
    var contributors: [Int]
    var contributorsContacted: [Int]

    init(layout: RateDeltas.Layout, running: [UInt64], fallback: [UInt64]) {
        consenting = Int(running[layout.consenting])
        linkedEvents = Int(running[layout.linkedEvents])
        personal = Tally(flat: running, at: layout.personal, offers: layout.offers)
        self.fallback = Tally(flat: fallback, at: 0, offers: layout.offers)
        history = running[layout.history..<layout.contributors].map { Int($0) }
        contributors = running[layout.contributors..<layout.contributorsContacted].map { Int($0) }
        contributorsContacted = running[layout.contributorsContacted..<layout.stride].map { Int($0) }
    }
}
