/// Each cohort's consent rate at every level of a sweep, flat (cohort-major) for the hot loops.
struct LevelTable: Sendable {
    let levels: Int
    private let values: [Double]
    /// The rates' bit patterns when every rate is a non-negative double (always, for rates in [0, 1]):
    /// such doubles order like their bit patterns, which allows a comparison without a branch.
    private let bits: [Int64]?

    /// Each cohort's consent rate at `rates` (sorted), made non-decreasing so consent sets nest exactly.
    init(_ rates: [Double], context: ModelContext) {
        self.init(levels: rates.count, values: RateDeltas.cohortLevels(rates, context: context).flatMap { $0 })
    }

    /// One level with the given rate per cohort.
    init(oneLevel rates: [Double]) {
        self.init(levels: 1, values: rates)
    }

    private init(levels: Int, values: [Double]) {
        self.levels = levels
        self.values = values
        let patterns = values.map { Int64(bitPattern: $0.bitPattern) }
        bits = levels <= 16 && patterns.allSatisfy { $0 >= 0 } && values.allSatisfy { !$0.isNaN } ? patterns : nil
    }

    /// Cohort `k`'s rates in level order.
    func rates(cohort k: Int) -> [Double] { Array(values[(k * levels)..<((k + 1) * levels)]) }

    /// Cohort `k`'s rate at `level`.
    func rate(cohort k: Int, level: Int) -> Double { values[k * levels + level] }

    /// Cohort `k`'s rate at the first level.
    @inline(__always)
    func first(cohort k: Int) -> Double { values.withUnsafeBufferPointer { $0[k * levels] } }

    /// The first level at which consent draw `u` of cohort `k` consents (`levels` when it never
    /// does): the number of levels at or below u, since the rates do not decrease.
    @inline(__always)
    func threshold(_ u: Float, cohort k: Int) -> Int {
        let x = Double(u)
        if let bits {
            // u ≥ 0 and every rate ≥ 0: u ≥ rate iff rate − u − 1 < 0 on the bit patterns. Branch-free,
            // because u is random and a branch on it would be mispredicted half the time.
            let xb = Int64(bitPattern: x.bitPattern)
            return bits.withUnsafeBufferPointer { all in
                let row = all.baseAddress! + k * levels
                var t = 0
                for l in 0..<levels { t &+= Int(UInt64(bitPattern: row[l] &- xb &- 1) >> 63) }
                return t
            }
        }
        return values.withUnsafeBufferPointer { all in
            RateDeltas.threshold(x, UnsafeBufferPointer(start: all.baseAddress! + k * levels, count: levels))
        }
    }
}
