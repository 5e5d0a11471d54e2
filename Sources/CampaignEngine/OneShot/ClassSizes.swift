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
    /// Data points every record's contact uses besides its profile (the address on e-mail, MODEL.md §13).
    let extraPoints: Int
    /// Per level, in blocks of `levels`: records, non-empty classes, records in classes below k,
    /// the smallest class, and the exposure sum (2⁻³² units). One buffer: one uniqueness check per class.
    private var sums: [UInt64]

    init(levels: Int, k: Int, halfExposure: Double, extraPoints: Int) {
        self.levels = levels
        self.k = k
        self.halfExposure = halfExposure
        self.extraPoints = extraPoints
        sums = .init(repeating: 0, count: 5 * levels)
        for level in 0..<levels { sums[3 * levels + level] = UInt64.max }
    }

    /// Adds one class whose members hold `linked` linked events each; `firstConsenting[t]` of
    /// them consent from level t on (t < levels). With `contacted`, only `contacted[t]` of those
    /// members are contacted and add exposure (a later week of a campaign); otherwise all are.
    @inline(__always)
    mutating func addClass<Count: FixedWidthInteger, Reach: FixedWidthInteger>(linked: Int, firstConsenting: UnsafePointer<Count>, from first: Int,
                                                                               contacted: UnsafePointer<Reach>?) {
        guard first < levels else { return }
        let d = Double(2 + extraPoints + linked)
        let f = d / (d + halfExposure)
        let levels = self.levels, k = self.k
        sums.withUnsafeMutableBufferPointer { sums in
            let records = sums.baseAddress!, nonEmpty = records + levels, belowK = records + 2 * levels
            let smallest = records + 3 * levels, exposure = records + 4 * levels
            var size = 0, reached = 0
            for level in first..<levels {
                size += Int(firstConsenting[level])
                if let contacted { reached += Int(contacted[level]) } else { reached += Int(firstConsenting[level]) }
                guard size > 0 else { continue }
                records[level] &+= UInt64(size)
                nonEmpty[level] &+= 1
                smallest[level] = min(smallest[level], UInt64(size))
                if size < k { belowK[level] &+= UInt64(size) }
                // Every member has the same d and risk 1/size: e = d/(d + d½) · (0.5 + 0.5/size).
                exposure[level] &+= Tally.fixed(f * (0.5 + 0.5 / Double(size))) &* UInt64(reached)
            }
        }
    }

    /// As `addClass(linked:firstConsenting:from:contacted:)`, with `reachedAt[t]` the members
    /// contacted at level t itself (not by first level): under learning each level has its own
    /// learner, so whether a member is still contacted differs by level (MODEL.md §12).
    mutating func addClass(linked: Int, firstConsenting: UnsafePointer<UInt32>, from first: Int, reachedAt: UnsafePointer<UInt32>) {
        // As first-level counts: what each level adds to the one below it (negative where fewer
        // are still contacted), which `addClass` sums back up level by level.
        var reached = [Int64](repeating: 0, count: levels)
        var below: Int64 = 0
        for level in first..<levels {
            reached[level] = Int64(reachedAt[level]) - below
            below = Int64(reachedAt[level])
        }
        reached.withUnsafeBufferPointer { addClass(linked: linked, firstConsenting: firstConsenting, from: first, contacted: $0.baseAddress!) }
    }

    /// As above, every member contacted.
    mutating func addClass<Count: FixedWidthInteger>(linked: Int, firstConsenting: UnsafePointer<Count>, from first: Int) {
        addClass(linked: linked, firstConsenting: firstConsenting, from: first, contacted: nil as UnsafePointer<Count>?)
    }

    /// Adds the sums of `other` (classes fed to another `ClassSizes` with the same levels, k, d½ and extra points).
    mutating func add(_ other: ClassSizes) {
        for i in sums.indices {
            let isSmallest = (3 * levels..<4 * levels).contains(i)
            sums[i] = isSmallest ? min(sums[i], other.sums[i]) : sums[i] &+ other.sums[i]
        }
    }

    /// The figures at every level.
    func figures() -> [ClassFigures] {
        (0..<levels).map { level in
            let records = sums[level]
            guard records > 0 else { return ClassFigures() }
            return ClassFigures(exposure: sums[4 * levels + level], mean: Double(sums[levels + level]) / Double(records),
                                max: 1 / Double(sums[3 * levels + level]), belowK: Double(sums[2 * levels + level]) / Double(records))
        }
    }
}
