import Dispatch
import Foundation

/// What every learning strategy has observed, per table, cell and offer, and the probabilities
/// with which Thompson sampling shows each offer in each cell (MODEL.md §12.1–§12.2).
///
/// A table is one strategy's learner at one consent level (or at all levels, for the strategies
/// whose customers do not depend on consent). Counts are integers, added per worker and summed,
/// so they do not depend on threads or chunks. The choice probabilities P_best(g, E, o) are
/// computed once per (cell, eligibility set, week) by Monte Carlo, from a stream keyed by the
/// week, the cell's kind and index, E and the cell's counts, never by the strategy: two learners
/// with the same cell and counts choose alike (common random numbers).
struct ThompsonTables: Sendable {
    /// What a cell is: a kind and an index within the kind (the key of its stream).
    enum Kind: UInt64, Sendable {
        /// broadcast's one cell.
        case everyone = 1
        /// The week's page context (contextual; a fallback to contextual).
        case context = 2
        /// The top category of a profile estimate (personalized, unconstrained).
        case profile = 3
        /// An (age band, region) segment with statistics.
        case segment = 4
        /// segment's pooled cell: every segment without statistics.
        case pooled = 5
    }

    /// A table's cells: their kind, how many, and where their counts start.
    struct Table: Sendable {
        var kinds: [Kind]
        var firstCell: Int
        /// Whether minors are among its customers (only then is their eligibility set needed).
        var minors: Bool
        var cells: Int { kinds.count }
    }

    let offers: Int
    /// Margins value − cost, per offer: Thompson shows argmax ρ̃ₒ·marginₒ.
    let margins: [Double]
    /// The eligibility sets in use, as bit masks over offers: every offer, and those minors may see.
    let masks: [UInt64]
    /// Monte Carlo draws per P_best (MODEL.md §12.2 asks for at least 4,096).
    static let draws = 4_096
    var tables: [Table] = []
    /// The index of each cell within its kind (context c, category c, segment s, 0).
    var cellIndex: [Int] = []
    /// n and y per (cell, offer), from weeks before the current one: index (cell·offers + o)·2.
    var counts: [UInt64] = []
    /// Cumulative P_best per (cell, mask, offer): index ((cell·masks + m)·offers + o); 1 past the last eligible.
    var cumulative: [Double] = []

    init(offers: Int, margins: [Double], masks: [UInt64]) {
        self.offers = offers
        self.margins = margins
        self.masks = masks
    }

    /// Adds a table of the given cells (kind and index within the kind), serving minors or not;
    /// returns its index.
    mutating func addTable(_ cells: [(Kind, Int)], minors: Bool) -> Int {
        let first = cellIndex.count
        tables.append(Table(kinds: cells.map(\.0), firstCell: first, minors: minors))
        cellIndex += cells.map(\.1)
        counts += [UInt64](repeating: 0, count: cells.count * offers * 2)
        return tables.count - 1
    }

    /// Cells over all tables.
    var cellCount: Int { cellIndex.count }
    /// Values in `counts` (and in a week's feedback buffer).
    var countSize: Int { cellCount * offers * 2 }

    /// The global cell of cell `cell` of table `table`.
    @inline(__always)
    func cell(_ table: Int, _ cell: Int) -> Int { tables[table].firstCell + cell }

    /// Cells of `table` with at least one observation.
    func cellsLearning(_ table: Int) -> Int {
        let t = tables[table]
        return (0..<t.cells).reduce(0) { sum, c in
            let base = (t.firstCell + c) * offers * 2
            let seen = (0..<offers).contains { counts[base + 2 * $0] > 0 }
            return sum + (seen ? 1 : 0)
        }
    }

    /// Adds a week's feedback (laid out as `counts`).
    mutating func add(_ feedback: [UInt64]) {
        for i in counts.indices { counts[i] &+= feedback[i] }
    }

