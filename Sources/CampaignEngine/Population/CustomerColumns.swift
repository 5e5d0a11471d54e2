/// What the rate pass needs of each customer in a range, column by column (struct of arrays).
///
/// The in-memory population holds one set of columns for everyone; a streaming sweep holds one
/// chunk's worth per worker and reuses it.
struct CustomerColumns: ~Copyable, Sendable {
    /// Bits of `flags`.
    enum Flag {
        static let minor: UInt8 = 1
        static let vulnerable: UInt8 = 2
        /// Not on the suppression list: compliant strategies contact this customer.
        static let contacted: UInt8 = 4
        /// Non-minor, non-vulnerable and contacted: `personalized` may profile them with consent.
        static let profileable: UInt8 = 8
        static let personalConverts: UInt8 = 16
        static let fallbackConverts: UInt8 = 32
        /// Would buy without contact (wᵢ < qᵢ, MODEL.md §11).
        static let sure: UInt8 = 64
    }

    /// Bytes per customer across the columns; 4 more where customers buy without contact.
    static let bytesPerCustomer = 4 + 1 + 1 + 2 + 2 + 1 + 1 + 4 + 4 + 2
    static let organicBytesPerCustomer = 4

    let count: Int
    let consentDraw: SharedBuffer<Float>
    let cohort: SharedBuffer<UInt8>
    let flags: SharedBuffer<UInt8>
    let segment: SharedBuffer<UInt16>
    /// Events a non-minor contributes to segment statistics (the first history_clip).
    let clippedCount: SharedBuffer<UInt16>
    let personalOffer: SharedBuffer<UInt8>
    let fallbackOffer: SharedBuffer<UInt8>
    let personalProbability: SharedBuffer<UInt32>
    let fallbackProbability: SharedBuffer<UInt32>
    /// Σh′ᵢ, the linked events of a profileable customer.
    let linkedCount: SharedBuffer<UInt16>
    /// qᵢ of a profileable customer in 2⁻³² units; empty when no cohort buys without contact.
    let organicProbability: SharedBuffer<UInt32>

    init(count: Int, organic: Bool) {
        self.count = count
        consentDraw = .init(zeroed: count)
        cohort = .init(zeroed: count)
        flags = .init(zeroed: count)
        segment = .init(zeroed: count)
        clippedCount = .init(zeroed: count)
        personalOffer = .init(zeroed: count)
        fallbackOffer = .init(zeroed: count)
        personalProbability = .init(zeroed: count)
        fallbackProbability = .init(zeroed: count)
        linkedCount = .init(zeroed: count)
        organicProbability = .init(zeroed: organic ? count : 0)
    }
}
