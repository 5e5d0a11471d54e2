/// Integer sums per offer: contacts, realised conversions and expected conversions in fixed point,
/// and of the contacted the sure things (who would have bought anyway) and Σqᵢ (MODEL.md §11.3).
///
/// Integer addition is associative, so sums are identical whatever the thread count or chunk
/// size; that is how the engine keeps output byte-identical. Probabilities are rounded to
/// 2⁻³² before they are added.
public struct Tally: Sendable, Equatable {
    /// Contacts per offer.
    public var contacted: [Int]
    /// Realised conversions per offer.
    public var conversions: [Int]
    /// Σ πᵢ in units of 2⁻³² (πᵢ = pᵢ without organic conversions).
    public var expected: [UInt64]
    /// Contacted customers who converted and would have without contact (wᵢ < qᵢ).
    public var sure: [Int]
    /// Σ qᵢ over contacted customers in units of 2⁻³².
    public var organic: [UInt64]

    /// Values per offer in the flat form: contacts, conversions, Σπ, sure things, Σq.
    public static let fields = 5

    /// An empty tally for `offers` offers.
    public init(offers: Int) {
        contacted = .init(repeating: 0, count: offers)
        conversions = .init(repeating: 0, count: offers)
        expected = .init(repeating: 0, count: offers)
        sure = .init(repeating: 0, count: offers)
        organic = .init(repeating: 0, count: offers)
    }

    /// A tally stored flat as contacts, conversions, Σπ, sure things and Σq, each per offer, from `base`.
    init(flat values: [UInt64], at base: Int, offers: Int) {
        contacted = (0..<offers).map { Int(values[base + $0]) }
        conversions = (0..<offers).map { Int(values[base + offers + $0]) }
        expected = Array(values[(base + 2 * offers)..<(base + 3 * offers)])
        sure = (0..<offers).map { Int(values[base + 3 * offers + $0]) }
        organic = Array(values[(base + 4 * offers)..<(base + 5 * offers)])
    }

    /// Counts one contact with `offer`, its fixed-point πᵢ, whether it converted, and whether the
    /// customer would have bought anyway with their fixed-point qᵢ.
    @inline(__always)
    public mutating func add(offer: Int, probability fixed: UInt64, converted: Bool, sure: Bool = false, organic: UInt64 = 0) {
        contacted[offer] += 1
        conversions[offer] += converted ? 1 : 0
        expected[offer] &+= fixed
        self.sure[offer] += sure ? 1 : 0
        self.organic[offer] &+= organic
    }

    /// Adds one contact to a flat tally at `base` (the layout of `init(flat:at:offers:)`).
    @inline(__always)
    static func record(_ p: UnsafeMutablePointer<UInt64>, base: Int, offers: Int, offer: Int, fixed: UInt64, converted: Bool,
                       sure: Bool, organic: UInt64) {
        p[base + offer] &+= 1
        p[base + offers + offer] &+= converted ? 1 : 0
        p[base + 2 * offers + offer] &+= fixed
        p[base + 3 * offers + offer] &+= sure ? 1 : 0
        p[base + 4 * offers + offer] &+= organic
    }

    /// Adds another tally's sums offer by offer.
    public mutating func add(_ other: Tally) {
        for o in contacted.indices {
            contacted[o] += other.contacted[o]
            conversions[o] += other.conversions[o]
            expected[o] &+= other.expected[o]
            sure[o] += other.sure[o]
            organic[o] &+= other.organic[o]
        }
    }

    /// One unit of fixed point: 2³².
    public static let scale = 4_294_967_296.0

    /// A value in [0, 1] rounded to a multiple of 2⁻³², saturating below 1 so it fits 32 bits.
    @inline(__always)
    public static func fixed(_ value: Double) -> UInt64 {
        // Round half away from zero, as `rounded()` does, without its call into libm: for
        // 0 ≤ x < 2⁵³ the truncation is exact and so is x − truncation.
        // Int64 rather than UInt64: x86 converts signed integers in one instruction.
        // The fraction's test is branch-free: probabilities are random, so a branch on it would be
        // mispredicted half the time. frac − 0.5 is exact or keeps its sign, and is +0 at a tie.
        let x = value * scale
        let whole = Int64(x)
        let half = (x - Double(whole)) - 0.5
        let up = 1 - Int64(bitPattern: half.bitPattern >> 63)
        return UInt64(min(max(whole + up, 0), 0xFFFF_FFFF))
    }
}
