/// Segment's non-minor contactable customers as the strategies' pass leaves them: what segment
/// needs to follow them week by week once its weekly releases are known. Keeping this (a few
/// bytes per customer) instead of regenerating everyone lets a campaign take one pass, not two.
struct SegmentJobs {
    let offers: Int
    let weeks: Int
    /// Per customer: segment (high 16 bits) and first consenting level (low 16 bits).
    private(set) var header: [UInt32] = []
    /// Per customer: the week consent was withdrawn (0: never), and bit 7 for vulnerable.
    private(set) var meta: [UInt8] = []
    /// Per customer, per offer: pᵢ(o) in 2⁻³² units.
    private(set) var fixed: [UInt32] = []
    /// Per customer, per (week, offer): whether wᵢₜ < pᵢ(o), `words` 64-bit words each.
    private(set) var converts: [UInt64] = []

    var words: Int { (weeks * offers + 63) / 64 }
    var count: Int { header.count }

    init(offers: Int, weeks: Int) {
        self.offers = offers
        self.weeks = weeks
    }

    /// Bytes one customer takes.
    static func bytesPerCustomer(offers: Int, weeks: Int) -> Int { 5 + 4 * offers + 8 * ((weeks * offers + 63) / 64) }

    /// Adds one customer; `bits` holds their `words` words of conversion bits.
    mutating func append(segment: Int, level: Int, withdrawnIn: Int, vulnerable: Bool, fixed values: UnsafePointer<UInt64>, bits: [UInt64]) {
        header.append(UInt32(segment) << 16 | UInt32(level))
        meta.append(UInt8(withdrawnIn) | (vulnerable ? 0x80 : 0))
        for o in 0..<offers { fixed.append(UInt32(values[o])) }
        converts.append(contentsOf: bits)
    }

    /// The bit of (week, offer) in a customer's words.
    @inline(__always)
    static func bit(week: Int, offer: Int, offers: Int) -> (word: Int, mask: UInt64) {
        let i = (week - 1) * offers + offer
        return (i >> 6, 1 << UInt64(i & 63))
    }
}
