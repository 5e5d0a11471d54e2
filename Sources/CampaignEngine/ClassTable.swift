/// An open-addressing table from re-identification class key to how many of its members first
/// consent at each level: what a streaming sweep keeps instead of per-customer class numbers.
struct ClassTable {
    let levels: Int
    private(set) var count = 0
    private var keys: [UInt64]
    private var linked: [UInt16]
    /// `levels` counters per slot.
    private var counts: [UInt32]

    init(levels: Int, capacity: Int = 1 << 12) {
        self.levels = levels
        var size = 16
        while size < capacity { size <<= 1 }
        keys = .init(repeating: 0, count: size)
        linked = .init(repeating: 0, count: size)
        counts = .init(repeating: 0, count: size * levels)
    }

    /// Bytes held, for memory estimates.
    var bytes: Int { keys.count * (8 + 2 + 4 * levels) }

    /// Bytes per class slot at `levels` levels; the table keeps at most half its slots full.
    static func bytesPerSlot(levels: Int) -> Int { 8 + 2 + 4 * levels }

    /// Counts a member of class `key` (non-zero) holding `linkedCount` linked events who first
    /// consents at `level` (members who never consent are not counted, but the class is kept).
    @inline(__always)
    mutating func add(key: UInt64, linkedCount: UInt16, level: Int, times: UInt32 = 1) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            linked[slot] = linkedCount
            count += 1
        }
        if level < levels { counts[slot * levels + level] &+= times }
    }

    /// Adds every class of `other`.
    mutating func merge(_ other: ClassTable) {
        for slot in other.keys.indices where other.keys[slot] != 0 {
            let base = slot * levels
            var any = false
            for level in 0..<levels where other.counts[base + level] > 0 {
                add(key: other.keys[slot], linkedCount: other.linked[slot], level: level, times: other.counts[base + level])
                any = true
            }
            if !any { add(key: other.keys[slot], linkedCount: other.linked[slot], level: levels) }
        }
    }

    /// Feeds every class to `sizes`.
    func accumulate(into sizes: inout ClassSizes) {
        counts.withUnsafeBufferPointer { counts in
            for slot in keys.indices where keys[slot] != 0 {
                let base = slot * levels
                var first = levels
                for level in 0..<levels where counts[base + level] > 0 { first = level; break }
                sizes.addClass(linked: Int(linked[slot]), firstConsenting: counts.baseAddress! + base, from: first)
            }
        }
    }

    private mutating func grow() {
        let old = self
        self = ClassTable(levels: levels, capacity: keys.count * 2)
        for slot in old.keys.indices where old.keys[slot] != 0 {
            let mask = keys.count - 1
            var s = Int(truncatingIfNeeded: old.keys[slot]) & mask
            while keys[s] != 0 { s = (s + 1) & mask }
            keys[s] = old.keys[slot]
            linked[s] = old.linked[slot]
            for level in 0..<levels { counts[s * levels + level] = old.counts[slot * levels + level] }
            count += 1
        }
    }
}
