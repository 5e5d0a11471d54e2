/// Re-identification figures of personalised records at one consent level.
struct ClassFigures {
    var exposure: UInt64 = 0
    var mean = 0.0
    var max = 0.0
    var belowK = 0.0
}

/// Sums over re-identification classes at every consent level, fed one class at a time.
///
/// A class is the records sharing (age band, region, h′); its members' consent thresholds give its
/// size at each level. Both the in-memory engine and the streaming sweep feed it, so they agree.
struct ClassSizes {
    let levels: Int
    let k: Int
    let halfExposure: Double
    private var records: [Int], nonEmpty: [Int], belowK: [Int], smallest: [Int]
    private var exposure: [UInt64]

    init(levels: Int, k: Int, halfExposure: Double) {
        self.levels = levels
        self.k = k
        self.halfExposure = halfExposure
        records = .init(repeating: 0, count: levels)
        nonEmpty = records
        belowK = records
        smallest = .init(repeating: Int.max, count: levels)
        exposure = .init(repeating: 0, count: levels)
    }

    /// Adds one class whose members hold `linked` linked events each; `firstConsenting[t]` of
    /// them consent from level t on (t < levels).
    @inline(__always)
    mutating func addClass<Count: FixedWidthInteger>(linked: Int, firstConsenting: UnsafePointer<Count>, from first: Int) {
        guard first < levels else { return }
        let d = Double(2 + linked)
        let f = d / (d + halfExposure)
        var size = 0
        for level in first..<levels {
            size += Int(firstConsenting[level])
            guard size > 0 else { continue }
            records[level] += size
            nonEmpty[level] += 1
            smallest[level] = min(smallest[level], size)
            if size < k { belowK[level] += size }
            // Every member has the same d and risk 1/size: e = d/(d + d½) · (0.5 + 0.5/size).
            exposure[level] &+= Tally.fixed(f * (0.5 + 0.5 / Double(size))) &* UInt64(size)
        }
    }

    /// The figures at every level.
    func figures() -> [ClassFigures] {
        (0..<levels).map { level in
            guard records[level] > 0 else { return ClassFigures() }
            return ClassFigures(exposure: exposure[level], mean: Double(nonEmpty[level]) / Double(records[level]),
                                max: 1 / Double(smallest[level]), belowK: Double(belowK[level]) / Double(records[level]))
        }
    }
}
