/// Each cohort's consent rate at every level of a sweep, flat (cohort-major) for the hot loops.
struct LevelTable: Sendable {
    let levels: Int
    private let values: [Double]
    /// Whether every rate is a non-negative double and there are few levels: then a draw's level
    /// is counted without branches (`RandomStream.entries`), else found by binary search.
    private let countable: Bool

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
        countable = levels <= 16 && values.allSatisfy { $0.sign == .plus && !$0.isNaN }
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
        return values.withUnsafeBufferPointer { all in
            let row = all.baseAddress! + k * levels
            // Branch-free when it can be: u is random, so a search's branches are mispredicted half the time.
            if countable { return RandomStream.entries(of: row, count: levels, atOrBelow: x) }
            return RateDeltas.threshold(x, UnsafeBufferPointer(start: row, count: levels))
        }
    }
}
