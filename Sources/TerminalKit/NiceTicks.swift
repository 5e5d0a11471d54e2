/// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), after Heckbert, "Nice numbers
/// for graph labels", Graphics Gems (1990): the axis runs from a tick at or below the data to a
/// tick at or above it.
public enum NiceTicks {
    /// A nice number near `x`: rounded to the nearest of 1, 2, 5, 10, or the next one up.
    static func nice(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        // The power of ten at or below x, without libm: TerminalKit needs no Foundation.
        var power = 1.0
        while power * 10 <= x { power *= 10 }
        while power > x { power /= 10 }
        let fraction = x / power
        let niceFraction: Double
        if round { niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10 }
        else { niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10 }
        return niceFraction * power
    }

    /// About `count` ticks covering [lo, hi]; the first is ≤ lo and the last ≥ hi.
    public static func ticks(_ lo: Double, _ hi: Double, count: Int = 5) -> [Double] {
        var lo = lo, hi = hi
        if hi - lo < 1e-12 { let pad = max(abs(hi) * 0.05, 1e-9); lo -= pad; hi += pad }
        let range = nice(hi - lo, round: false)
        let step = nice(range / Double(max(1, count - 1)), round: true)
        let first = (lo / step).rounded(.down) * step, last = (hi / step).rounded(.up) * step
        var ticks: [Double] = []
        var t = first
        while t <= last + step * 0.5 && ticks.count < 50 {
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return ticks
    }
}
