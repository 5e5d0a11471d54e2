/// An open-addressing table from re-identification class key to how many of its members first
/// consent at each level: what a streaming sweep keeps instead of per-customer class numbers.
///
/// A slot is one run of 32-bit words: the key (two words, 0 = empty), the class's Σh′, then one
/// counter per level. Keeping them together means a look-up usually touches one cache line.
struct ClassTable {
    let levels: Int
    private(set) var count = 0
    private var capacity: Int
    private var slots: [UInt32]
    private var stride: Int { 3 + levels }

    init(levels: Int, capacity: Int = 1 << 12) {
        self.levels = levels
        var size = 16
        while size < capacity { size <<= 1 }
        self.capacity = size
        slots = .init(repeating: 0, count: size * (3 + levels))
    }

    /// Bytes per class slot at `levels` levels; the table keeps at most half its slots full.
    static func bytesPerSlot(levels: Int) -> Int { 4 * (3 + levels) }

    /// Counts the profileable customers at `indices` of a chunk: each one's class key, Σh′ and
    /// first consenting level (members who never consent are not counted, but the class is kept).
    @inline(never) // Once per chunk; inlining it into the worker's loop crashed the 6.3 optimiser (CopyPropagation).
    mutating func add(_ indices: Range<Int>, keys: borrowing SharedBuffer<UInt64>, columns: borrowing CustomerColumns, thresholds: borrowing SharedBuffer<UInt16>) {
        // Room for every customer of the chunk being new, so the loop below never grows the table.
        while (count + indices.count) * 2 > capacity { grow() }
        let stride = self.stride, levels = self.levels, mask = capacity - 1
        var added = 0
        slots.withUnsafeMutableBufferPointer { slots in
            let base = slots.baseAddress!
            for i in indices where columns.flags[i] & CustomerColumns.Flag.profileable != 0 {
                let key = keys[i]
                let slot = ClassTable.find(key, in: base, stride: stride, mask: mask)
                if slot[0] == 0 && slot[1] == 0 {
                    slot[0] = UInt32(truncatingIfNeeded: key)
                    slot[1] = UInt32(truncatingIfNeeded: key >> 32)
                    slot[2] = UInt32(columns.linkedCount[i])
                    added += 1
                }
                let level = Int(thresholds[i])
                if level < levels { slot[3 + level] &+= 1 }
            }
        }
        count += added
    }

    /// Which of `parts` partitions a class key belongs to (from bits the slot index does not use).
    @inline(__always)
    static func part(of key: UInt64, parts: Int) -> Int { Int(truncatingIfNeeded: key >> 48) % parts }

    /// Adds the classes of `other` in partition `part` of `parts` (every class when `parts` is 1).
    mutating func merge(_ other: ClassTable, part: Int = 0, of parts: Int = 1) {
        while (count + other.count / parts) * 2 > capacity { grow() }
        var next = 0
        // Runs until every slot of `other` is merged; stops early only to grow, then resumes.
        while next < other.capacity {
            let stride = self.stride, levels = self.levels, mask = capacity - 1, room = capacity / 2 - count
            var added = 0
            slots.withUnsafeMutableBufferPointer { slots in
                other.slots.withUnsafeBufferPointer { source in
                    while next < other.capacity && added < room {
                        let from = source.baseAddress! + next * stride
                        next += 1
                        guard from[0] != 0 || from[1] != 0 else { continue }
                        let key = UInt64(from[0]) | UInt64(from[1]) << 32
                        if parts > 1 && ClassTable.part(of: key, parts: parts) != part { continue }
                        let slot = ClassTable.find(key, in: slots.baseAddress!, stride: stride, mask: mask)
                        if slot[0] == 0 && slot[1] == 0 {
                            slot[0] = from[0]
                            slot[1] = from[1]
                            slot[2] = from[2]
                            added += 1
                        }
                        for level in 0..<levels { slot[3 + level] &+= from[3 + level] }
                    }
                }
            }
            count += added
            if next < other.capacity { grow() }
        }
    }

    /// Feeds every class to `sizes`.
    func accumulate(into sizes: inout ClassSizes) {
        let stride = self.stride, levels = self.levels
        slots.withUnsafeBufferPointer { slots in
            for s in 0..<capacity {
                let slot = slots.baseAddress! + s * stride
                guard slot[0] != 0 || slot[1] != 0 else { continue }
                var first = levels
                for level in 0..<levels where slot[3 + level] > 0 { first = level; break }
                sizes.addClass(linked: Int(slot[2]), firstConsenting: slot + 3, from: first)
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it belongs (keys are never 0: see `ChunkBuilder.classKey`).
    @inline(__always)
    private static func find(_ key: UInt64, in base: UnsafeMutablePointer<UInt32>, stride: Int, mask: Int) -> UnsafeMutablePointer<UInt32> {
        let low = UInt32(truncatingIfNeeded: key), high = UInt32(truncatingIfNeeded: key >> 32)
        // The low bits of the key are its hash; the class key's lowest bit is always 1, so skip it.
        var index = Int(truncatingIfNeeded: key >> 1) & mask
        while true {
            let slot = base + index * stride
            if (slot[0] == low && slot[1] == high) || (slot[0] == 0 && slot[1] == 0) { return slot }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = ClassTable(levels: levels, capacity: capacity * 2)
        bigger.merge(self)
        self = bigger
    }
}
