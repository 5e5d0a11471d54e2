/// What a learning campaign keeps of the customers of one chunk between its weekly passes
/// (MODEL.md §12): their constants and, per week, the draws and held-history figures the
/// strategies read, all computed once by `LearningRun.prepare`; and what each strategy has done
/// with them so far. Learning needs the whole population's feedback of a week before the next
/// week's choices, so customers cannot be followed through all weeks in one go as `WeekPass` does.
final class LearnerChunk {
    let first: Int
    let count: Int
    let weeks: Int
    let offers: Int
    /// Words of per-level bits per customer.
    let words: Int

    // Per customer.
    var age: [UInt8]
    var region: [Int32]
    var flags: [UInt8]
    var level: [Int32]
    var withdrawnIn: [Int32]
    var organic: [Double]
    /// πᵢ(o) per offer, and its fixed point (count · offers).
    var pi: [Double]
    var piFixed: [UInt64]
    /// oracle's offer (−1: left alone) and broadcast's known offer (−1: not contacted).
    var oracle: [Int8]
    var broadcastKnown: [Int8]

    // Per customer and week, index i · weeks + (t − 1).
    var w: [Double]
    var context: [UInt8]
    var cumulativeTotal: [Int32]
    var windowTotal: [Int32]
    var unconstrainedKnown: [UInt8]
    var unconstrainedCell: [UInt8]
    var personalKnown: [UInt8]
    var personalCell: [UInt8]
    var recordKey: [UInt64]

    // What the strategies did: level-independent flags, and per level (count · words) personalized's
    // and segment's conversions and segment's targeted customers.
    var done: [UInt16]
    var personalDone: [UInt64]
    var segmentDone: [UInt64]
    var segmentTargeted: [UInt64]

    static let minor: UInt8 = 1, vulnerable: UInt8 = 2, suppressed: UInt8 = 4, profileable: UInt8 = 8

    init(first: Int, count: Int, weeks: Int, offers: Int, levels: Int) {
        self.first = first
        self.count = count
        self.weeks = weeks
        self.offers = offers
        words = (levels + 63) / 64
        age = .init(repeating: 0, count: count)
        region = .init(repeating: 0, count: count)
        flags = .init(repeating: 0, count: count)
        level = .init(repeating: 0, count: count)
        withdrawnIn = .init(repeating: Int32.max, count: count)
        organic = .init(repeating: 0, count: count)
        pi = .init(repeating: 0, count: count * offers)
        piFixed = .init(repeating: 0, count: count * offers)
        oracle = .init(repeating: -1, count: count)
        broadcastKnown = .init(repeating: -1, count: count)
        let cw = count * weeks
        w = .init(repeating: 0, count: cw)
        context = .init(repeating: 0, count: cw)
        cumulativeTotal = .init(repeating: 0, count: cw)
        windowTotal = .init(repeating: 0, count: cw)
        unconstrainedKnown = .init(repeating: 0, count: cw)
        unconstrainedCell = .init(repeating: 0, count: cw)
        personalKnown = .init(repeating: 0, count: cw)
        personalCell = .init(repeating: 0, count: cw)
        recordKey = .init(repeating: 0, count: cw)
        done = .init(repeating: 0, count: count)
        personalDone = .init(repeating: 0, count: count * words)
        segmentDone = personalDone
        segmentTargeted = personalDone
    }

    /// Bytes one customer takes in a campaign of `weeks` weeks, `offers` offers and `levels` levels.
    static func bytesPerCustomer(weeks: Int, offers: Int, levels: Int) -> Int {
        24 + 17 * offers + 30 * weeks + 24 * ((levels + 63) / 64)
    }
}

/// The flags of `LearnerChunk.done`: what a level-independent strategy has done with a customer.
enum LearnerDone {
    static let oracle: UInt16 = 1, unconstrained: UInt16 = 2, broadcast: UInt16 = 4, contextual: UInt16 = 8
    static let unreached: UInt16 = 16, contactedAfterWithdrawal: UInt16 = 32, sponsoredToMinor: UInt16 = 64
}

/// One record `personalized` holds in some week under learning: as `ClassRecord`, but whether its
/// holder is contacted differs by level (each level has its own learner), so the levels at which
/// they are contacted are bits in `LearnerRecords.reach`.
struct LearnerRecords {
    var keys: [UInt64] = []
    var levels: [UInt16] = []
    var linked: [Int32] = []
    var reach: [UInt64] = []
}
