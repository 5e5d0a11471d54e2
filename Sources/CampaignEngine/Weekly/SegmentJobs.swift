/// Segment's non-minor contactable customers as the strategies' pass leaves them: what segment
/// needs to follow them week by week once its weekly releases are known. Keeping this (a few
/// bytes per customer) instead of regenerating everyone lets a campaign take one pass, not two.
///
/// Per customer it keeps one value and one bit per week for each of `slots`: the offers, plus,
/// where customers buy without contact (MODEL.md §11), one slot for qᵢ and wᵢₜ < qᵢ.
struct SegmentJobs {
    let offers: Int
    let weeks: Int
    /// Offers, plus one for the organic propensity where there is one.
    let slots: Int
    /// Per customer: segment (high 16 bits) and first consenting level (low 16 bits).
    private(set) var header: [UInt32] = []
    /// Per customer: the week consent was withdrawn (0: never), and bit 7 for vulnerable.
    private(set) var meta: [UInt8] = []
    /// Per customer, per slot: πᵢ(o) (and qᵢ) in 2⁻³² units.
    private(set) var fixed: [UInt32] = []
    /// Per customer, per (week, slot): whether wᵢₜ < πᵢ(o) (and wᵢₜ < qᵢ), `words` 64-bit words each.
    private(set) var converts: [UInt64] = []

    var words: Int { (weeks * slots + 63) / 64 }
    var count: Int { header.count }

    init(offers: Int, weeks: Int, organic: Bool = false) {
        self.offers = offers
        self.weeks = weeks
        slots = offers + (organic ? 1 : 0)
    }

    /// Bytes one customer takes.
    static func bytesPerCustomer(offers: Int, weeks: Int, organic: Bool) -> Int {
        let slots = offers + (organic ? 1 : 0)
        return 5 + 4 * slots + 8 * ((weeks * slots + 63) / 64)
    }

    /// Adds one customer; `values` holds a value per slot and `bits` their `words` words of bits.
    mutating func append(segment: Int, level: Int, withdrawnIn: Int, vulnerable: Bool, fixed values: UnsafePointer<UInt64>, bits: [UInt64]) {
        header.append(UInt32(segment) << 16 | UInt32(level))
        meta.append(UInt8(withdrawnIn) | (vulnerable ? 0x80 : 0))
        for o in 0..<slots { fixed.append(UInt32(values[o])) }
        converts.append(contentsOf: bits)
    }

    /// The bit of (week, slot) in a customer's words, with `slots` slots a week.
    @inline(__always)
    static func bit(week: Int, offer: Int, slots: Int) -> (word: Int, mask: UInt64) {
        let i = (week - 1) * slots + offer
        return (i >> 6, 1 << UInt64(i & 63))
    }
}