    /// Computes P_best of every cell that `used` marks (nil: all) and of each eligibility set its
    /// table serves, for week `week` from the current counts, on `threads` workers; equal keys are
    /// computed once. A cell no customer can reach this week is skipped: it costs the most, and
    /// nobody would read it.
    mutating func prepare(week: Int, seed: UInt64, threads: Int, used: [Bool]? = nil) {
        let masksCount = masks.count, offers = self.offers
        var kindOf = [Kind](repeating: .everyone, count: cellCount)
        var minors = [Bool](repeating: false, count: cellCount)
        for table in tables {
            for (c, kind) in table.kinds.enumerated() {
                kindOf[table.firstCell + c] = kind
                minors[table.firstCell + c] = table.minors
            }
        }
        // Distinct (kind, index, mask, counts) keys: cells that share one share the result.
        struct Key: Hashable, Sendable { var kind: UInt64; var index: Int; var mask: UInt64; var counts: [UInt64] }
        var unique: [Key: Int] = [:]
        var keys: [Key] = []
        var slot = [Int](repeating: -1, count: cellCount * masksCount)
        for cell in 0..<cellCount where used?[cell] ?? true {
            for (m, mask) in masks.enumerated() where m == 0 || minors[cell] {
                var seen: [UInt64] = []
                for o in 0..<offers where mask & (1 << UInt64(o)) != 0 {
                    seen.append(counts[(cell * offers + o) * 2])
                    seen.append(counts[(cell * offers + o) * 2 + 1])
                }
                let key = Key(kind: kindOf[cell].rawValue, index: cellIndex[cell], mask: mask, counts: seen)
                if let found = unique[key] {
                    slot[cell * masksCount + m] = found
                } else {
                    unique[key] = keys.count
                    slot[cell * masksCount + m] = keys.count
                    keys.append(key)
                }
            }
        }
        let results = SharedBuffer<Double>(count: keys.count * offers, initial: 0)
        let distinct = keys
        let margins = self.margins
        let workers = max(1, min(threads, distinct.count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var k = w
            while k < distinct.count {
                let key = distinct[k]
                let p = Self.probabilities(kind: key.kind, index: key.index, mask: key.mask, counts: key.counts, margins: margins,
                                           week: week, seed: seed)
                for o in 0..<offers { results[k * offers + o] = p[o] }
                k += workers
            }
        }
        cumulative = .init(repeating: 0, count: cellCount * masksCount * offers)
        for i in 0..<(cellCount * masksCount) where slot[i] >= 0 {
            var running = 0.0
            for o in 0..<offers {
                running += results[slot[i] * offers + o]
                cumulative[i * offers + o] = running
            }
        }
    }

    /// The offer for a customer of `cell` with eligibility set `mask` (index into `masks`) and
    /// choice draw `c` in [0, 1): the first eligible offer whose cumulative P_best exceeds c.
    @inline(__always)
    func choose(cell: Int, mask m: Int, draw c: Double) -> Int {
        let base = (cell * masks.count + m) * offers
        var last = -1
        for o in 0..<offers where masks[m] & (1 << UInt64(o)) != 0 {
            if c < cumulative[base + o] { return o }
            last = o
        }
        // Rounding may leave the last sum a hair below 1.
        return last
    }

    /// P(o wins) for each offer: the share of `draws` Monte Carlo rounds in which offer o has the
    /// highest ρ̃ₒ·marginₒ, ρ̃ₒ ~ Beta(1 + yₒ, 1 + nₒ − yₒ) (first offer on ties); 0 outside the mask.
    static func probabilities(kind: UInt64, index: Int, mask: UInt64, counts: [UInt64], margins: [Double],
                              week: Int, seed: UInt64) -> [Double] {
        let offers = margins.count
        var eligible: [Int] = []
        for o in 0..<offers where mask & (1 << UInt64(o)) != 0 { eligible.append(o) }
        var result = [Double](repeating: 0, count: offers)
        guard eligible.count > 1 else {
            if let only = eligible.first { result[only] = 1 }
            return result
        }
        // The stream's key: the week and the cell's kind and index, E and every count.
        var h = RandomStream.mix(kind << 56 ^ UInt64(index) << 32 ^ mask)
        for value in counts { h = RandomStream.mix(h ^ value &+ 0x9E37_79B9_7F4A_7C15) }
        var rng = RandomStream(seed: seed, 0x7B_0000_0000 | UInt64(week) << 40, h)
        var wins = [Int](repeating: 0, count: offers)
        // Marsaglia–Tsang's constants d = α − 1/3 and c = 1/√(9d) of each shape, once per cell.
        let a = eligible.indices.map { GammaShape(1 + Double(counts[2 * $0 + 1])) }
        let b = eligible.indices.map { GammaShape(1 + Double(counts[2 * $0] - counts[2 * $0 + 1])) }
        let m = eligible.map { margins[$0] }
        // The ziggurat's tables once, not through the shared instance in every draw.
        let ziggurat = Ziggurat.shared
        for _ in 0..<draws {
            var best = 0, bestScore = -Double.infinity
            for i in 0..<eligible.count {
                let x = rng.gamma(shape: a[i], ziggurat), y = rng.gamma(shape: b[i], ziggurat)
                let score = x / (x + y) * m[i]
                if score > bestScore {
                    best = i
                    bestScore = score
                }
            }
            wins[eligible[best]] += 1
        }
        for o in eligible { result[o] = Double(wins[o]) / Double(draws) }
        return result
    }
}

/// A Gamma shape α ≥ 1 with Marsaglia–Tsang's constants.
struct GammaShape {
    let d: Double
    let c: Double
    init(_ alpha: Double) {
        d = alpha - 1.0 / 3.0
        c = 1.0 / (9 * d).squareRoot()
    }
}

extension RandomStream {
    /// A Gamma(α, 1) draw for α ≥ 1 (Marsaglia–Tsang), for Thompson sampling's Beta draws.
    @inline(__always)
    mutating func gamma(shape: GammaShape, _ ziggurat: ZigguratTables) -> Double {
        let d = shape.d, c = shape.c
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = normal(ziggurat)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniformOpen()
            let x2 = x * x
            if u < 1 - 0.0331 * (x2 * x2) { return d * v }
            if log(u) < 0.5 * x2 + d - d * v + d * log(v) { return d * v }
        }
    }
}
