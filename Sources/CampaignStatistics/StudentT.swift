import Foundation

/// Quantiles of Student's t distribution, for the 95 % intervals of MODEL.md §8.1.
public enum StudentT {
    /// The 97.5 % quantile t₀.₉₇₅,ν: the half-width factor of a two-sided 95 % interval.
    public static func quantile975(degreesOfFreedom nu: Int) -> Double { quantile(0.975, degreesOfFreedom: nu) }

    /// The p-quantile (p in (0.5, 1)) by bisection on the CDF, to full double precision.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Int) -> Double {
        precondition(nu >= 1 && p > 0.5 && p < 1)
        var low = 0.0, high = 1.0
        while cdf(high, nu) < p { high *= 2 }
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if mid == low || mid == high { break }
            if cdf(mid, nu) < p { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// P(T ≤ t) for t ≥ 0: 1 − I_x(ν/2, 1/2)/2 with x = ν/(ν + t²).
    public static func cdf(_ t: Double, _ nu: Int) -> Double {
        let v = Double(nu)
        let x = v / (v + t * t)
        let tail = 0.5 * regularizedBeta(x, v / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The regularised incomplete beta function I_x(a, b) by its continued fraction (Lentz).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logBeta + logPowers)
        // The fraction converges fast below (a + 1)/(a + b + 2); use the symmetry above it.
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedBeta(1 - x, b, a) }
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1..<10_000 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return front * h / a
    }
}
