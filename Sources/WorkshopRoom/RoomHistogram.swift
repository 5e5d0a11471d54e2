/// The spread of a room's guesses as equal-width bins, for the projector.
///
/// The bins span the middle 90 % of the guesses (all of them below 20 guesses) and the computed
/// answer, so one joker's 10⁹ does not squash everyone else into a single bar; guesses outside
/// are counted apart, as "below" and "above".
public struct RoomHistogram: Sendable, Equatable {
    /// One bar: guesses in [lower, upper) (the last bin includes its upper edge).
    public struct Bin: Sendable, Equatable {
        /// The bin's lower edge.
        public var lower: Double
        /// The bin's upper edge.
        public var upper: Double
        /// Guesses in the bin.
        public var count: Int
    }

    /// The bars, low to high.
    public var bins: [Bin]
    /// Guesses below the first bin.
    public var below: Int
    /// Guesses above the last bin.
    public var above: Int

    /// The histogram of `values` in `count` bins, its range stretched to hold `answer`.
    public init(values: [Double], answer: Double?, count: Int) {
        let sorted = values.filter(\.isFinite).sorted()
        let n = sorted.count
        var low: Double, high: Double
        if n == 0 {
            low = answer ?? 0
            high = low
        } else if n < 20 {
            low = sorted[0]
            high = sorted[n - 1]
        } else {
            // The 5th and 95th percentiles (nearest rank).
            low = sorted[max(0, Int((0.05 * Double(n)).rounded(.up)) - 1)]
            high = sorted[min(n - 1, Int((0.95 * Double(n)).rounded(.up)) - 1)]
        }
        if let answer, answer.isFinite {
            low = min(low, answer)
            high = max(high, answer)
        }
        if high - low < 1e-9 {
            // Everyone agrees: one unit either side, so the bar sits in the middle.
            let pad = max(1, abs(low) * 0.1)
            low -= pad
            high += pad
        }
        let bars = max(1, count)
        let width = (high - low) / Double(bars)
        var bins = (0..<bars).map { i in Bin(lower: low + Double(i) * width, upper: i == bars - 1 ? high : low + Double(i + 1) * width, count: 0) }
        var below = 0, above = 0
        for v in sorted {
            if v < low { below += 1; continue }
            if v > high { above += 1; continue }
            let i = min(bars - 1, Int((v - low) / width))
            bins[i].count += 1
        }
        self.bins = bins
        self.below = below
        self.above = above
    }

    /// The index of the bin that holds `value`, if it is in range.
    public func bin(of value: Double) -> Int? {
        guard let first = bins.first, let last = bins.last, value >= first.lower, value <= last.upper else { return nil }
        return bins.firstIndex { value < $0.upper } ?? bins.count - 1
    }
}
